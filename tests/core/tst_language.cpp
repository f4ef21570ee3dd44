#include "core/Language.h"
#include "registry/Organization.h"
#include "registry/OrganizationValidation.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QTest>

using namespace dc;

// The Romanian and Serbian translations are compiled in and reach strings of every kind: those
// translated through a class's context, those of free functions, and plural forms.

namespace {

QString tsText(const char *language)
{
    QFile ts(QStringLiteral(DIALOGCIVIC_SOURCE_DIR "/translations/dialogcivic_%1.ts")
                 .arg(QLatin1String(language)));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(ts.readAll());
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void romanianIsTheDefaultWhenTheSystemHasNone()
    {
        QCOMPARE(Language::resolve(QStringLiteral("xx")), QStringLiteral("ro"));
        QCOMPARE(Language::resolve(QStringLiteral("EN")), QStringLiteral("en"));
    }

    void romanianTranslatesModelsText()
    {
        QVERIFY(Language::install(QStringLiteral("ro")));
        QCOMPARE(legalFormName(LegalForm::Association), QStringLiteral(u"asociație"));
        QCOMPARE(registryStatusName(RegistryStatus::StruckOff), QStringLiteral(u"radiată"));
        QCOMPARE(organizationFieldName(OrganizationField::County), QStringLiteral(u"Județ"));
        const QString plural =
            QCoreApplication::translate("dc::OrganizationsPage", "%Ln organization(s)", "", 24);
        QCOMPARE(plural, QStringLiteral(u"24 de organizații"));
    }

    void englishHasItsPluralForms()
    {
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(legalFormName(LegalForm::Association), QStringLiteral("association"));
        QCOMPARE(QCoreApplication::translate("dc::OrganizationsPage", "%Ln organization(s)", "", 1),
                 QStringLiteral("1 organization"));
        QCOMPARE(QCoreApplication::translate("dc::OrganizationsPage", "%Ln organization(s)", "", 3),
                 QStringLiteral("3 organizations"));
    }

    void serbianTranslatesModelsText()
    {
        QVERIFY(Language::install(QStringLiteral("sr")));
        QCOMPARE(Language::current(), QStringLiteral("sr"));
        QCOMPARE(legalFormName(LegalForm::Association), QStringLiteral(u"udruženje"));
        QCOMPARE(organizationFieldName(OrganizationField::County), QStringLiteral("Okrug"));
        // Three plural forms: 1, 2-4, 5 and more (21 again like 1, 12-14 like 5).
        const auto organizations = [](int n) {
            return QCoreApplication::translate("dc::OrganizationsPage", "%Ln organization(s)", "",
                                               n);
        };
        QCOMPARE(organizations(1), QStringLiteral("1 organizacija"));
        QCOMPARE(organizations(3), QStringLiteral("3 organizacije"));
        QCOMPARE(organizations(5), QStringLiteral("5 organizacija"));
        QCOMPARE(organizations(12), QStringLiteral("12 organizacija"));
        QCOMPARE(organizations(21), QStringLiteral("21 organizacija"));
        QCOMPARE(organizations(22), QStringLiteral("22 organizacije"));
        // Qt's own buttons, which Qt does not translate into Serbian.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral(u"Otkaži"));
        QCOMPARE(QCoreApplication::translate("QPrintPreviewDialog", "Next page"),
                 QStringLiteral(u"Sledeća strana"));
        // The locale follows: Serbian dates and numbers.
        QCOMPARE(QLocale().language(), QLocale::Serbian);
        QCOMPARE(QLocale().script(), QLocale::LatinScript);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }

    void reportStringsAreFoundUnderTheirNamespace()
    {
        // lupdate files the report helpers' strings under "dc::reports"; the code asks by its own
        // name.
        QVERIFY(Language::install(QStringLiteral("sr")));
        QCOMPARE(QCoreApplication::translate("NgoEvidenceReport",
                                             "Organizations per development region"),
                 QStringLiteral("Organizacije po regionu razvoja"));
    }

    void eachLanguageLoadsAndTranslatesAKnownString()
    {
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("ro"), QStringLiteral("Organizații")},
            {QStringLiteral("en"), QStringLiteral("Organizations")},
            {QStringLiteral("sr"), QStringLiteral("Organizacije")}};
        for (const auto &[language, organizations] : expected) {
            QVERIFY2(Language::install(language), qPrintable(language));
            QCOMPARE(Language::current(), language);
            QCOMPARE(QCoreApplication::translate("dc::OrganizationsPage", "Organizations"),
                     organizations);
        }
        QCOMPARE(QLocale().name(), QStringLiteral("sr_RS"));
        QVERIFY(Language::install(QStringLiteral("ro")));
        QCOMPARE(QLocale().name(), QStringLiteral("ro_RO"));
        QCOMPARE(QLocale().toString(QDate(2026, 3, 5), QLocale::ShortFormat),
                 QStringLiteral("05.03.2026"));
    }

    void serbianFileIsCompleteLatinAndHasThreePluralForms()
    {
        const QString text = tsText("sr");
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.count(QLatin1String("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QLatin1String("type=\"obsolete\"")), 0);
        QCOMPARE(text.count(QLatin1String("type=\"vanished\"")), 0);
        for (const QChar cedilla : {QChar(0x015E), QChar(0x015F), QChar(0x0162), QChar(0x0163)})
            QVERIFY2(!text.contains(cedilla), "a cedilla letter in the Serbian translation");
        for (const QChar c : text)
            QVERIFY2(c.script() != QChar::Script_Cyrillic,
                     "a Cyrillic letter in the Serbian (Latin) translation");
        QVERIFY(text.contains(QLatin1String("language=\"sr")));
        // Every plural message has its three forms.
        const qsizetype numerus = text.count(QLatin1String("numerus=\"yes\""));
        QVERIFY(numerus > 0);
        QCOMPARE(text.count(QLatin1String("<numerusform>")), 3 * numerus);
    }

    void romanianFileIsCompleteAndUsesCommaBelow()
    {
        const QString text = tsText("ro");
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.count(QLatin1String("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QLatin1String("type=\"obsolete\"")), 0);
        for (const QChar cedilla : {QChar(0x015E), QChar(0x015F), QChar(0x0162), QChar(0x0163)})
            QVERIFY2(!text.contains(cedilla), "a cedilla letter in the Romanian translation");
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"

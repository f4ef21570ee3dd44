#include "core/Language.h"
#include "registry/Organization.h"
#include "registry/OrganizationValidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace dc;

// The Romanian translation is compiled in and reaches strings of every kind: those translated
// through a class's context, those of free functions, and plural forms.
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
        const QString plural = QCoreApplication::translate("dc::OrganizationsPage", "%Ln organization(s)", "", 24);
        QCOMPARE(plural, QStringLiteral(u"24 de organizații"));
    }

    void englishHasItsPluralForms()
    {
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(legalFormName(LegalForm::Association), QStringLiteral("association"));
        QCOMPARE(QCoreApplication::translate("dc::OrganizationsPage", "%Ln organization(s)", "", 1), QStringLiteral("1 organization"));
        QCOMPARE(QCoreApplication::translate("dc::OrganizationsPage", "%Ln organization(s)", "", 3), QStringLiteral("3 organizations"));
    }

    void romanianFileIsCompleteAndUsesCommaBelow()
    {
        QFile ts(QStringLiteral(DIALOGCIVIC_SOURCE_DIR "/translations/dialogcivic_ro.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QCOMPARE(text.count(QLatin1String("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QLatin1String("type=\"obsolete\"")), 0);
        for (const QChar cedilla : {QChar(0x015E), QChar(0x015F), QChar(0x0162), QChar(0x0163)})
            QVERIFY2(!text.contains(cedilla), "a cedilla letter in the Romanian translation");
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"

#include "core/Dates.h"

#include <QTest>

using namespace dc;

// Dates in documents: four-digit years in every language, and one period where a sentence ends
// with a Serbian date (issue 15: "31.12.2021..").
class TestDates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortDateHasFourDigitYears_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ro") << QLocale(QLocale::Romanian, QLocale::Romania)
                            << QStringLiteral("20.01.2026");
        QTest::newRow("sr") << QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia)
                            << QStringLiteral("20.1.2026.");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                            << QStringLiteral("20/01/2026");
    }

    void shortDateHasFourDigitYears()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(shortDate(locale, QDate(2026, 1, 20)), expected);
    }

    void oneFinalPeriod_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("serbian date ends the sentence")
            << QStringLiteral("Izdanje je trajalo do 31.12.2021..")
            << QStringLiteral("Izdanje je trajalo do 31.12.2021.");
        QTest::newRow("mid-text") << QStringLiteral("primljen 20.1.2026.. Dalje")
                                  << QStringLiteral("primljen 20.1.2026. Dalje");
        QTest::newRow("romanian date")
            << QStringLiteral("până la 31.12.2021.") << QStringLiteral("până la 31.12.2021.");
        QTest::newRow("ellipsis kept")
            << QStringLiteral("do 31.12.2021...") << QStringLiteral("do 31.12.2021...");
        QTest::newRow("no date") << QStringLiteral("Kraj..") << QStringLiteral("Kraj..");
    }

    void oneFinalPeriod()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(dc::oneFinalPeriod(text), expected);
    }

    // A day given is kept; none means the day it runs on.
    void dayOrTodayKeepsAGivenDay()
    {
        QCOMPARE(dc::dayOrToday(QDate(2026, 3, 2)), QDate(2026, 3, 2));
        const QDate before = QDate::currentDate();
        const QDate today = dc::dayOrToday(QDate());
        QVERIFY(today == before || today == QDate::currentDate());
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"

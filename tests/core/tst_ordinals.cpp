#include "core/Ordinals.h"

#include <QTest>

using namespace dc;

// An edition's ordinal as each language writes it: seed 003's "Ediţia a II-a", "2nd edition",
// "2. izdanje".
class TestOrdinals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editionOrdinal_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("expected");
        const QLocale ro(QLocale::Romanian, QLocale::Romania);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QLocale sr(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
        QTest::newRow("ro 1: ediția I") << ro << 1 << QStringLiteral("I");
        QTest::newRow("ro 2: ediția a II-a") << ro << 2 << QStringLiteral("a II-a");
        QTest::newRow("ro 3: ediția a III-a") << ro << 3 << QStringLiteral("a III-a");
        QTest::newRow("ro 14") << ro << 14 << QStringLiteral("a XIV-a");
        QTest::newRow("en 1") << en << 1 << QStringLiteral("1st");
        QTest::newRow("en 2") << en << 2 << QStringLiteral("2nd");
        QTest::newRow("en 3") << en << 3 << QStringLiteral("3rd");
        QTest::newRow("en 11") << en << 11 << QStringLiteral("11th");
        QTest::newRow("en 12") << en << 12 << QStringLiteral("12th");
        QTest::newRow("en 22") << en << 22 << QStringLiteral("22nd");
        QTest::newRow("sr 2") << sr << 2 << QStringLiteral("2.");
    }

    void editionOrdinal()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, number);
        QFETCH(QString, expected);
        QCOMPARE(dc::editionOrdinal(number, locale), expected);
    }

    void romanNumerals()
    {
        QCOMPARE(romanNumeral(4), QStringLiteral("IV"));
        QCOMPARE(romanNumeral(9), QStringLiteral("IX"));
        QCOMPARE(romanNumeral(2021), QStringLiteral("MMXXI"));
        QCOMPARE(romanNumeral(0), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestOrdinals)
#include "tst_ordinals.moc"

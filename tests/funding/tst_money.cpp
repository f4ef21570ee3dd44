#include "funding/Money.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dc;

// Money is whole bani: parsing the ways officials write amounts, formatting with two decimals,
// and sums exact to the ban however many amounts are added.
class TestMoney final : public QObject
{
    Q_OBJECT

private:
    // An independent formatter for the sums test: Romanian grouping written by hand.
    static QString romanian(qint64 bani)
    {
        QString whole = QString::number(bani / 100);
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char('.'));
        return whole + QLatin1Char(',') +
               QString::number(bani % 100).rightJustified(2, QLatin1Char('0'));
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bani");
        QTest::newRow("romanian grouping") << QStringLiteral("1.234,56") << qint64(123456);
        QTest::newRow("point decimal") << QStringLiteral("1234.56") << qint64(123456);
        QTest::newRow("comma decimal with lei") << QStringLiteral("1234,56 lei") << qint64(123456);
        QTest::newRow("lei upper case") << QStringLiteral("1.234,56 LEI") << qint64(123456);
        QTest::newRow("RON prefix") << QStringLiteral("RON 12") << qint64(1200);
        QTest::newRow("english grouping") << QStringLiteral("1,234.56") << qint64(123456);
        QTest::newRow("space grouping") << QStringLiteral("1 234 567,89") << qint64(123456789);
        QTest::newRow("no-break space") << QStringLiteral("1\u00A0234,50") << qint64(123450);
        QTest::newRow("whole") << QStringLiteral("1234") << qint64(123400);
        QTest::newRow("one decimal") << QStringLiteral("1234,5") << qint64(123450);
        QTest::newRow("thousands only") << QStringLiteral("1.234") << qint64(123400);
        QTest::newRow("millions") << QStringLiteral("2.500.000") << qint64(250000000);
        QTest::newRow("zero") << QStringLiteral("0,00") << qint64(0);
        QTest::newRow("one ban") << QStringLiteral("0,01") << qint64(1);
        QTest::newRow("leading point") << QStringLiteral(",5") << qint64(50);
        QTest::newRow("negative") << QStringLiteral("-12,34") << qint64(-1234);
        QTest::newRow("big") << QStringLiteral("90.000.000.000.000,99") << qint64(9000000000000099);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bani);
        const std::optional<Money> m = Money::parse(text);
        QVERIFY2(m, qPrintable(text));
        QCOMPARE(m->bani(), bani);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only unit") << QStringLiteral("lei");
        QTest::newRow("three decimals") << QStringLiteral("12,345.678");
        QTest::newRow("letters") << QStringLiteral("12a");
        QTest::newRow("bad grouping") << QStringLiteral("1.23.456");
        QTest::newRow("two decimal marks") << QStringLiteral("1,234.56,7");
        QTest::newRow("trailing mark") << QStringLiteral("12,");
        QTest::newRow("too big") << QStringLiteral("999999999999999999999");
        QTest::newRow("float notation") << QStringLiteral("1e5");
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY2(!Money::parse(text), qPrintable(text));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("bani");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("display");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0,00 lei");
        QTest::newRow("one ban") << qint64(1) << QStringLiteral("0.01")
                                 << QStringLiteral("0,01 lei");
        QTest::newRow("thousands")
            << qint64(123456) << QStringLiteral("1234.56") << QStringLiteral("1.234,56 lei");
        QTest::newRow("millions") << qint64(100000000) << QStringLiteral("1000000.00")
                                  << QStringLiteral("1.000.000,00 lei");
        QTest::newRow("negative") << qint64(-1205) << QStringLiteral("-12.05")
                                  << QStringLiteral("-12,05 lei");
    }
    void format()
    {
        QFETCH(qint64, bani);
        QFETCH(QString, decimal);
        QFETCH(QString, display);
        QCOMPARE(Money::fromBani(bani).toDecimal(), decimal);
        QCOMPARE(Money::fromBani(bani).toDisplay(), display);
        // What is written reads back the same.
        QCOMPARE(Money::parse(decimal)->bani(), bani);
        QCOMPARE(Money::parse(display)->bani(), bani);
    }

    void sumsAreExactOverThousandsOfAmounts()
    {
        // Amounts that binary floating point cannot hold (0.1, 0.7, ...), added 20 000 times.
        QRandomGenerator random(20250101);
        qint64 expected = 0;
        Money sum;
        for (int i = 0; i < 20000; ++i) {
            const qint64 bani = qint64(random.bounded(100000000)) + 10; // up to 1 000 000 lei
            expected += bani;
            const std::optional<Money> parsed = Money::parse(romanian(bani));
            QVERIFY(parsed);
            QCOMPARE(parsed->bani(), bani);
            QVERIFY(sum.tryAdd(*parsed));
        }
        QCOMPARE(sum.bani(), expected);
        QCOMPARE(sum.toDecimal(), QStringLiteral("%1.%2")
                                      .arg(expected / 100)
                                      .arg(expected % 100, 2, 10, QLatin1Char('0')));
        // Not a test of doubles, only a reminder of why they are not used: the ten-cent sum drifts.
        double tenths = 0;
        Money tenthsMoney;
        for (int i = 0; i < 1000; ++i) {
            tenths += 0.1;
            tenthsMoney += *Money::parse(QStringLiteral("0,10"));
        }
        QVERIFY(tenths != 100.0);
        QCOMPARE(tenthsMoney.toDecimal(), QStringLiteral("100.00"));
    }

    void tryAddRefusesOverflow()
    {
        Money m = Money::fromBani(std::numeric_limits<qint64>::max() - 5);
        QVERIFY(!m.tryAdd(Money::fromBani(10)));
        QCOMPARE(m.bani(), std::numeric_limits<qint64>::max() - 5);
        QVERIFY(m.tryAdd(Money::fromBani(5)));
    }

    void basisPoints_data()
    {
        QTest::addColumn<qint64>("part");
        QTest::addColumn<qint64>("whole");
        QTest::addColumn<qint64>("basisPoints");
        QTest::addColumn<QString>("text");
        QTest::newRow("all") << qint64(5000) << qint64(5000) << qint64(10000)
                             << QStringLiteral("100,00 %");
        QTest::newRow("third rounds down")
            << qint64(1) << qint64(3) << qint64(3333) << QStringLiteral("33,33 %");
        QTest::newRow("two thirds rounds up")
            << qint64(2) << qint64(3) << qint64(6667) << QStringLiteral("66,67 %");
        QTest::newRow("no budget")
            << qint64(10) << qint64(0) << qint64(0) << QStringLiteral("0,00 %");
        QTest::newRow("huge") << qint64(9000000000000000) << qint64(9000000000000000)
                              << qint64(10000) << QStringLiteral("100,00 %");
    }
    void basisPoints()
    {
        QFETCH(qint64, part);
        QFETCH(qint64, whole);
        QFETCH(qint64, basisPoints);
        QFETCH(QString, text);
        const qint64 bp = Money::fromBani(part).basisPointsOf(Money::fromBani(whole));
        QCOMPARE(bp, basisPoints);
        QCOMPARE(formatBasisPoints(bp), text);
    }

    void displayFollowsTheLanguageOfTheInterface_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("share");
        QTest::newRow("ro") << QLocale(QLocale::Romanian, QLocale::Romania)
                            << QStringLiteral("350.500,49 lei") << QStringLiteral("64,74 %");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                            << QStringLiteral("350,500.49 lei") << QStringLiteral("64.74 %");
        QTest::newRow("sr") << QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia)
                            << QStringLiteral("350.500,49 lei") << QStringLiteral("64,74 %");
        QTest::newRow("no language")
            << QLocale::c() << QStringLiteral("350.500,49 lei") << QStringLiteral("64,74 %");
    }

    void displayFollowsTheLanguageOfTheInterface()
    {
        // Issue 15: the English window showed "350.500,49 lei". The language's locale is the
        // default one (Language::install), which toDisplay() follows; what it writes reads back.
        QFETCH(QLocale, locale);
        QFETCH(QString, amount);
        QFETCH(QString, share);
        const QLocale before;
        QLocale::setDefault(locale);
        const Money money = Money::fromBani(35050049);
        const QString shown = money.toDisplay();
        const QString percent = formatBasisPoints(6474);
        QLocale::setDefault(before);
        QCOMPARE(shown, amount);
        QCOMPARE(percent, share);
        QCOMPARE(Money::parse(shown)->bani(), money.bani());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"

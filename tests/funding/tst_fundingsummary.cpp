#include "DatabaseTest.h"
#include "FundingFixture.h"

#include "funding/FundingSummary.h"

#include <QTest>

using namespace dc;

// The yearly synthesis of the public funding of NGOs, against hand-counted sums: every key,
// the budgets and the share awarded, cancelled awards and other years left out, the
// organizations funded by several institutions, an organization's history.
class TestFundingSummary final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    test::FundingFixture m_fixture;

    void prepare() override
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(m_fixture.build(db));
        const auto &f = m_fixture;
        QVERIFY(test::FundingFixture::award(db, f.volunteering2025, f.a, "C-1", 40000, 10000));
        QVERIFY(test::FundingFixture::award(db, f.volunteering2025, f.b, "C-2", 25050, 25050,
                                            AwardStatus::Settled));
        QVERIFY(test::FundingFixture::award(db, f.youth2025, f.c, "C-3", 10025, 0));
        QVERIFY(test::FundingFixture::award(db, f.youth2025, f.a, "C-4", 5000, 0,
                                            AwardStatus::Cancelled));
        QVERIFY(test::FundingFixture::award(db, f.local2025, f.a, "C-5", 1000, 0));
        QVERIFY(test::FundingFixture::award(db, f.volunteering2024, f.a, "C-6", 30000, 30000));
    }

private Q_SLOTS:
    void byKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected"); // key|awards|granted|paid|budget|share
        QTest::newRow("institution")
            << QStringLiteral("institution")
            << QStringList{QStringLiteral("Ministerul Test|3|750.75|350.50|1500.00|5005"),
                           QStringLiteral("Primăria Test|1|10.00|0.00|200.00|500")};
        QTest::newRow("domain") << QStringLiteral("domain")
                                << QStringList{
                                       QStringLiteral("(all domains)|1|10.00|0.00|200.00|500"),
                                       QStringLiteral("Tineret|1|100.25|0.00|500.00|2005"),
                                       QStringLiteral("Voluntariat|2|650.50|350.50|1000.00|6505")};
        QTest::newRow("county") << QStringLiteral("county")
                                << QStringList{QStringLiteral("București|1|100.25|0.00|-|-"),
                                               QStringLiteral("Cluj|2|410.00|100.00|-|-"),
                                               QStringLiteral("Iași|1|250.50|250.50|-|-")};
        QTest::newRow("region") << QStringLiteral("region")
                                << QStringList{QStringLiteral("București-Ilfov|1|100.25|0.00|-|-"),
                                               QStringLiteral("Nord-Est|1|250.50|250.50|-|-"),
                                               QStringLiteral("Nord-Vest|2|410.00|100.00|-|-")};
    }
    void byKey()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        const std::optional<FundingSummary::Key> k = FundingSummary::keyFromCode(key);
        QVERIFY(k);
        QStringList actual;
        for (const SummaryRow &row : FundingSummary::compute(m_db->connection(), 2025, *k)) {
            const std::optional<qint64> share = row.shareBasisPoints();
            actual << QStringList{row.key,
                                  QString::number(row.awards),
                                  row.granted.toDecimal(),
                                  row.paid.toDecimal(),
                                  row.budget ? row.budget->toDecimal() : QStringLiteral("-"),
                                  share ? QString::number(*share) : QStringLiteral("-")}
                          .join(QLatin1Char('|'));
        }
        QCOMPARE(actual, expected);
        // Every key adds up to the same total.
        Money granted;
        int awards = 0;
        for (const SummaryRow &row : FundingSummary::compute(m_db->connection(), 2025, *k)) {
            granted += row.granted;
            awards += row.awards;
        }
        const SummaryRow total = FundingSummary::total(m_db->connection(), 2025);
        QCOMPARE(granted, total.granted);
        QCOMPARE(awards, total.awards);
    }

    void total()
    {
        const SummaryRow total = FundingSummary::total(m_db->connection(), 2025);
        QCOMPARE(total.awards, 4);
        QCOMPARE(total.granted.toDecimal(), QStringLiteral("760.75"));
        QCOMPARE(total.paid.toDecimal(), QStringLiteral("350.50"));
        QCOMPARE(total.budget->toDecimal(), QStringLiteral("1700.00"));
        QCOMPARE(FundingSummary::total(m_db->connection(), 2024).granted.toDecimal(),
                 QStringLiteral("300.00"));
        QCOMPARE(FundingSummary::total(m_db->connection(), 2023).awards, 0);
    }

    void organizationsFundedBySeveralInstitutions()
    {
        const QList<MultiFundedOrganization> multi =
            FundingSummary::multiFunded(m_db->connection(), 2025);
        QCOMPARE(multi.size(), 1);
        QCOMPARE(multi.first().organizationId, m_fixture.a);
        QCOMPARE(multi.first().institutions,
                 (QStringList{QStringLiteral("Ministerul Test"), QStringLiteral("Primăria Test")}));
        QCOMPARE(multi.first().awards, 2); // the cancelled one left out
        QCOMPARE(multi.first().granted.toDecimal(), QStringLiteral("410.00"));
        QVERIFY(FundingSummary::multiFunded(m_db->connection(), 2024).isEmpty());
    }

    void history()
    {
        const QList<AwardLine> lines = FundingRepository(m_db->connection()).history(m_fixture.a);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.first().year, 2025);
        QCOMPARE(lines.last().year, 2024);
        QCOMPARE(lines.last().award.contractNumber, QStringLiteral("C-6"));
    }

    void keyCodes()
    {
        for (const auto key : {FundingSummary::Key::Institution, FundingSummary::Key::Domain,
                               FundingSummary::Key::County, FundingSummary::Key::Region})
            QCOMPARE(FundingSummary::keyFromCode(FundingSummary::keyCode(key)), key);
        QVERIFY(!FundingSummary::keyFromCode(QStringLiteral("planet")));
    }

    void awardRulesAreRefused()
    {
        const QSqlDatabase db = m_db->connection();
        // Paid above granted, a contract number used twice: refused, nothing written.
        QVERIFY(!test::FundingFixture::award(db, m_fixture.volunteering2025, m_fixture.b, "C-9",
                                             100, 200));
        const Result<qint64> twice =
            test::FundingFixture::award(db, m_fixture.volunteering2025, m_fixture.b, "C-1", 100, 0);
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(QLatin1String("C-1")), qPrintable(twice.error()));
        QCOMPARE(FundingSummary::total(db, 2025).awards, 4);
    }
};

QTEST_GUILESS_MAIN(TestFundingSummary)
#include "tst_fundingsummary.moc"

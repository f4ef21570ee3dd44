#include "DatabaseTest.h"
#include "DocumentSet.h"

#include "../funding/FundingFixture.h"
#include "documents/FundingSynthesis.h"
#include "funding/FundingSummary.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace dc;
using namespace dc::reports;

// The synthesis on the public funding of NGOs as data: its tables add up exactly to the ban, the
// organizations funded by several institutions are listed, the charts and the figures are there.
class TestFundingSynthesis final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    test::FundingFixture m_fixture;

    static QList<QStringList> figures(const ReportDocument &doc, const QString &table)
    {
        QList<QStringList> rows;
        for (const QStringList &row : doc.figures.rows) {
            if (row.value(0) == table)
                rows << row;
        }
        return rows;
    }

    static qint64 bani(const QString &decimal)
    {
        const std::optional<Money> m = Money::parse(decimal);
        return m ? m->bani() : -1;
    }

    // The figures of every key (institution, domain, county, region) add up, in bani, to
    // @p granted and @p paid.
    static void compareKeysAddUpTo(const ReportDocument &doc, qint64 granted, qint64 paid)
    {
        for (const QString &key : {QStringLiteral("institution"), QStringLiteral("domain"),
                                   QStringLiteral("county"), QStringLiteral("region")}) {
            qint64 g = 0, p = 0;
            for (const QStringList &row : figures(doc, key)) {
                g += bani(row.at(5));
                p += bani(row.at(6));
            }
            QCOMPARE(g, granted);
            QCOMPARE(p, paid);
        }
    }

    void prepare() override { QVERIFY(m_fixture.build(m_db->connection())); }

private Q_SLOTS:
    void tablesAndMultiFunded()
    {
        const QSqlDatabase db = m_db->connection();
        using F = test::FundingFixture;
        QVERIFY(F::award(db, m_fixture.volunteering2025, m_fixture.a, "C1", 40001, 40001));
        QVERIFY(F::award(db, m_fixture.youth2025, m_fixture.b, "C2", 10099, 0));
        QVERIFY(F::award(db, m_fixture.local2025, m_fixture.a, "C3", 5050, 2525));
        QVERIFY(
            F::award(db, m_fixture.local2025, m_fixture.c, "C4", 7000, 0, AwardStatus::Cancelled));
        QVERIFY(F::award(db, m_fixture.volunteering2024, m_fixture.c, "C5", 999, 999));

        const ReportDocument doc = FundingSynthesis::build(db, 2025, QDate(2026, 1, 15));
        QCOMPARE(doc.title, QStringLiteral("Synthesis on the public funding of NGOs"));
        QCOMPARE(doc.subtitle, QStringLiteral("Year 2025"));
        QCOMPARE(doc.generatedOn, QDate(2026, 1, 15));

        // By institution: the ministry 400,01 + 100,99 = 501,00 of 1 500,00; the city hall 50,50
        // of 200,00 (the cancelled award left out); total 551,50 of 1 700,00.
        const TableSpec *institutions = test::tableAfter(doc, QStringLiteral("By institution"));
        QVERIFY(institutions);
        QVERIFY(institutions->totalRow);
        QCOMPARE(institutions->rows.size(), 3);
        QCOMPARE(institutions->rows.last(),
                 (QStringList{QStringLiteral("Total"), QStringLiteral("3"),
                              QStringLiteral("1.700,00 lei"), QStringLiteral("551,50 lei"),
                              institutions->rows.last().at(4), QStringLiteral("425,26 lei")}));
        const QStringList ministry = institutions->rows.at(
            institutions->rows.at(0).at(0) == QStringLiteral("Ministerul Test") ? 0 : 1);
        QCOMPARE(ministry,
                 (QStringList{QStringLiteral("Ministerul Test"), QStringLiteral("2"),
                              QStringLiteral("1.500,00 lei"), QStringLiteral("501,00 lei"),
                              formatBasisPoints(3340), QStringLiteral("400,01 lei")}));

        for (const QString &heading : {QStringLiteral("By domain"), QStringLiteral("By county"),
                                       QStringLiteral("By region")}) {
            const TableSpec *table = test::tableAfter(doc, heading);
            QVERIFY2(table, qPrintable(heading));
            QCOMPARE(table->rows.last().at(0), QStringLiteral("Total"));
            QCOMPARE(table->rows.last().at(1), QStringLiteral("3"));
        }

        // The figures: every key's rows add up to the total, exactly.
        const QList<QStringList> total = figures(doc, QStringLiteral("total"));
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().at(5), QStringLiteral("551.50"));
        QCOMPARE(total.first().at(6), QStringLiteral("425.26"));
        compareKeysAddUpTo(doc, 55150, 42526);
        if (QTest::currentTestFailed())
            return;

        // Alfa has awards from the ministry and the city hall; Gama's only 2025 award is
        // cancelled.
        const TableSpec *multi =
            test::tableAfter(doc, QStringLiteral("Organizations funded by several institutions"));
        QVERIFY(multi);
        QCOMPARE(multi->rows.size(), 1);
        QCOMPARE(multi->rows.first().at(0), QStringLiteral("Asociația Alfa"));
        QCOMPARE(multi->rows.first().at(1), QStringLiteral("Ministerul Test; Primăria Test"));
        QCOMPARE(multi->rows.first().at(3), QStringLiteral("450,51 lei"));
        QCOMPARE(figures(doc, QStringLiteral("multi-funded")).size(), 1);

        int charts = 0;
        for (const Block &b : doc.blocks) {
            if (b.kind == Block::Kind::Chart) {
                ++charts;
                QVERIFY(!b.chart.isEmpty());
            }
        }
        QCOMPARE(charts, 2);
    }

    void sumsExactOverThousandsOfAwards()
    {
        const QSqlDatabase db = m_db->connection();
        // 3 000 awards of odd bani spread over the three calls of 2025: the document's total is
        // the exact integer sum.
        QSqlDatabase(db).transaction();
        FundingRepository repository(db);
        QRandomGenerator random(20251125);
        qint64 granted = 0, paid = 0;
        const qint64 calls[] = {m_fixture.volunteering2025, m_fixture.youth2025,
                                m_fixture.local2025};
        const qint64 organizations[] = {m_fixture.a, m_fixture.b, m_fixture.c};
        for (int i = 0; i < 3000; ++i) {
            FundingAward award;
            award.callId = calls[i % 3];
            award.organizationId = organizations[(i / 3) % 3];
            award.project = QStringLiteral("P%1").arg(i);
            award.contractNumber = QStringLiteral("N%1").arg(i);
            const qint64 g = random.bounded(1, 10'000'000);
            const qint64 p = random.bounded(0, int(g + 1));
            award.requested = Money::fromBani(g);
            award.granted = Money::fromBani(g);
            award.paid = Money::fromBani(p);
            QVERIFY(repository.insertAwardInTransaction(award));
            granted += g;
            paid += p;
        }
        QVERIFY(QSqlDatabase(db).commit());
        const ReportDocument doc = FundingSynthesis::build(db, 2025);
        const QList<QStringList> total = figures(doc, QStringLiteral("total"));
        QCOMPARE(bani(total.first().at(5)), granted);
        QCOMPARE(bani(total.first().at(6)), paid);
        QCOMPARE(total.first().at(2), QStringLiteral("3000"));
        compareKeysAddUpTo(doc, granted, paid);
        if (QTest::currentTestFailed())
            return;
        const TableSpec *institutions = test::tableAfter(doc, QStringLiteral("By institution"));
        QVERIFY(institutions);
        QCOMPARE(institutions->rows.last().at(3), Money::fromBani(granted).toDisplay());
    }

    void aYearWithoutAwards()
    {
        const ReportDocument doc = FundingSynthesis::build(m_db->connection(), 2023);
        QVERIFY(!doc.blocks.isEmpty());
        bool none = false;
        for (const Block &b : doc.blocks)
            none = none || b.text.startsWith(QStringLiteral("No organization was funded"));
        QVERIFY(none);
    }
};

QTEST_GUILESS_MAIN(TestFundingSynthesis)
#include "tst_fundingsynthesis.moc"

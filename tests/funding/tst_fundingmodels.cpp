#include "DatabaseTest.h"
#include "ModelCells.h"

#include "demo/DemoDataset.h"
#include "funding/FundingAwardTableModel.h"
#include "funding/FundingCallTableModel.h"
#include "funding/FundingRepository.h"
#include "funding/FundingSummaryTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dc;

// The funding lists over the demo dataset: structure (QAbstractItemModelTester), ids, raw values
// in bani beside the display text in lei, the share of the budget, the summary with its total.
class TestFundingModels final : public test::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void calls()
    {
        FundingCallTableModel model(m_db->connection(), 2025);
        test::checkWithTester(&model);
        QCOMPARE(model.columnCount(), int(FundingCallTableModel::ColumnCount));
        QCOMPARE(model.rowCount(), 2);
        const int ministry = test::rowWith(model, FundingCallTableModel::Institution,
                                           QStringLiteral("Ministerul Exemplului (fictiv)"));
        QVERIFY(ministry >= 0);
        QCOMPARE(test::rawValue(model, ministry, FundingCallTableModel::Budget).toLongLong(),
                 qint64(50000000));
        QCOMPARE(model.index(ministry, FundingCallTableModel::Budget).data().toString(),
                 QStringLiteral("500.000,00 lei"));
        QCOMPARE(model.index(ministry, FundingCallTableModel::Awards).data().toInt(),
                 3); // one cancelled
        QCOMPARE(model.index(ministry, FundingCallTableModel::Granted).data().toString(),
                 QStringLiteral("350.500,49 lei"));
        QCOMPARE(model.index(ministry, FundingCallTableModel::Share).data().toString(),
                 QStringLiteral("70,10 %"));
        QCOMPARE(model.index(ministry, FundingCallTableModel::Domain).data().toString(),
                 QStringLiteral("Voluntariat"));
        model.setYear(2024);
        QCOMPARE(model.rowCount(), 0);
        model.setYear(0);
        QCOMPARE(model.rowCount(), 2);
    }

    void awards()
    {
        FundingAwardTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 5);
        const qint64 call =
            FundingRepository(m_db->connection())
                .findCallId(QStringLiteral("Apel local pentru tineret 2025 (fictiv)"), 2025)
                .value_or(0);
        QVERIFY(call > 0);
        model.setFilter(call, 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(test::rawValue(model, 0, FundingAwardTableModel::Granted).toLongLong(),
                 qint64(2500025));
        QCOMPARE(model.index(0, FundingAwardTableModel::Granted).data().toString(),
                 QStringLiteral("25.000,25 lei"));
        QCOMPARE(model.index(0, FundingAwardTableModel::Contract).data().toString(),
                 QStringLiteral("DEMO-2025-L01"));
        // The fictitious association's history: two awards from two institutions.
        const qint64 proVobis = FundingRepository(m_db->connection())
                                    .awardByContract(QStringLiteral("DEMO-2025-L01"))
                                    ->organizationId;
        model.setOrganization(proVobis);
        QCOMPARE(model.rowCount(), 2);
        model.sort(FundingAwardTableModel::Granted, Qt::DescendingOrder);
        QCOMPARE(model.index(0, FundingAwardTableModel::Contract).data().toString(),
                 QStringLiteral("DEMO-2025-001"));
    }

    void summary_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstKey");
        QTest::newRow("institution") << int(FundingSummary::Key::Institution) << 3
                                     << QStringLiteral("Ministerul Exemplului (fictiv)");
        QTest::newRow("domain") << int(FundingSummary::Key::Domain) << 3
                                << QStringLiteral("Tineret");
        QTest::newRow("county") << int(FundingSummary::Key::County) << 4
                                << QStringLiteral("București");
        QTest::newRow("region") << int(FundingSummary::Key::Region) << 4
                                << QStringLiteral("București-Ilfov");
    }
    void summary()
    {
        QFETCH(int, key);
        QFETCH(int, rows);
        QFETCH(QString, firstKey);
        FundingSummaryTableModel model(m_db->connection(), 2025, FundingSummary::Key(key));
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), rows); // the keys and the total
        QCOMPARE(model.index(0, FundingSummaryTableModel::Key).data().toString(), firstKey);
        const int total = model.rowCount() - 1;
        QCOMPARE(model.index(total, FundingSummaryTableModel::Key).data().toString(),
                 QStringLiteral("Total"));
        QCOMPARE(test::rawValue(model, total, FundingSummaryTableModel::Granted).toLongLong(),
                 qint64(37550074));
        QCOMPARE(model.index(total, FundingSummaryTableModel::Paid).data().toString(),
                 QStringLiteral("180.500,75 lei"));
        QCOMPARE(model.index(total, FundingSummaryTableModel::Budget).data().toString(),
                 QStringLiteral("580.000,00 lei"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
                 FundingSummary::keyName(FundingSummary::Key(key)));
        model.setKey(FundingSummary::Key::Institution);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFundingModels)
#include "tst_fundingmodels.moc"

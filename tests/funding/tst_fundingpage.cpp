#include "PageTest.h"
#include "Windows.h"

#include "demo/DemoDataset.h"
#include "funding/FundingAwardTableModel.h"
#include "funding/FundingCallTableModel.h"
#include "funding/FundingPage.h"
#include "funding/FundingSummaryTableModel.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dc;

// The public funding page on the demo database: calls, the awards of the chosen call, the
// summary by each key with its chart, the organizations funded by several institutions.
class TestFundingPage final : public test::PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void callsAwardsAndSummaries()
    {
        FundingPage page(context());
        QCOMPARE(page.key(), QStringLiteral("funding"));
        QVERIFY(test::showAt(page, {1500, 860}));
        QCOMPARE(page.yearBox()->currentText(), QStringLiteral("2025"));
        QCOMPARE(page.calls()->rowCount(), 2);
        QCOMPARE(page.statusText(), QStringLiteral("2 call(s)"));
        // The first call is chosen: its awards are listed.
        const QModelIndex first = page.callView()->currentIndex();
        QVERIFY(first.isValid());
        const int expected =
            first.siblingAtColumn(FundingCallTableModel::Institution).data().toString() ==
                    QLatin1String("Ministerul Exemplului (fictiv)")
                ? 4
                : 1;
        QCOMPARE(page.awards()->rowCount(), expected);
        // Clicking the other call.
        const int other = first.row() == 0 ? 1 : 0;
        test::clickCell(page.callView(), other, FundingCallTableModel::Name);
        QCOMPARE(page.awards()->rowCount(), expected == 4 ? 1 : 4);

        QVERIFY2(page.multiFunded()->text().contains(
                     QStringLiteral(u"Asociația Voluntarii Exemplului (fictiv)")),
                 qPrintable(page.multiFunded()->text()));
        // The summary by each key, with its total, and the chart fed by the same rows.
        const QList<std::pair<int, int>> keys{{0, 3}, {1, 3}, {2, 4}, {3, 4}};
        for (const auto &[index, rows] : keys) {
            page.keyBox()->setCurrentIndex(index);
            QCOMPARE(page.summary()->rowCount(), rows);
            QCOMPARE(page.summary()
                         ->index(rows - 1, FundingSummaryTableModel::Granted)
                         .data()
                         .toString(),
                     QStringLiteral("375.500,74 lei"));
            auto *series =
                qobject_cast<QHorizontalBarSeries *>(page.chart()->chart()->series().value(0));
            QVERIFY(series);
            QCOMPARE(series->barSets().value(0)->count(), rows - 1);
        }
        page.keyBox()->setCurrentIndex(0);
    }
};

QTEST_MAIN(TestFundingPage)
#include "tst_fundingpage.moc"

#include "PageTest.h"
#include "Windows.h"

#include "demo/DemoDataset.h"
#include "transparency/AnnualFiguresPage.h"
#include "transparency/AnnualFiguresTableModel.h"
#include "transparency/DraftActTableModel.h"
#include "transparency/DraftsPage.h"
#include "transparency/InstitutionTableModel.h"
#include "transparency/InstitutionsPage.h"
#include "transparency/PublicMeetingTableModel.h"
#include "transparency/RecommendationTableModel.h"

#include "transparency/FormIndicators.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

#include <QHeaderView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dc;

// The transparency pages on the demo database, driven as a user would.
class TestTransparencyPages final : public test::PageTest
{
    Q_OBJECT

private:
    static void show(QWidget &page) { QVERIFY(test::showAt(page, {1500, 820})); }

private Q_SLOTS:
    void institutionsShowTheLiaison()
    {
        InstitutionsPage page(context());
        QCOMPARE(page.key(), QStringLiteral("institutions"));
        QCOMPARE(page.view()->model()->rowCount(), 4);
        const int row = rowOf(page.view(), InstitutionTableModel::Name,
                              QStringLiteral("Ministerul Exemplului (fictiv)"));
        QVERIFY(row >= 0);
        test::clickCell(page.view(), row, InstitutionTableModel::Name);
        QVERIFY(page.record()->text().contains(QLatin1String("Ioana Popescu (fictiv)")));
        QVERIFY(page.record()->text().contains(QLatin1String("art. 7(2)"))); // its broken deadlines
        QVERIFY(page.view()
                    ->model()
                    ->index(row, InstitutionTableModel::Name)
                    .data(Qt::DecorationRole)
                    .isValid());
        QCOMPARE(page.meetings()->rowCount(), 3); // its meetings, one announced too late
        bool late = false;
        for (int r = 0; r < page.meetings()->rowCount(); ++r)
            late =
                late || page.meetings()->index(r, 0).data(RecordTableModel::WarningRole).toBool();
        QVERIFY(late);
        show(page);
    }

    void draftsWithWarningsAndRecommendations()
    {
        DraftsPage page(context());
        QCOMPARE(page.view()->model()->rowCount(), 6);
        page.institutionFilter()->setCurrentIndex(
            page.institutionFilter()->findText(QStringLiteral("Ministerul Exemplului (fictiv)")));
        QCOMPARE(page.view()->model()->rowCount(), 3);

        const int kept =
            rowOf(page.view(), DraftActTableModel::Title,
                  QStringLiteral(
                      "Proiect de hotărâre a Guvernului privind registrul exemplelor (fictiv)"));
        test::clickCell(page.view(), kept, DraftActTableModel::Title);
        QVERIFY(page.record()->text().contains(QLatin1String("All legal deadlines kept.")));
        QCOMPARE(page.recommendations()->rowCount(), 3);

        const int late =
            rowOf(page.view(), DraftActTableModel::Title,
                  QStringLiteral("Proiect de ordin privind ghidul modelelor (fictiv)"));
        QVERIFY(late >= 0);
        QVERIFY(page.view()
                    ->model()
                    ->index(late, DraftActTableModel::DeadlineWarnings)
                    .data()
                    .toString()
                    .contains(QLatin1String("art. 7(4)")));
        test::clickCell(page.view(), late, DraftActTableModel::Title);
        QVERIFY(page.record()->text().contains(QLatin1String("art. 7(10)")));
        QVERIFY(page.view()
                    ->model()
                    ->index(late, DraftActTableModel::Title)
                    .data(Qt::DecorationRole)
                    .isValid());
        QCOMPARE(page.recommendations()->rowCount(), 1);
        show(page);

        QTest::mouseClick(page.warningsOnly(), Qt::LeftButton);
        QCOMPARE(page.view()->model()->rowCount(), 1);
    }

    void annualFiguresSideBySide()
    {
        AnnualFiguresPage page(context());
        page.year()->setValue(2024);
        page.year()->setValue(2025);
        QCOMPARE(page.view()->model()->rowCount(), 5);
        QVERIFY(
            page.missing()->text().contains(QStringLiteral("Primăria Orașului Model (fictiv)")));
        const int total = page.view()->model()->rowCount() - 1;
        QCOMPARE(page.view()
                     ->model()
                     ->index(total, AnnualFiguresTableModel::Institution)
                     .data()
                     .toString(),
                 QStringLiteral("Total"));
        const int b1 =
            AnnualFiguresTableModel::FirstIndicator + FormIndicators::indexOf(QStringLiteral("B1"));
        // Issue 15: the columns were headed by bare codes; the code over its label, wrapped.
        QCOMPARE(page.view()->model()->headerData(b1, Qt::Horizontal).toString(),
                 QStringLiteral("B1\nPublic meetings"));
        const int a1 =
            AnnualFiguresTableModel::FirstIndicator + FormIndicators::indexOf(QStringLiteral("A1"));
        QCOMPARE(page.view()->model()->headerData(a1, Qt::Horizontal).toString(),
                 QStringLiteral("A1\nDraft normative\nacts adopted"));
        const QHeaderView *header = page.view()->horizontalHeader();
        QVERIFY(header->sectionSize(a1) >=
                header->fontMetrics().horizontalAdvance(QStringLiteral("Draft normative")));
        QVERIFY(header->sizeHint().height() >= 3 * header->fontMetrics().height());
        QCOMPARE(page.view()->model()->headerData(b1, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Public meetings"));
        const int agency = rowOf(page.view(), AnnualFiguresTableModel::Institution,
                                 QStringLiteral("Agenția Națională a Modelelor (fictiv)"));
        QVERIFY(page.view()->model()->index(agency, b1).data(Qt::FontRole).value<QFont>().italic());
        show(page);
    }
};

QTEST_MAIN(TestTransparencyPages)
#include "tst_transparencypages.moc"

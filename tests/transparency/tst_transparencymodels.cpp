#include "DatabaseTest.h"
#include "ModelCells.h"

#include "demo/DemoDataset.h"
#include "transparency/AnnualFiguresTableModel.h"
#include "transparency/DraftActRepository.h"
#include "transparency/DraftActTableModel.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/InstitutionTableModel.h"
#include "transparency/PublicMeetingTableModel.h"
#include "transparency/RecommendationTableModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dc;

// The transparency lists over the demo dataset: structure (QAbstractItemModelTester), ids, raw
// values, the deadline warnings and the side-by-side figures.
class TestTransparencyModels final : public test::DatabaseTest
{
    Q_OBJECT

private:
    static qint64 institutionId(const QSqlDatabase &db, const QString &name)
    {
        return InstitutionRepository(db).findIdByName(name).value_or(0);
    }

    /// The row of the demo's draft order on the guide of models.
    static int guideRow(const QAbstractItemModel &model)
    {
        return test::rowWith(model, DraftActTableModel::Title,
                             QStringLiteral("Proiect de ordin privind ghidul modelelor (fictiv)"));
    }

private Q_SLOTS:
    void institutions()
    {
        InstitutionTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.columnCount(), int(InstitutionTableModel::ColumnCount));
        QCOMPARE(model.rowCount(), 4);
        const int row = test::rowWith(model, InstitutionTableModel::Name,
                                      QStringLiteral("Ministerul Exemplului (fictiv)"));
        QVERIFY(row >= 0);
        QCOMPARE(
            model.index(row, 0).data(RecordTableModel::IdRole).toLongLong(),
            institutionId(m_db->connection(), QStringLiteral("Ministerul Exemplului (fictiv)")));
        QCOMPARE(model.index(row, InstitutionTableModel::LiaisonName).data().toString(),
                 QStringLiteral("Ioana Popescu (fictiv)"));
        QCOMPARE(test::rawValue(model, row, InstitutionTableModel::Kind).toString(),
                 QStringLiteral("ministry"));
        QCOMPARE(model.index(row, InstitutionTableModel::Drafts).data().toInt(), 3);
        // 4 broken deadlines and, counted on its draft, a rejection whose justification was not
        // sent.
        QCOMPARE(model.index(row, InstitutionTableModel::Warnings).data().toInt(), 5);
        QVERIFY(model.index(row, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("without the written justification sent")));
        QVERIFY(model.index(row, 0).data(RecordTableModel::WarningRole).toBool());
        QVERIFY(model.index(row, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("art. 7(4)")));
        const int county = test::rowWith(model, InstitutionTableModel::Name,
                                         QStringLiteral("Consiliul Județean Exemplu (fictiv)"));
        QCOMPARE(model.index(county, InstitutionTableModel::County).data().toString(),
                 QStringLiteral("Cluj"));

        model.sort(InstitutionTableModel::Drafts, Qt::DescendingOrder);
        QCOMPARE(model.index(0, InstitutionTableModel::Drafts).data().toInt(), 3);
        model.sort(InstitutionTableModel::Name);
        // Romanian order: "Agenția" before "Consiliul" before "Ministerul" before "Primăria".
        QCOMPARE(model.index(0, 0).data().toString(),
                 QStringLiteral("Agenția Națională a Modelelor (fictiv)"));
        QCOMPARE(model.index(3, 0).data().toString(),
                 QStringLiteral("Primăria Orașului Model (fictiv)"));
    }

    void drafts()
    {
        DraftActTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.columnCount(), int(DraftActTableModel::ColumnCount));
        QCOMPARE(model.rowCount(), 6);
        DraftActTableModel::Filter filter;
        filter.institutionId =
            institutionId(m_db->connection(), QStringLiteral("Ministerul Exemplului (fictiv)"));
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 3);
        const int row = guideRow(model);
        QVERIFY(row >= 0);
        QCOMPARE(test::rawValue(model, row, DraftActTableModel::DeadlineWarnings).toString(),
                 QStringLiteral("art. 7(2), art. 7(4), art. 7(10)"));
        QVERIFY(model.index(row, DraftActTableModel::DeadlineWarnings)
                    .data()
                    .toString()
                    .contains(QLatin1String("art. 7(4)")));
        QVERIFY(model.index(row, 0).data(RecordTableModel::WarningRole).toBool());
        QCOMPARE(test::rawValue(model, row, DraftActTableModel::Announced).toString(),
                 QStringLiteral("2025-06-02"));
        QCOMPARE(model.index(row, DraftActTableModel::Recommendations).data().toInt(), 1);
        const int kept = test::rowWith(
            model, DraftActTableModel::Title,
            QStringLiteral(
                "Proiect de hotărâre a Guvernului privind registrul exemplelor (fictiv)"));
        QVERIFY(!model.index(kept, 0).data(RecordTableModel::WarningRole).toBool());
        QCOMPARE(model.index(kept, DraftActTableModel::Recommendations).data().toInt(), 3);
        QCOMPARE(model.index(kept, DraftActTableModel::Included).data().toInt(), 2);

        filter.warningsOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter = {};
        filter.status = DraftActStatus::Submitted;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter = {};
        filter.year = 2024;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);

        // Organization -> the debates it requested.
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral(
            "SELECT id FROM organization WHERE name = 'Centrul de Voluntariat Model (fictiv)'"));
        QVERIFY(q.next());
        filter = {};
        filter.debateRequestedBy = q.value(0).toLongLong();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DraftActTableModel::Title).data().toString(),
                 QStringLiteral("Proiect de ordin privind ghidul modelelor (fictiv)"));

        filter = {};
        model.setFilter(filter);
        model.sort(DraftActTableModel::Announced, Qt::AscendingOrder);
        QCOMPARE(test::rawValue(model, 0, DraftActTableModel::Announced).toString(),
                 QStringLiteral("2025-03-03"));
    }

    void recommendations()
    {
        RecommendationTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 0);
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral(
            "SELECT id FROM draft_act WHERE title LIKE 'Proiect de hotărâre a Guvernului%'"));
        QVERIFY(q.next());
        model.setDraft(q.value(0).toLongLong());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RecommendationTableModel::ColumnCount));
        QCOMPARE(model.index(0, RecommendationTableModel::Author).data().toString(),
                 QStringLiteral("Fundația Casa Exemplară (fictiv)"));
        QCOMPARE(test::rawValue(model, 0, RecommendationTableModel::Decision).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(model.index(2, RecommendationTableModel::Author).data().toString(),
                 QStringLiteral("Ion Exemplu (fictiv)"));

        // Organization -> the recommendations it sent.
        q.exec(QStringLiteral("SELECT id FROM organization WHERE name = 'Asociația Consumatorilor "
                              "Exemplari (fictiv)'"));
        QVERIFY(q.next());
        model.setAuthorOrganization(q.value(0).toLongLong());
        QCOMPARE(model.rowCount(), 2);
    }

    // Issue 15: four-digit years in every date a table shows; Qt's Serbian short format gave
    // "2.6.25." for the draft announced on 2 June 2025.
    void tablesShowFourDigitYearsInSerbian()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia));
        DraftActTableModel drafts(m_db->connection());
        test::checkWithTester(&drafts);
        const int row = guideRow(drafts);
        const QString announced =
            drafts.index(row, DraftActTableModel::Announced).data().toString();
        QLocale::setDefault(previous);
        QVERIFY2(announced.contains(QLatin1String("2025")), qPrintable(announced));
    }

    // The day a draft was sent for endorsement has a column of its own, beside its submission.
    void draftsListTheDateSentForEndorsement()
    {
        DraftActTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QVERIFY(!model.headerData(DraftActTableModel::SentForApproval, Qt::Horizontal)
                     .toString()
                     .isEmpty());
        const int row = guideRow(model);
        QVERIFY(row >= 0);
        QCOMPARE(test::rawValue(model, row, DraftActTableModel::SentForApproval).toString(),
                 QStringLiteral("2025-06-20"));
        QVERIFY(!model.index(row, DraftActTableModel::SentForApproval).data().toString().isEmpty());
        const int inConsultation = test::rowWith(
            model, DraftActTableModel::Title,
            QStringLiteral("Proiect de hotărâre a consiliului local privind parcurile (fictiv)"));
        QVERIFY(inConsultation >= 0);
        QCOMPARE(
            test::rawValue(model, inConsultation, DraftActTableModel::SentForApproval).toString(),
            QString());
        model.sort(DraftActTableModel::SentForApproval, Qt::DescendingOrder);
        QCOMPARE(test::rawValue(model, 0, DraftActTableModel::SentForApproval).toString(),
                 QStringLiteral("2025-12-22"));
    }

    // A rejection whose written justification was not sent is flagged on its row, with why.
    void rejectionWithoutJustificationIsFlagged()
    {
        RecommendationTableModel model(m_db->connection());
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT id FROM draft_act WHERE title = 'Proiect de ordin privind "
                              "ghidul modelelor (fictiv)'"));
        QVERIFY(q.next());
        model.setDraft(q.value(0).toLongLong());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(test::rawValue(model, 0, RecommendationTableModel::Decision).toString(),
                 QStringLiteral("rejected"));
        QVERIFY(model.index(0, 0).data(RecordTableModel::WarningRole).toBool());
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());

        // The other rejection of the demo had its justification sent: not flagged.
        q.exec(QStringLiteral(
            "SELECT id FROM draft_act WHERE title LIKE 'Proiect de hotărâre a Guvernului%'"));
        QVERIFY(q.next());
        model.setDraft(q.value(0).toLongLong());
        QCOMPARE(model.rowCount(), 3);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.index(r, 0).data(RecordTableModel::WarningRole).toBool());
    }

    void meetings()
    {
        PublicMeetingTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(PublicMeetingTableModel::ColumnCount));
        const int late =
            test::rowWith(model, PublicMeetingTableModel::Subject,
                          QStringLiteral("Ședința privind calendarul exemplelor (fictiv)"));
        QVERIFY(model.index(late, 0).data(RecordTableModel::WarningRole).toBool());
        QCOMPARE(test::rawValue(model, late, PublicMeetingTableModel::DeadlineWarnings).toString(),
                 QStringLiteral("art. 8"));
        const int closed = test::rowWith(model, PublicMeetingTableModel::Subject,
                                         QStringLiteral("Alegerea vicepreședintelui (fictiv)"));
        QCOMPARE(test::rawValue(model, closed, PublicMeetingTableModel::Access).toString(),
                 QStringLiteral("secret_vote"));
        model.setFilter(institutionId(m_db->connection(),
                                      QStringLiteral("Consiliul Județean Exemplu (fictiv)")),
                        2025);
        QCOMPARE(model.rowCount(), 2);
        model.sort(PublicMeetingTableModel::Participants, Qt::DescendingOrder);
        QCOMPARE(model.index(0, PublicMeetingTableModel::Participants).data().toInt(), 50);
    }

    void figuresSideBySide()
    {
        AnnualFiguresTableModel model(m_db->connection(), 2025);
        test::checkWithTester(&model);
        QCOMPARE(model.columnCount(), int(AnnualFiguresTableModel::ColumnCount));
        QCOMPARE(model.rowCount(), 5); // 4 institutions and the totals
        const int a1 =
            AnnualFiguresTableModel::FirstIndicator + FormIndicators::indexOf(QStringLiteral("A1"));
        const int b1 =
            AnnualFiguresTableModel::FirstIndicator + FormIndicators::indexOf(QStringLiteral("B1"));
        QCOMPARE(model.headerData(a1, Qt::Horizontal).toString(), QStringLiteral("A1"));
        const int total = model.rowCount() - 1;
        QCOMPARE(model.index(total, 0).data(RecordTableModel::IdRole).toLongLong(), 0);
        QCOMPARE(model.index(total, a1).data().toString(), QStringLiteral("3"));
        QCOMPARE(test::rawValue(model, total, AnnualFiguresTableModel::Reported).toInt(), 3);
        const int missing =
            test::rowWith(model, 0, QStringLiteral("Primăria Orașului Model (fictiv)"));
        QVERIFY(model.index(missing, 0).data(RecordTableModel::WarningRole).toBool());
        QCOMPARE(test::rawValue(model, missing, AnnualFiguresTableModel::Reported).toInt(), 0);
        const int agency =
            test::rowWith(model, 0, QStringLiteral("Agenția Națională a Modelelor (fictiv)"));
        QCOMPARE(model.index(agency, b1).data().toString(), QStringLiteral("4"));
        QVERIFY(model.index(agency, b1).data(AnnualFiguresTableModel::ManualRole).toBool());
        QVERIFY(!model.index(agency, a1).data(AnnualFiguresTableModel::ManualRole).toBool());
        model.setYear(2024);
        // Nobody reported for 2024: the totals are unknown, never zeros.
        QCOMPARE(model.index(model.rowCount() - 1, a1).data().toString(), QStringLiteral("—"));
    }

private:
};

QTEST_GUILESS_MAIN(TestTransparencyModels)
#include "tst_transparencymodels.moc"

#include "DatabaseTest.h"
#include "ModelCells.h"
#include "demo/DemoDataset.h"
#include "programs/CalendarListModel.h"
#include "programs/EventTableModel.h"
#include "programs/IndicatorTableModel.h"
#include "programs/PartnershipTableModel.h"
#include "programs/ProgramRepository.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// The item models of the edition and calendar pages, over the demo data: they pass the model
// tester and show what the pages need.
class TestProgramModels final : public test::DatabaseTest
{
    Q_OBJECT

private:
    qint64 m_edition = 0;
    qint64 m_sipocaEdition = 0;

    qint64 organizationId(const QString &name)
    {
        return test::organizationId(m_db->connection(), name);
    }

    void prepare() override
    {
        ProgramRepository programs(m_db->connection());
        m_edition = programs.editionOfYear(*programs.match(QStringLiteral("promotorii")), 2021)->id;
        m_sipocaEdition =
            programs.editionOfYear(*programs.match(QStringLiteral("sipoca")), 2018)->id;
    }

private Q_SLOTS:
    void eventTableModel()
    {
        EventTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 0);
        model.setEdition(m_edition);
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.columnCount(), int(EventTableModel::ColumnCount));
        QCOMPARE(
            model.index(0, EventTableModel::Date).data(EventTableModel::RawValueRole).toString(),
            QStringLiteral("2021-04-28"));
        QCOMPARE(
            model.index(0, EventTableModel::Status).data(EventTableModel::RawValueRole).toString(),
            QStringLiteral("held"));
        QCOMPARE(model.index(0, EventTableModel::Kind).data().toString(),
                 QStringLiteral("Videoconference"));
        QVERIFY(model.index(13, EventTableModel::Date).data(EventTableModel::IdRole).toLongLong() >
                0);
        QCOMPARE(
            model.index(13, EventTableModel::Kind).data(EventTableModel::RawValueRole).toString(),
            QStringLiteral("closing"));
        QVERIFY(model.index(0, EventTableModel::Coorganizers)
                    .data()
                    .toString()
                    .contains(QLatin1String("; ")));
        const qint64 id = model.index(5, 0).data(EventTableModel::IdRole).toLongLong();
        QCOMPARE(model.rowOfId(id), 5);
        model.setEdition(m_sipocaEdition);
        QCOMPARE(model.rowCount(), 0);
    }

    void partnershipTableModelByEditionAndByOrganization()
    {
        PartnershipTableModel model(m_db->connection());
        test::checkWithTester(&model);
        model.setEdition(m_edition);
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(model.index(0, PartnershipTableModel::Role)
                     .data(PartnershipTableModel::RawValueRole)
                     .toString(),
                 QStringLiteral("associative_structure"));
        int coorganized = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            coorganized += model.index(row, PartnershipTableModel::Events).data().toInt();
        QCOMPARE(coorganized, 6 + 3 + 2 + 2 + 3 + 3 + 5 + 6 + 2 + 3 + 3 + 3 + 3);

        const qint64 bucovina = organizationId(
            QStringLiteral(u"Asociația Institutul pentru Parteneriat Social Bucovina"));
        QVERIFY(bucovina > 0);
        model.setOrganization(bucovina);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PartnershipTableModel::Edition).data().toString(),
                 QStringLiteral("2 (2021)"));
        QCOMPARE(model.index(0, PartnershipTableModel::Events).data().toInt(), 4);
        QCOMPARE(model.index(0, 0).data(PartnershipTableModel::OrganizationIdRole).toLongLong(),
                 bucovina);
    }

    void indicatorTableModel()
    {
        IndicatorTableModel model(m_db->connection());
        test::checkWithTester(&model);
        model.setEdition(m_edition);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, IndicatorTableModel::Achieved).data().toString(),
                 QStringLiteral("13"));
        QCOMPARE(model.index(0, IndicatorTableModel::Percent)
                     .data(IndicatorTableModel::RawValueRole)
                     .toDouble(),
                 100.0);
        QCOMPARE(model.index(1, IndicatorTableModel::Achieved).data().toString(),
                 QStringLiteral("over 600"));
        QVERIFY(model.index(1, IndicatorTableModel::Percent).data().isNull());
        model.setEdition(m_sipocaEdition);
        QCOMPARE(model.rowCount(), 18);
        QCOMPARE(model.index(0, IndicatorTableModel::Percent)
                     .data(IndicatorTableModel::RawValueRole)
                     .toDouble(),
                 200.0);
        QCOMPARE(model.index(4, IndicatorTableModel::Target).data().toString(),
                 QStringLiteral("at least 10"));
    }

    void calendarListModel()
    {
        CalendarListModel model(m_db->connection());
        test::checkWithTester(&model);
        CalendarQuery q;
        q.from = QDate(2021, 9, 1);
        q.to = QDate(2021, 9, 30);
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CalendarListModel::Program).data().toString(),
                 QStringLiteral(u"Programul Promotorii Voluntariatului în România"));
        QCOMPARE(model.index(0, CalendarListModel::Edition).data().toString(),
                 QStringLiteral("2 (2021)"));
        QCOMPARE(model.rowsOn(QDate(2021, 9, 22)), QList<int>{1});
        q.from = QDate();
        q.to = QDate();
        q.kind = EventKind::Closing;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.entryAt(0));
        QVERIFY(!model.entryAt(1));
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProgramModels)
#include "tst_programmodels.moc"

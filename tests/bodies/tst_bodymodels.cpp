#include "DatabaseTest.h"
#include "ModelCells.h"

#include "bodies/BodyMeetingTableModel.h"
#include "bodies/BodyMemberTableModel.h"
#include "bodies/BodyRepository.h"
#include "bodies/BodyTableModel.h"
#include "demo/DemoDataset.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dc;

// The body lists over the demo dataset: structure (QAbstractItemModelTester), ids, raw values and
// the warnings of the working group (an expired mandate, a meeting below quorum); the demo loads
// once and adds nothing the second time (an empty database: prepare() loads the demo and counts).
class TestBodyModels final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    const QDate m_today{2025, 10, 1};

    qint64 body(const char *name) const
    {
        return BodyRepository(m_db->connection())
            .findBodyIdByName(QString::fromUtf8(name))
            .value_or(0);
    }

    void prepare() override
    {
        const Result<DemoSummary> demo = DemoDataset::load(m_db->connection());
        QVERIFY2(demo, qPrintable(demo.error()));
        QCOMPARE(demo->bodiesFunding.line(),
                 QStringLiteral("bodies: added 2, members: added 7, meetings: added 2, calls: "
                                "added 2, awards: added 5"));
    }

private Q_SLOTS:
    void demoLoadsOnce()
    {
        const Result<DemoSummary> again = DemoDataset::load(m_db->connection());
        QVERIFY(again);
        QCOMPARE(again->bodiesFunding.line(),
                 QStringLiteral("bodies: added 0, members: added 0, meetings: added 0, calls: "
                                "added 0, awards: added 0"));
        // The 1998 council of seed 000: 13 members for two years, none of them named by the seed,
        // so none recorded; the count is the seed's, in the notes.
        const qint64 council = body("Consiliul Consultativ al Prim-ministrului pentru Relația cu "
                                    "Organizațiile Neguvernamentale");
        QVERIFY(council > 0);
        const BodyRepository repository(m_db->connection());
        QCOMPARE(repository.members(council).size(), 0);
        QVERIFY(repository.body(council)->notes.startsWith(QLatin1String("13 membri")));
        QVERIFY(!repository.body(council)->dissolvedOn.isValid());
        QCOMPARE(repository.body(council)->mandateMonths, 24);
        QCOMPARE(repository.body(council)->actNumber, QStringLiteral("232"));
    }

    void bodies()
    {
        BodyTableModel model(m_db->connection(), m_today);
        test::checkWithTester(&model);
        QCOMPARE(model.columnCount(), int(BodyTableModel::ColumnCount));
        QCOMPARE(model.rowCount(), 2);
        const int group =
            test::rowWith(model, BodyTableModel::Name,
                          QStringLiteral("Grupul de lucru pentru voluntariat (fictiv)"));
        QVERIFY(group >= 0);
        QCOMPARE(model.index(group, 0).data(RecordTableModel::IdRole).toLongLong(),
                 body("Grupul de lucru pentru voluntariat (fictiv)"));
        QCOMPARE(test::rawValue(model, group, BodyTableModel::Kind).toString(),
                 QStringLiteral("working_group"));
        QCOMPARE(model.index(group, BodyTableModel::Kind).data().toString(),
                 QStringLiteral("working group"));
        // On 2025-10-01 the chair and four members serve (the agency's seat is open-ended); the
        // alternate and the secretariat do not count.
        QCOMPARE(model.index(group, BodyTableModel::Serving).data().toInt(), 5);
        // One meeting below the quorum of 5 (the second: chair, one member, the alternate, the
        // secretariat).
        QVERIFY(model.index(group, 0).data(RecordTableModel::WarningRole).toBool());
        QVERIFY(model.index(group, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("below the quorum")));
        const int council = 1 - group;
        QVERIFY(!model.index(council, 0)
                     .data(RecordTableModel::WarningRole)
                     .toBool()); // dissolved: history
        model.sort(BodyTableModel::Serving, Qt::DescendingOrder);
        QCOMPARE(model.index(0, BodyTableModel::Name).data().toString(),
                 QStringLiteral("Grupul de lucru pentru voluntariat (fictiv)"));
    }

    void members()
    {
        const qint64 group = body("Grupul de lucru pentru voluntariat (fictiv)");
        // After 2026-06-30 the mandate of the (fictitious) volunteering centre has ended without
        // renewal.
        BodyMemberTableModel model(m_db->connection(), group, QDate(2026, 8, 1));
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 7);
        const int fsc = test::rowWith(model, BodyMemberTableModel::Member,
                                      QStringLiteral("Centrul de Voluntariat Model (fictiv)"));
        QVERIFY(fsc >= 0);
        QVERIFY(model.index(fsc, 0).data(RecordTableModel::WarningRole).toBool());
        QCOMPARE(test::rawValue(model, fsc, BodyMemberTableModel::MandateEnd).toString(),
                 QStringLiteral("2026-06-30"));
        QCOMPARE(model.index(fsc, BodyMemberTableModel::MandateEnd).data().toString(),
                 QStringLiteral("30.06.2026"));
        // The chair (a fictitious association) came to both meetings.
        const int chair = test::rowWith(model, BodyMemberTableModel::Role, QStringLiteral("chair"));
        QCOMPARE(test::rawValue(model, chair, BodyMemberTableModel::Attendance).toInt(), 100);
        QCOMPARE(model.index(chair, BodyMemberTableModel::Attendance).data().toString(),
                 QStringLiteral("100% (2 of 2)"));
        model.setBody(0);
        QCOMPARE(model.rowCount(), 7);
        model.sort(BodyMemberTableModel::MandateStart);
        QCOMPARE(test::rawValue(model, 0, BodyMemberTableModel::MandateStart).toString(),
                 QStringLiteral("2025-02-03"));
    }

    void meetings()
    {
        const qint64 group = body("Grupul de lucru pentru voluntariat (fictiv)");
        BodyMeetingTableModel model(m_db->connection(), group);
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(test::rawValue(model, 0, BodyMeetingTableModel::Date).toString(),
                 QStringLiteral("2025-03-12"));
        QVERIFY(!model.index(0, 0).data(RecordTableModel::WarningRole).toBool());
        QVERIFY(model.index(1, 0).data(RecordTableModel::WarningRole).toBool());
        QCOMPARE(model.index(1, BodyMeetingTableModel::MinutesPublished).data().toString(),
                 QStringLiteral("not published"));
        model.setBody(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBodyModels)
#include "tst_bodymodels.moc"

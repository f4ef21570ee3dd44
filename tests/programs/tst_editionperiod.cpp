#include "DatabaseTest.h"
#include "RawSql.h"
#include "Seeding.h"
#include "programs/EventConflicts.h"
#include "programs/EventRepository.h"
#include "programs/ProgramRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

// An edition's period may be unknown (no seed gives the 2021 edition's): step 10 rebuilds the
// edition table without NOT NULL on its dates, keeping ids and the rows that refer to them; an
// event outside a stated period is saved with a warning instead of being refused.
class TestEditionPeriod final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_program = 0;

    qint64 addEdition(const QDate &start, const QDate &end)
    {
        Edition e;
        e.programId = m_program;
        e.number = 1;
        e.year = 2021;
        e.startDate = start;
        e.endDate = end;
        const Result<qint64> id = ProgramRepository(m_db->connection()).addEdition(e);
        return id ? *id : 0;
    }

    Event conference(qint64 edition, const QDate &date)
    {
        Event e;
        e.editionId = edition;
        e.kind = EventKind::Conference;
        e.number = 1;
        e.date = date;
        return e;
    }

    void prepare() override
    {
        m_program = test::addProgram(m_db->connection(), QStringLiteral("Programul Gama"));
        QVERIFY(m_program > 0);
    }

private Q_SLOTS:
    void stepTenKeepsTheEditionsAndWhatRefersToThem()
    {
        // A database at step 8 with an edition, its event, indicator and partnership.
        auto opened = test::upgradedDatabase(
            m_db->filePath(QStringLiteral("v8.sqlite")), 10,
            {QStringLiteral("INSERT INTO program (id, name, name_sort, name_folded, created_at, "
                            "updated_at) VALUES (7, 'P', 'P', 'p', '', '')"),
             QStringLiteral(
                 "INSERT INTO edition (id, program_id, number, year, start_date, end_date, status, "
                 "created_at, updated_at, synthesis_conclusion) VALUES (41, 7, 2, 2021, "
                 "'2021-01-01', '2021-12-31', 'closed', 'c', 'u', 'Concluzie')"),
             QStringLiteral(
                 "INSERT INTO event (id, edition_id, kind, number, event_date, uid, created_at, "
                 "updated_at) VALUES (5, 41, 'closing', 1, '2021-12-06', 'u5', '', '')"),
             QStringLiteral("INSERT INTO indicator (id, edition_id, name, achieved, "
                            "achieved_at_least) VALUES (3, 41, 'Participanți', 600, 1)"),
             QStringLiteral("INSERT INTO indicator (id, edition_id, name, target, target_at_least) "
                            "VALUES (4, 41, 'ONG', 10, 1)"),
             QStringLiteral("INSERT INTO organization (id, name, name_sort, name_folded, "
                            "county_id, created_at, updated_at) VALUES (9, 'Asociația X', 'x', "
                            "'asociatia x', (SELECT min(id) FROM county), '', '')"),
             QStringLiteral("INSERT INTO partnership (edition_id, organization_id, role) VALUES "
                            "(41, 9, 'promoter')")});
        QVERIFY2(opened, qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        QVERIFY(opened.value()->schemaVersion() >= 10);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT count(*) FROM edition WHERE id = 41 AND "
                                            "synthesis_conclusion = 'Concluzie' "
                                            "AND start_date = '2021-01-01' AND created_at = 'c'")),
            1);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT edition_id FROM event WHERE id = 5")), 41);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT edition_id FROM indicator WHERE id = 3")),
                 41);
        // The at-least flags became qualifiers: "peste 600", "cel puțin 10".
        QCOMPARE(
            test::scalar(
                db, QStringLiteral("SELECT count(*) FROM indicator WHERE id = 3 AND "
                                   "achieved_qualifier = 'over' AND target_qualifier = 'exactly'")),
            1);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM indicator WHERE id = 4 AND "
                                                 "target_qualifier = 'at_least'")),
                 1);
        QCOMPARE(test::scalar(
                     db, QStringLiteral("SELECT count(*) FROM partnership WHERE edition_id = 41")),
                 1);
        QVERIFY(test::foreignKeysHold(db));
        QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA foreign_keys")),
                 1); // on again after the steps
        // The period may now be unknown, and the children still cascade with their edition.
        QVERIFY(test::exec(
            db,
            QStringLiteral("UPDATE edition SET start_date = NULL, end_date = NULL WHERE id = 41")));
        QVERIFY(test::exec(db, QStringLiteral("DELETE FROM edition WHERE id = 41")));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM event")), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM indicator")), 0);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('indicator') "
                                            "WHERE name LIKE '%at_least'")),
            0);
        QVERIFY(!test::exec(
            db, QStringLiteral("INSERT INTO event (edition_id, kind, number, event_date, "
                               "uid, created_at, updated_at) "
                               "VALUES (999, 'closing', 1, '2021-12-06', 'u6', '', '')")));
    }

    void anEditionMayHaveNoPeriod()
    {
        const qint64 id = addEdition(QDate(), QDate());
        QVERIFY(id > 0);
        const std::optional<Edition> stored = ProgramRepository(m_db->connection()).findEdition(id);
        QVERIFY(stored);
        QVERIFY(!stored->hasPeriod());
        QVERIFY(!stored->startDate.isValid());
        QVERIFY(!stored->endDate.isValid());
        QVERIFY(stored->contains(QDate(2021, 4, 28))); // its year
        QVERIFY(!stored->contains(QDate(2022, 1, 5)));
    }

    void anEndBeforeTheStartIsStillRefused()
    {
        Edition e;
        e.programId = m_program;
        e.number = 1;
        e.year = 2021;
        e.startDate = QDate(2021, 12, 31);
        e.endDate = QDate(2021, 1, 1);
        QVERIFY(
            validateEdition(e).join(QLatin1Char('\n')).contains(QLatin1String("before the start")));
    }

    void anEventOutsideAStatedPeriodIsAWarning_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("warned");
        QTest::newRow("inside") << QDate(2021, 4, 1) << QDate(2021, 11, 30) << QDate(2021, 5, 1)
                                << false;
        QTest::newRow("after the end")
            << QDate(2021, 4, 1) << QDate(2021, 11, 30) << QDate(2021, 12, 6) << true;
        QTest::newRow("before the start")
            << QDate(2021, 4, 1) << QDate(2021, 11, 30) << QDate(2021, 3, 31) << true;
        QTest::newRow("no period, same year") << QDate() << QDate() << QDate(2021, 12, 6) << false;
        QTest::newRow("no period, another year") << QDate() << QDate() << QDate(2022, 1, 5) << true;
        QTest::newRow("start only") << QDate(2021, 4, 1) << QDate() << QDate(2022, 1, 5) << false;
    }

    void anEventOutsideAStatedPeriodIsAWarning()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QDate, date);
        QFETCH(bool, warned);
        const qint64 edition = addEdition(start, end);
        QVERIFY(edition > 0);
        EventRepository events(m_db->connection());
        const Event event = conference(edition, date);
        const Result<qint64> id = events.add(event);
        QVERIFY2(id, qPrintable(id.error())); // saved either way
        QCOMPARE(events.find(*id)->date, date);
        bool found = false;
        for (const EventWarning &w : events.warningsFor(event)) {
            if (w.kind == EventWarning::Kind::OutsideEditionPeriod) {
                found = true;
                QVERIFY2(w.message.contains(date.toString(Qt::ISODate)), qPrintable(w.message));
            }
        }
        QCOMPARE(found, warned);
    }

    void aPeriodNoLongerCoveringItsEventsCanBeSaved()
    {
        // Was a refusal before issue 15: the events stay, each with its warning.
        const qint64 edition = addEdition(QDate(2021, 1, 1), QDate(2021, 12, 31));
        EventRepository events(m_db->connection());
        QVERIFY(events.add(conference(edition, QDate(2021, 11, 1))));
        ProgramRepository programs(m_db->connection());
        Edition e = *programs.findEdition(edition);
        e.endDate = QDate(2021, 6, 30);
        QVERIFY(programs.updateEdition(e));
        QCOMPARE(programs.findEdition(edition)->endDate, QDate(2021, 6, 30));
    }
};

QTEST_GUILESS_MAIN(TestEditionPeriod)
#include "tst_editionperiod.moc"

#include "DatabaseTest.h"
#include "ModelCells.h"
#include "RawSql.h"
#include "Seeding.h"
#include "programs/CalendarListModel.h"
#include "programs/EventRepository.h"
#include "programs/ICalendarWriter.h"
#include "programs/OrganizationRemoval.h"
#include "programs/PartnershipRepository.h"
#include "programs/ProgramRepository.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

// Seed 000: the Service "inițiază, organizează și sprijină evenimente proprii sau propuse de alte
// autorități publice și organizații neguvernamentale". An event may belong to no program, with
// the Service, an institution or an organization as its organizer; step 12 rebuilds the event
// table so that edition_id may be NULL, keeping every event and what refers to it.
class TestEventsWithoutProgram final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_edition = 0;
    qint64 m_organization = 0;
    qint64 m_institution = 0;

    // Fictitious records: the seeds give no event of the Service outside its programs.
    static Event roundTable(const QDate &date)
    {
        Event e;
        e.kind = EventKind::RoundTable;
        e.number = 1;
        e.title = QStringLiteral("Masă rotundă (fictivă)");
        e.date = date;
        return e;
    }

    void prepare() override
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 program = test::addProgram(db, QStringLiteral("Programul Gama (fictiv)"));
        QVERIFY(program > 0);
        Edition e = test::wholeYearEdition(program, 1, 2021);
        e.startDate = QDate(2021, 3, 1);
        e.endDate = QDate(2021, 6, 30);
        const Result<qint64> edition = ProgramRepository(db).addEdition(e);
        QVERIFY2(edition, qPrintable(edition.error()));
        m_edition = *edition;
        m_organization = test::addOrganization(db, QStringLiteral("Asociația Delta (fictivă)"));
        QVERIFY(m_organization > 0);
        m_institution = test::addInstitution(db, QStringLiteral("Ministerul Exemplu (fictiv)"));
        QVERIFY(m_institution > 0);
    }

private Q_SLOTS:
    void stepTwelveKeepsTheEventsAndWhatRefersToThem()
    {
        // A database at step 11 with an event, its region, co-organizer and attendee.
        auto opened = test::upgradedDatabase(
            m_db->filePath(QStringLiteral("v11.sqlite")), 12,
            {QStringLiteral("INSERT INTO program (id, name, name_sort, name_folded, created_at, "
                            "updated_at) VALUES (7, 'P', 'P', 'p', '', '')"),
             QStringLiteral("INSERT INTO edition (id, program_id, number, year, status, "
                            "created_at, updated_at) VALUES (41, 7, 2, 2021, 'closed', 'c', 'u')"),
             QStringLiteral("INSERT INTO event (id, edition_id, kind, number, event_date, uid, "
                            "sequence, created_at, updated_at, notes) VALUES (5, 41, 'closing', 1, "
                            "'2021-12-06', 'u5', 3, 'c', 'u', 'Nota')"),
             QStringLiteral("INSERT INTO organization (id, name, name_sort, name_folded, "
                            "county_id, created_at, updated_at) VALUES (9, 'Asociația X', 'x', "
                            "'asociatia x', (SELECT min(id) FROM county), '', '')"),
             QStringLiteral("INSERT INTO event_region VALUES (5, 1)"),
             QStringLiteral("INSERT INTO event_coorganizer VALUES (5, 9, 0)"),
             QStringLiteral("INSERT INTO event_attendee VALUES (5, 9)")});
        QVERIFY2(opened, qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        QVERIFY(opened.value()->schemaVersion() >= 12);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT count(*) FROM event WHERE id = 5 AND "
                                            "edition_id = 41 AND uid = 'u5' AND sequence = 3 AND "
                                            "notes = 'Nota' AND created_at = 'c'")),
            1);
        QCOMPARE(test::scalar(
                     db, QStringLiteral("SELECT count(*) FROM event_region WHERE event_id = 5")),
                 1);
        QCOMPARE(test::scalar(db, QStringLiteral(
                                      "SELECT count(*) FROM event_coorganizer WHERE event_id = 5")),
                 1);
        QCOMPARE(test::scalar(
                     db, QStringLiteral("SELECT count(*) FROM event_attendee WHERE event_id = 5")),
                 1);
        QVERIFY(test::foreignKeysHold(db));
        QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
        // The children still refer to the rebuilt table: deleting the edition cascades.
        QVERIFY(test::exec(db, QStringLiteral("DELETE FROM edition WHERE id = 41")));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM event")), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM event_region")), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM event_coorganizer")), 0);
        // An event may now have no edition, but not two organizers.
        QVERIFY(test::exec(db, QStringLiteral("INSERT INTO event (kind, number, event_date, uid, "
                                              "created_at, updated_at) VALUES ('conference', 1, "
                                              "'2022-03-01', 'u7', '', '')")));
        QVERIFY(
            !test::exec(db, QStringLiteral("INSERT INTO event (kind, number, event_date, uid, "
                                           "created_at, updated_at) VALUES ('conference', 1, "
                                           "'2022-03-02', 'u8', '', '')"))); // its number is taken
    }

    void anEventOfNoProgramIsSavedWithItsOrganizer_data()
    {
        QTest::addColumn<int>("organizer"); // 0 the Service, 1 an institution, 2 an organization
        QTest::addColumn<QString>("belongsTo");
        QTest::newRow("the Service") << 0 << QStringLiteral("The Service's own event");
        QTest::newRow("an institution")
            << 1 << QStringLiteral("Organized by Ministerul Exemplu (fictiv)");
        QTest::newRow("an organization")
            << 2 << QStringLiteral("Organized by Asociația Delta (fictivă)");
    }

    void anEventOfNoProgramIsSavedWithItsOrganizer()
    {
        QFETCH(int, organizer);
        QFETCH(QString, belongsTo);
        EventRepository events(m_db->connection());
        Event e = roundTable(QDate(2022, 3, 1));
        if (organizer == 1)
            e.organizerInstitutionId = m_institution;
        if (organizer == 2)
            e.organizerOrganizationId = m_organization;
        const Result<qint64> id = events.add(e);
        QVERIFY2(id, qPrintable(id.error()));
        const std::optional<Event> stored = events.find(*id);
        QVERIFY(stored);
        QVERIFY(!stored->hasProgram());
        QCOMPARE(stored->organizerInstitutionId, e.organizerInstitutionId);
        QCOMPARE(stored->organizerOrganizationId, e.organizerOrganizationId);
        QCOMPARE(
            test::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM event WHERE edition_id IS NULL")),
            1);

        CalendarQuery query;
        query.from = QDate(2022, 1, 1);
        query.to = QDate(2022, 12, 31);
        const QList<CalendarEntry> entries = events.calendar(query);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().editionId, qint64(0));
        QCOMPARE(entries.first().programName, QString());
        QCOMPARE(entries.first().belongsTo(), belongsTo);
        query.withoutProgram = true;
        QCOMPARE(events.calendar(query).size(), 1);

        // The organization sees the event it organizes among its own.
        CalendarQuery ofOrganization;
        ofOrganization.organizationId = m_organization;
        QCOMPARE(events.calendar(ofOrganization).size(), organizer == 2 ? 1 : 0);

        // An edit keeps the event without program; the sequence grows.
        Event changed = *stored;
        changed.place = QStringLiteral("București");
        QVERIFY(events.update(changed));
        QCOMPARE(events.find(*id)->sequence, 1);
        QVERIFY(!events.find(*id)->hasProgram());
    }

    void numbersAreUniqueAmongTheEventsOfNoProgram()
    {
        EventRepository events(m_db->connection());
        QVERIFY(events.add(roundTable(QDate(2022, 3, 1))));
        QCOMPARE(events.nextNumber(0, EventKind::RoundTable), 2);
        QCOMPARE(events.nextNumber(m_edition, EventKind::RoundTable), 1);
        const Result<qint64> again = events.add(roundTable(QDate(2022, 4, 1)));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("no program")), qPrintable(again.error()));
        // The same number in an edition is another event.
        Event ofEdition = roundTable(QDate(2021, 4, 1));
        ofEdition.editionId = m_edition;
        QVERIFY(events.add(ofEdition));
    }

    void twoOrganizersOrAMissingOneAreRefusedAndNothingIsWritten()
    {
        EventRepository events(m_db->connection());
        Event e = roundTable(QDate(2022, 3, 1));
        e.organizerInstitutionId = m_institution;
        e.organizerOrganizationId = m_organization;
        Result<qint64> id = events.add(e);
        QVERIFY(!id);
        QVERIFY2(id.error().startsWith(QLatin1String("Organizer:")), qPrintable(id.error()));
        e.organizerInstitutionId = 0;
        e.organizerOrganizationId = 999;
        id = events.add(e);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QLatin1String("999")), qPrintable(id.error()));
        QCOMPARE(test::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM event")), 0);
    }

    void conflictRulesKeepWorkingWithoutAnEdition()
    {
        EventRepository events(m_db->connection());
        // A videoconference of the edition for region 1 on 1 April 2021.
        const Event ofEdition = test::videoconference(m_edition, 1, QDate(2021, 4, 1), {1});
        QVERIFY(events.add(ofEdition));

        // An event of no program, the same day and region: warned, named as the edition's.
        Event own = roundTable(QDate(2021, 4, 1));
        own.regionIds = {1};
        own.coorganizerIds = {m_organization}; // no edition, so no "not a partner" warning
        QList<EventWarning> warnings = events.warningsFor(own);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, EventWarning::Kind::SameDayAndRegion);
        QVERIFY2(warnings.first().message.contains(QLatin1String("Programul Gama")),
                 qPrintable(warnings.first().message));
        // Far from any edition's period: no "outside the period" warning without an edition.
        own.date = QDate(2030, 1, 1);
        QVERIFY(events.warningsFor(own).isEmpty());
        own.date = QDate(2021, 4, 1);
        QVERIFY(events.add(own));

        // The other way round: the edition's event is warned of the event of no program.
        Event second = ofEdition;
        second.number = 2;
        warnings = events.warningsFor(second);
        QCOMPARE(warnings.size(), 2); // the videoconference no. 1 and the round table
        bool namesTheOwnEvent = false;
        for (const EventWarning &w : warnings)
            namesTheOwnEvent |= w.message.contains(QLatin1String("(of no program)")) &&
                                w.message.contains(QStringLiteral(u"Masă rotundă (fictivă)"));
        QVERIFY(namesTheOwnEvent);

        // A date outside the edition's period stays a warning for the edition's events.
        second.date = QDate(2021, 12, 1);
        warnings = events.warningsFor(second);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, EventWarning::Kind::OutsideEditionPeriod);
    }

    void theCalendarFileSaysWhoOrganizesIt()
    {
        EventRepository events(m_db->connection());
        Event e = roundTable(QDate(2022, 3, 1));
        e.organizerInstitutionId = m_institution;
        QVERIFY(events.add(e));
        Event ofEdition = roundTable(QDate(2021, 4, 1));
        ofEdition.editionId = m_edition;
        QVERIFY(events.add(ofEdition));
        const QByteArray ics =
            ICalendarWriter::document(events.calendar({}), QStringLiteral("Test"),
                                      QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC));
        const QString text = QString::fromUtf8(ics);
        QVERIFY2(text.contains(QStringLiteral(u"SUMMARY:Masă rotundă (fictivă)\r\n")),
                 qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral(u"DESCRIPTION:Organized by Ministerul Exemplu (fictiv)")));
        // The edition's event keeps its program in the summary.
        QVERIFY(text.contains(
            QStringLiteral(u"SUMMARY:Masă rotundă (fictivă) – Programul Gama (fictiv)")));
        QCOMPARE(text.count(QLatin1String("BEGIN:VEVENT")), 2);
    }

    void theCalendarListShowsTheOrganizerInsteadOfAProgram()
    {
        EventRepository events(m_db->connection());
        Event e = roundTable(QDate(2022, 3, 1));
        e.organizerOrganizationId = m_organization;
        QVERIFY(events.add(e));
        CalendarListModel model(m_db->connection());
        test::checkWithTester(&model);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CalendarListModel::Program).data().toString(),
                 QStringLiteral(u"Organized by Asociația Delta (fictivă)"));
        QCOMPARE(model.index(0, CalendarListModel::Edition).data().toString(), QString());
    }

    void anOrganizerIsNotDeletedFromUnderItsEvent()
    {
        EventRepository events(m_db->connection());
        Event e = roundTable(QDate(2022, 3, 1));
        e.organizerOrganizationId = m_organization;
        QVERIFY(events.add(e));
        const Result<RemovedOrganization> removed =
            OrganizationRemoval::remove(m_db->connection(), m_organization);
        QVERIFY(!removed);
        QVERIFY2(removed.error().contains(QLatin1String("event(s) it organizes")),
                 qPrintable(removed.error()));
        e.number = 2;
        e.organizerOrganizationId = 0;
        e.organizerInstitutionId = m_institution;
        QVERIFY(events.add(e));
        QVERIFY(!InstitutionRepository(m_db->connection()).remove(m_institution));
        QCOMPARE(test::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM event")), 2);
    }
};

QTEST_GUILESS_MAIN(TestEventsWithoutProgram)
#include "tst_eventswithoutprogram.moc"

#include "DatabaseTest.h"
#include "Seeding.h"

#include "dashboard/DashboardData.h"
#include "programs/EventRepository.h"
#include "programs/ProgramRepository.h"
#include "registry/Geography.h"
#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"
#include "transparency/RomanianCalendar.h"

#include <QTest>

#include <memory>

using namespace dc;
using namespace dc::reports;

// The home page's own figures on a fixture, with "today" fixed at 2025-03-10: the current edition
// (the one with events to come, else the latest), its events ahead, the year of the transparency
// figures, and the legal deadlines within the next two weeks.
class TestDashboardData final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    const QDate m_today{2025, 3, 10};
    qint64 m_old = 0;
    qint64 m_current = 0;
    qint64 m_ministry = 0;
    int m_region = 0;

    void addEvent(qint64 edition, int number, const QDate &date,
                  EventStatus status = EventStatus::Planned)
    {
        Event e = test::videoconference(edition, number, date, {m_region});
        e.status = status;
        e.title = QStringLiteral("Videoconferința %1").arg(number);
        const Result<qint64> added = EventRepository(m_db->connection()).add(e);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error()));
    }

    qint64 addDraft(const QString &title, const QDate &announced, const QDate &deadline,
                    DraftActStatus status = DraftActStatus::Announced)
    {
        DraftAct d;
        d.institutionId = m_ministry;
        d.title = title;
        d.status = status;
        d.announcedOn = announced;
        d.announcedOnWebsite = true;
        d.recommendationsDeadline = deadline;
        if (status == DraftActStatus::Adopted) {
            d.submittedOn = deadline.addDays(40);
            d.adoptedOn = deadline.addDays(50);
        }
        const Result<qint64> added = DraftActRepository(m_db->connection()).add(d);
        return added.ok() ? added.value() : 0;
    }

    void prepare() override
    {
        m_region = *Geography::load(m_db->connection()).findRegion(QStringLiteral("N-E"));
        const QSqlDatabase db = m_db->connection();
        const qint64 program = test::addProgram(db, QStringLiteral("Dialog cu ONG-urile"));
        QVERIFY(program > 0);
        ProgramRepository programs(db);
        m_old = *programs.addEdition(test::wholeYearEdition(program, 1, 2024));
        m_current = *programs.addEdition(test::wholeYearEdition(program, 2, 2025));
        m_ministry = test::addInstitution(db, QStringLiteral("Ministerul Educației"));
    }

private Q_SLOTS:
    void emptyDatabase()
    {
        test::TestDatabase empty;
        QVERIFY(!DashboardData::currentEdition(empty.connection(), m_today));
        QCOMPARE(DashboardData::transparencyYear(empty.connection(), m_today), 2025);
        QVERIFY(DashboardData::deadlinesSoon(empty.connection(), m_today).isEmpty());
    }

    void currentEditionIsTheOneWithEventsAhead()
    {
        // No events at all: the latest edition.
        std::optional<CurrentEdition> current =
            DashboardData::currentEdition(m_db->connection(), m_today);
        QVERIFY(current);
        QCOMPARE(current->editionId, m_current);
        QCOMPARE(current->program, QStringLiteral("Dialog cu ONG-urile"));
        QCOMPARE(current->number, 2);
        // Issue 15: shown as the last edition, not the current one, when nothing is to come.
        QVERIFY(!current->upcoming);
        // Only the older edition has an event ahead (planned late in its year, seen from 2024).
        addEvent(m_old, 1, QDate(2024, 12, 20));
        current = DashboardData::currentEdition(m_db->connection(), QDate(2024, 12, 1));
        QCOMPARE(current->editionId, m_old);
        QVERIFY(current->upcoming);
        // Seen from 2025 its event is past: the latest again.
        current = DashboardData::currentEdition(m_db->connection(), m_today);
        QCOMPARE(current->editionId, m_current);
    }

    void upcomingEventsFromToday()
    {
        addEvent(m_current, 1, QDate(2025, 2, 20), EventStatus::Held);
        addEvent(m_current, 2, QDate(2025, 3, 10));
        addEvent(m_current, 3, QDate(2025, 4, 2));
        addEvent(m_current, 4, QDate(2025, 3, 20), EventStatus::Cancelled);
        addEvent(m_current, 5, QDate(2025, 3, 25), EventStatus::Postponed);
        const QList<UpcomingEvent> events =
            DashboardData::upcomingEvents(m_db->connection(), m_current, m_today);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).number, 2);
        QCOMPARE(events.at(0).date, m_today);
        QCOMPARE(events.at(1).number, 5);
        QCOMPARE(events.at(1).status, EventStatus::Postponed);
        QCOMPARE(events.at(2).number, 3);
        QCOMPARE(events.at(2).title, QStringLiteral("Videoconferința 3"));
        QCOMPARE(DashboardData::upcomingEvents(m_db->connection(), m_current, m_today, 1).size(),
                 1);
    }

    void transparencyYearIsTheLatestWithRecords()
    {
        QCOMPARE(DashboardData::transparencyYear(m_db->connection(), m_today), 2025);
        QVERIFY(addDraft(QStringLiteral("Proiect vechi"), QDate(2023, 5, 2), QDate(2023, 5, 20)) >
                0);
        QCOMPARE(DashboardData::transparencyYear(m_db->connection(), m_today), 2023);
        PublicMeeting m;
        m.institutionId = m_ministry;
        m.heldOn = QDate(2024, 6, 4);
        m.subject = QStringLiteral("Ședința consiliului");
        m.announcedOn = QDate(2024, 5, 30);
        QVERIFY(PublicMeetingRepository(m_db->connection()).add(m).ok());
        QCOMPARE(DashboardData::transparencyYear(m_db->connection(), m_today), 2024);
        // Records of a year still to come do not count.
        QVERIFY(addDraft(QStringLiteral("Proiect viitor"), QDate(2026, 1, 5), QDate(2026, 1, 20)) >
                0);
        QCOMPARE(DashboardData::transparencyYear(m_db->connection(), m_today), 2024);
    }

    void deadlinesWithinTheNextDays()
    {
        // Recommendations close in 4 days.
        const qint64 closing = addDraft(QStringLiteral("Proiect de lege privind voluntariatul"),
                                        QDate(2025, 2, 20), QDate(2025, 3, 14));
        // Closed in January, and its earliest submission day is past too.
        QVERIFY(addDraft(QStringLiteral("Proiect închis"), QDate(2025, 1, 2), QDate(2025, 1, 20)) >
                0);
        // Adopted: nothing to watch.
        QVERIFY(addDraft(QStringLiteral("Proiect adoptat"), QDate(2024, 10, 1), QDate(2025, 3, 12),
                         DraftActStatus::Adopted) > 0);
        // Announced on 2025-02-03: 30 working days later (2025-03-17) falls within the two weeks.
        const qint64 submission =
            addDraft(QStringLiteral("Proiect de hotărâre"), QDate(2025, 2, 3), QDate(2025, 2, 17));
        const QDate earliest = RomanianCalendar::addWorkingDays(QDate(2025, 2, 3), 30);
        QVERIFY(earliest >= m_today && earliest <= m_today.addDays(14));
        // A public meeting on 2025-03-15 not announced yet: to announce by 2025-03-12.
        PublicMeeting m;
        m.institutionId = m_ministry;
        m.heldOn = QDate(2025, 3, 15);
        m.subject = QStringLiteral("Dezbatere publică");
        const Result<qint64> meeting = PublicMeetingRepository(m_db->connection()).add(m);
        QVERIFY(meeting.ok());
        // An announced one is fine.
        m.heldOn = QDate(2025, 3, 16);
        m.announcedOn = QDate(2025, 3, 1);
        QVERIFY(PublicMeetingRepository(m_db->connection()).add(m).ok());

        const QList<DeadlineSoon> soon =
            DashboardData::deadlinesSoon(m_db->connection(), m_today, 14);
        QCOMPARE(soon.size(), 3);
        QCOMPARE(soon.at(0).kind, DeadlineSoon::Kind::MeetingAnnouncement);
        QCOMPARE(soon.at(0).recordId, meeting.value());
        QCOMPARE(soon.at(0).deadline, QDate(2025, 3, 12));
        QCOMPARE(soon.at(0).daysLeft, 2);
        QCOMPARE(soon.at(0).institutionId, m_ministry);
        QCOMPARE(soon.at(0).institution, QStringLiteral("Ministerul Educației"));
        QCOMPARE(soon.at(1).kind, DeadlineSoon::Kind::Recommendations);
        QCOMPARE(soon.at(1).recordId, closing);
        QCOMPARE(soon.at(1).daysLeft, 4);
        QCOMPARE(soon.at(1).title, QStringLiteral("Proiect de lege privind voluntariatul"));
        QCOMPARE(soon.at(2).kind, DeadlineSoon::Kind::EarliestSubmission);
        QCOMPARE(soon.at(2).recordId, submission);
        QCOMPARE(soon.at(2).deadline, earliest);
        // Once sent for endorsement, the draft's earliest day to send it is no longer watched.
        DraftActRepository drafts(m_db->connection());
        DraftAct sent = *drafts.find(submission);
        sent.sentForApprovalOn = QDate(2025, 3, 7);
        QVERIFY(drafts.update(sent).ok());
        QCOMPARE(DashboardData::deadlinesSoon(m_db->connection(), m_today, 14).size(), 2);
        sent.sentForApprovalOn = QDate();
        QVERIFY(drafts.update(sent).ok());

        // A shorter window leaves the later ones out.
        QCOMPARE(DashboardData::deadlinesSoon(m_db->connection(), m_today, 3).size(), 1);
        QVERIFY(!DashboardData::deadlineKindName(DeadlineSoon::Kind::Recommendations).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"

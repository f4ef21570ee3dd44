#include "DatabaseTest.h"
#include "Seeding.h"
#include "programs/EventConflicts.h"
#include "programs/EventRepository.h"
#include "programs/PartnershipRepository.h"
#include "programs/ProgramRepository.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Events: validation against the edition, numbers, the iCalendar UID and SEQUENCE, and the
// conflict rules that warn but never refuse.
class TestEventRepository final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_edition = 0;
    qint64 m_otherEdition = 0;
    qint64 m_partner = 0;
    qint64 m_outsider = 0;
    int m_northEast = 0;
    int m_centre = 0;

    qint64 addOrganization(const QString &name)
    {
        return test::addOrganization(m_db->connection(), name);
    }

    Event videoconference(int number, const QDate &date, const QList<int> &regions)
    {
        return test::videoconference(m_edition, number, date, regions);
    }

    void prepare() override
    {
        m_edition =
            test::addProgramEdition(m_db->connection(), QStringLiteral("Programul Test"), 1, 2021);
        m_otherEdition =
            test::addProgramEdition(m_db->connection(), QStringLiteral("Alt program"), 1, 2021);
        QVERIFY(m_edition && m_otherEdition);
        m_partner = addOrganization(QStringLiteral("Asociația Parteneră"));
        m_outsider = addOrganization(QStringLiteral("Asociația din Afară"));
        Partnership partnership;
        partnership.editionId = m_edition;
        partnership.organizationId = m_partner;
        QVERIFY(PartnershipRepository(m_db->connection()).add(partnership));
        const Geography g = Geography::load(m_db->connection());
        m_northEast = *g.findRegion(QStringLiteral("N-E"));
        m_centre = *g.findRegion(QStringLiteral("Centru"));
    }

private Q_SLOTS:
    void addsAnEventWithItsLinks()
    {
        EventRepository repo(m_db->connection());
        Event e = videoconference(1, QDate(2021, 4, 28), {m_centre, m_northEast});
        e.coorganizerIds = {m_partner};
        e.attendeeIds = {m_outsider};
        e.startTime = QTime(10, 0);
        e.durationMinutes = 120;
        e.otherThemes = {QStringLiteral("unu"), QStringLiteral("doi")};
        e.participantsNgo = 30;
        const Result<qint64> id = repo.add(e);
        QVERIFY2(id, qPrintable(id.error()));
        const auto stored = repo.find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->regionIds.size(), 2);
        QCOMPARE(stored->coorganizerIds, QList<qint64>{m_partner});
        QCOMPARE(stored->attendeeIds, QList<qint64>{m_outsider});
        QCOMPARE(stored->startTime, QTime(10, 0));
        QCOMPARE(stored->otherThemes, (QStringList{QStringLiteral("unu"), QStringLiteral("doi")}));
        QVERIFY(stored->uid.endsWith(QLatin1String("@dialogcivic")));
        QCOMPARE(stored->sequence, 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'event'")), 1);
        QCOMPARE(repo.nextNumber(m_edition, EventKind::Videoconference), 2);
        QCOMPARE(repo.nextNumber(m_edition, EventKind::Seminar), 1);
    }

    void refusesBadEvents_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("participants");
        QTest::addColumn<bool>("withRegion");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no date") << QDate() << 1 << 0 << true << QStringLiteral("needs a date");
        QTest::newRow("number zero")
            << QDate(2021, 5, 1) << 0 << 0 << true << QStringLiteral("Number");
        QTest::newRow("negative participants")
            << QDate(2021, 5, 1) << 1 << -3 << true << QStringLiteral("below zero");
        QTest::newRow("videoconference without a region")
            << QDate(2021, 5, 1) << 1 << 0 << false << QStringLiteral("Regions");
    }

    void refusesBadEvents()
    {
        QFETCH(QDate, date);
        QFETCH(int, number);
        QFETCH(int, participants);
        QFETCH(bool, withRegion);
        QFETCH(QString, problem);
        Event e =
            videoconference(number, date, withRegion ? QList<int>{m_northEast} : QList<int>{});
        if (participants)
            e.participantsOther = participants;
        const Result<qint64> id = EventRepository(m_db->connection()).add(e);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(problem), qPrintable(id.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_region")), 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'event'")), 0);
    }

    void refusesANumberUsedTwice()
    {
        EventRepository repo(m_db->connection());
        QVERIFY(repo.add(videoconference(1, QDate(2021, 4, 28), {m_northEast})));
        const Result<qint64> again = repo.add(videoconference(1, QDate(2021, 5, 12), {m_centre}));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("no. 1")), qPrintable(again.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event")), 1);
    }

    void anUnknownRegionLeavesNothingHalfSaved()
    {
        Event e = videoconference(1, QDate(2021, 4, 28), {m_northEast, 99});
        const Result<qint64> id = EventRepository(m_db->connection()).add(e);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QLatin1String("99")), qPrintable(id.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_region")), 0);
    }

    void updatesKeepTheUidAndRaiseTheSequence()
    {
        EventRepository repo(m_db->connection());
        const qint64 id = *repo.add(videoconference(1, QDate(2021, 4, 28), {m_northEast}));
        const QString uid = repo.find(id)->uid;
        QVERIFY(repo.move(id, QDate(2021, 4, 29), QTime(11, 30)));
        Event moved = *repo.find(id);
        QCOMPARE(moved.uid, uid);
        QCOMPARE(moved.sequence, 1);
        QCOMPARE(moved.date, QDate(2021, 4, 29));
        QCOMPARE(moved.startTime, QTime(11, 30));
        QVERIFY(repo.update(moved)); // nothing changed: no new version
        QCOMPARE(repo.find(id)->sequence, 1);
        // Outside the edition's period: saved, with a warning (issue 15; tst_editionperiod).
        QVERIFY(repo.move(id, QDate(2022, 2, 1)));
        QCOMPARE(repo.find(id)->date, QDate(2022, 2, 1));
        QVERIFY(repo.remove(id));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_region")), 0);
    }

    void conflictRules_data()
    {
        QTest::addColumn<QDate>("otherDate");
        QTest::addColumn<QString>("otherRegions"); // "ne", "c", "ne+c"
        QTest::addColumn<QString>("otherStatus");
        QTest::addColumn<int>("sameDayWarnings");
        QTest::newRow("same day, same region")
            << QDate(2021, 4, 28) << QStringLiteral("ne") << QStringLiteral("planned") << 1;
        QTest::newRow("same day, two shared regions")
            << QDate(2021, 4, 28) << QStringLiteral("ne+c") << QStringLiteral("held") << 2;
        QTest::newRow("same day, other region")
            << QDate(2021, 4, 28) << QStringLiteral("c") << QStringLiteral("planned") << 0;
        QTest::newRow("other day, same region")
            << QDate(2021, 4, 29) << QStringLiteral("ne") << QStringLiteral("planned") << 0;
        QTest::newRow("same day, cancelled")
            << QDate(2021, 4, 28) << QStringLiteral("ne") << QStringLiteral("cancelled") << 0;
        QTest::newRow("same day, postponed")
            << QDate(2021, 4, 28) << QStringLiteral("ne") << QStringLiteral("postponed") << 0;
    }

    void conflictRules()
    {
        QFETCH(QDate, otherDate);
        QFETCH(QString, otherRegions);
        QFETCH(QString, otherStatus);
        QFETCH(int, sameDayWarnings);
        Event candidate = videoconference(1, QDate(2021, 4, 28), {1, 2});
        candidate.id = 10;
        Event other = candidate;
        other.id = 11;
        other.date = otherDate;
        other.regionIds.clear();
        if (otherRegions.contains(QLatin1String("ne")))
            other.regionIds << 1;
        if (otherRegions.contains(QLatin1Char('c')))
            other.regionIds << 2;
        if (otherRegions == QLatin1String("c"))
            other.regionIds = {3};
        other.status = eventStatusFromCode(otherStatus);
        const QList<EventWarning> warnings =
            EventConflicts::check(candidate, {candidate, other}, {});
        QCOMPARE(warnings.size(), sameDayWarnings);
        for (const EventWarning &w : warnings) {
            QCOMPARE(w.kind, EventWarning::Kind::SameDayAndRegion);
            QCOMPARE(w.otherEventId, 11);
        }
    }

    void coorganizerOutsideTheEditionIsAWarning()
    {
        Event e = videoconference(1, QDate(2021, 4, 28), {1});
        e.coorganizerIds = {5, 6};
        const QList<EventWarning> warnings = EventConflicts::check(e, {}, {5});
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, EventWarning::Kind::CoorganizerNotPartner);
        QCOMPARE(warnings.first().organizationId, 6);
    }

    void warningsNameTheOtherEventAndDoNotRefuse()
    {
        EventRepository repo(m_db->connection());
        Event first = videoconference(1, QDate(2021, 4, 28), {m_northEast});
        first.editionId = m_otherEdition;
        QVERIFY(repo.add(first));
        Event second = videoconference(1, QDate(2021, 4, 28), {m_northEast, m_centre});
        second.coorganizerIds = {m_partner, m_outsider};
        const QList<EventWarning> warnings = repo.warningsFor(second);
        QCOMPARE(warnings.size(), 2);
        QStringList messages;
        for (const EventWarning &w : warnings)
            messages << w.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Alt program")) &&
                     all.contains(QLatin1String("Nord-Est")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(u"Asociația din Afară")), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral(u"Asociația Parteneră")));
        QVERIFY(repo.add(second)); // a warning, not a refusal
    }

    void calendarFiltersByPeriodKindAndEdition()
    {
        EventRepository repo(m_db->connection());
        QVERIFY(repo.add(videoconference(1, QDate(2021, 4, 28), {m_northEast})));
        QVERIFY(repo.add(videoconference(2, QDate(2021, 5, 12), {m_centre, m_northEast})));
        Event seminar;
        seminar.editionId = m_edition;
        seminar.kind = EventKind::Seminar;
        seminar.number = 1;
        seminar.date = QDate(2021, 5, 12);
        seminar.startTime = QTime(9, 0);
        QVERIFY(repo.add(seminar));
        CalendarQuery q;
        q.from = QDate(2021, 5, 1);
        q.to = QDate(2021, 5, 31);
        QList<CalendarEntry> entries = repo.calendar(q);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().kind, EventKind::Videoconference); // no time sorts first
        QCOMPARE(entries.first().regions,
                 (QStringList{QStringLiteral("Nord-Est"), QStringLiteral("Centru")}));
        q.kind = EventKind::Seminar;
        entries = repo.calendar(q);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().startTime, QTime(9, 0));
        CalendarQuery byEdition;
        byEdition.editionId = m_otherEdition;
        QVERIFY(repo.calendar(byEdition).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"

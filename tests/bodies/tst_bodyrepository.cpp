#include "DatabaseTest.h"

#include "bodies/BodyRepository.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Consultative bodies, members and meetings in the database: each write one transaction with its
// audit rows, bad records refused with nothing written, an organization's seats across bodies.
class TestBodyRepository final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_org = 0;
    qint64 m_otherOrg = 0;
    qint64 m_institution = 0;

    qint64 addBody(const QString &name, std::optional<int> quorum = 2)
    {
        ConsultativeBody b;
        b.name = name;
        b.kind = BodyKind::College;
        b.quorum = quorum;
        b.secretariatInstitutionId = m_institution;
        const Result<qint64> id = BodyRepository(m_db->connection()).addBody(b);
        return id ? id.value() : 0;
    }

    qint64 addMember(qint64 body, qint64 org, MemberRole role = MemberRole::Member)
    {
        BodyMember m;
        m.bodyId = body;
        m.organizationId = org;
        m.representative = QStringLiteral("  Ana   Test ");
        m.role = role;
        m.mandateStart = QDate(2025, 1, 1);
        m.mandateEnd = QDate(2026, 12, 31);
        const Result<qint64> id = BodyRepository(m_db->connection()).addMember(m);
        return id ? id.value() : 0;
    }

    void prepare() override
    {
        OrganizationRepository organizations(m_db->connection());
        Organization o;
        o.name = QStringLiteral("Asociația Alfa");
        o.countyId = 14;
        m_org = organizations.add(o).value();
        o.name = QStringLiteral("Fundația Beta");
        m_otherOrg = organizations.add(o).value();
        Institution i;
        i.name = QStringLiteral("Secretariatul Test");
        m_institution = InstitutionRepository(m_db->connection()).add(i).value();
    }

private Q_SLOTS:
    void addsBodyMembersAndMeetingWithAudit()
    {
        const qint64 body = addBody(QStringLiteral("Colegiul pentru Consultare"));
        QVERIFY(body > 0);
        const qint64 a = addMember(body, m_org, MemberRole::Chair);
        const qint64 b = addMember(body, m_otherOrg);
        QVERIFY(a > 0 && b > 0);
        BodyRepository repository(m_db->connection());
        QCOMPARE(repository.member(a)->representative, QStringLiteral("Ana Test"));
        BodyMeeting meeting;
        meeting.bodyId = body;
        meeting.heldOn = QDate(2025, 3, 1);
        meeting.agenda = QStringLiteral("Regulament");
        meeting.attendees = {b, a, a};
        const Result<qint64> m = repository.addMeeting(meeting);
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(repository.meeting(m.value())->attendees, (QList<qint64>{a, b}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name IN "
                                       "('consultative_body', 'body_member', 'body_meeting')")),
                 4);
        // Updating the attendance replaces it.
        BodyMeeting changed = *repository.meeting(m.value());
        changed.attendees = {a};
        changed.minutesPublished = true;
        QVERIFY(repository.updateMeeting(changed));
        QCOMPARE(repository.meeting(m.value())->attendees, QList<qint64>{a});
        QVERIFY(repository.meeting(m.value())->minutesPublished);
        // Removing the body takes its members and meetings, each with its audit row.
        QVERIFY(repository.removeBody(body));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM body_member")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM body_meeting_attendance")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")),
                 4);
    }

    void refusesBadRecords_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("problem");
        QTest::newRow("duplicate body name")
            << QStringLiteral("duplicateName") << QStringLiteral("already exists");
        QTest::newRow("member of no body") << QStringLiteral("noBody") << QStringLiteral("Body");
        QTest::newRow("unknown organization")
            << QStringLiteral("unknownOrganization") << QStringLiteral("organization no. 999");
        QTest::newRow("attendee of another body")
            << QStringLiteral("foreignAttendee") << QStringLiteral("not a member of this body");
    }
    void refusesBadRecords()
    {
        QFETCH(QString, case_);
        QFETCH(QString, problem);
        const qint64 body = addBody(QStringLiteral("Grupul A"));
        const qint64 other = addBody(QStringLiteral("Grupul B"));
        const qint64 foreign = addMember(other, m_org);
        const int auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        BodyRepository repository(m_db->connection());
        QString error;
        if (case_ == QLatin1String("duplicateName")) {
            ConsultativeBody b;
            b.name = QStringLiteral("GRUPUL a");
            error = repository.addBody(b).error();
        } else if (case_ == QLatin1String("noBody") ||
                   case_ == QLatin1String("unknownOrganization")) {
            BodyMember m;
            m.bodyId = case_ == QLatin1String("noBody") ? 0 : body;
            m.organizationId = case_ == QLatin1String("noBody") ? m_org : 999;
            m.mandateStart = QDate(2025, 1, 1);
            error = repository.addMember(m).error();
        } else {
            BodyMeeting m;
            m.bodyId = body;
            m.heldOn = QDate(2025, 1, 1);
            m.attendees = {foreign};
            error = repository.addMeeting(m).error();
        }
        QVERIFY2(error.contains(problem), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    }

    void seatsAcrossBodies()
    {
        const qint64 a = addBody(QStringLiteral("Consiliul Z"));
        const qint64 b = addBody(QStringLiteral("Colegiul A"));
        addMember(a, m_org);
        addMember(b, m_org, MemberRole::Alternate);
        addMember(b, m_otherOrg);
        BodyMember inst;
        inst.bodyId = b;
        inst.institutionId = m_institution;
        inst.role = MemberRole::Secretariat;
        inst.mandateStart = QDate(2025, 1, 1);
        QVERIFY(BodyRepository(m_db->connection()).addMember(inst));
        const QList<Seat> all = BodyRepository(m_db->connection()).seats();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().bodyName, QStringLiteral("Colegiul A")); // alphabetical
        QCOMPARE(all.last().bodyName, QStringLiteral("Consiliul Z"));
        const QList<Seat> mine = BodyRepository(m_db->connection()).seats(m_org);
        QCOMPARE(mine.size(), 2);
        for (const Seat &s : mine)
            QCOMPARE(s.memberName, QStringLiteral("Asociația Alfa"));
        bool institutionNamed = false;
        for (const Seat &s : all)
            institutionNamed =
                institutionNamed || s.memberName == QLatin1String("Secretariatul Test");
        QVERIFY(institutionNamed);
    }
};

QTEST_GUILESS_MAIN(TestBodyRepository)
#include "tst_bodyrepository.moc"

#include "DatabaseTest.h"
#include "DocumentSet.h"

#include "bodies/BodyRepository.h"
#include "documents/BodyMembershipList.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dc;
using namespace dc::reports;

// A consultative body's membership list as data: members with representatives, roles and
// mandates, meetings with who came, attendance rates, warnings, and the figures behind them.
class TestBodyMembershipList final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_body = 0;
    qint64 m_chair = 0, m_member = 0, m_alternate = 0;

    void prepare() override
    {
        const QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM county WHERE code = 'CJ'")) && q.next());
        const int cluj = q.value(0).toInt();
        OrganizationRepository organizations(db);
        Organization alfa;
        alfa.name = QStringLiteral("Asociația Alfa (fictivă)");
        alfa.countyId = cluj;
        Organization beta;
        beta.name = QStringLiteral("Fundația Beta (fictivă)");
        beta.countyId = cluj;
        const qint64 a = organizations.add(alfa).value();
        const qint64 b = organizations.add(beta).value();
        Institution ministry;
        ministry.name = QStringLiteral("Ministerul Exemplului");
        ministry.kind = InstitutionKind::Ministry;
        const qint64 m = InstitutionRepository(db).add(ministry).value();

        BodyRepository repository(db);
        ConsultativeBody body;
        body.name = QStringLiteral("Colegiul de test");
        body.kind = BodyKind::College;
        body.actNumber = QStringLiteral("HG 1/2024");
        body.actDate = QDate(2024, 1, 10);
        body.secretariatInstitutionId = m;
        body.mandateMonths = 24;
        body.quorum = 2;
        body.activeFrom = QDate(2024, 1, 10);
        m_body = repository.addBody(body).value();
        auto seat = [&](qint64 org, qint64 inst, const char *who, MemberRole role, QDate start,
                        QDate end) {
            BodyMember s;
            s.bodyId = m_body;
            s.organizationId = org;
            s.institutionId = inst;
            s.representative = QString::fromUtf8(who);
            s.role = role;
            s.mandateStart = start;
            s.mandateEnd = end;
            return repository.addMember(s).value();
        };
        m_chair = seat(0, m, "Ioana Pop", MemberRole::Chair, QDate(2024, 2, 1), QDate());
        m_member = seat(a, 0, "Dan Ene", MemberRole::Member, QDate(2024, 2, 1), QDate(2025, 1, 31));
        m_alternate = seat(b, 0, "Ana Lupu", MemberRole::Alternate, QDate(2024, 2, 1), QDate());
        BodyMeeting first;
        first.bodyId = m_body;
        first.heldOn = QDate(2024, 3, 5);
        first.agenda = QStringLiteral("Regulamentul");
        first.attendees = {m_chair, m_member};
        first.minutesPublished = true;
        QVERIFY(repository.addMeeting(first));
        BodyMeeting second;
        second.bodyId = m_body;
        second.heldOn = QDate(2024, 9, 5);
        second.agenda = QStringLiteral("Bugetul");
        second.attendees = {m_chair, m_alternate};
        QVERIFY(repository.addMeeting(second));
    }

private Q_SLOTS:
    void membersMeetingsAttendance()
    {
        const ReportDocument doc =
            BodyMembershipList::build(m_db->connection(), m_body, QDate(2025, 6, 1));
        QCOMPARE(doc.title, QStringLiteral("Membership list"));
        QCOMPARE(doc.subtitle, QStringLiteral("Colegiul de test"));
        QVERIFY(doc.blocks.first().text.contains(QStringLiteral("HG 1/2024")));
        QVERIFY(doc.blocks.first().text.contains(QStringLiteral("Ministerul Exemplului")));

        const TableSpec *members = test::tableAfter(doc, QStringLiteral("Members"));
        QVERIFY(members);
        QCOMPARE(members->rows.size(), 3);
        QCOMPARE(members->rows.at(0),
                 (QStringList{QStringLiteral("Ministerul Exemplului"), QStringLiteral("Ioana Pop"),
                              QStringLiteral("chair"), QStringLiteral("01.02.2024"),
                              QStringLiteral("–"), QStringLiteral("2 of 2 (100 %)")}));
        QCOMPARE(members->rows.at(1).at(4), QStringLiteral("31.01.2025 (ended)"));
        QCOMPARE(members->rows.at(1).at(5), QStringLiteral("1 of 2 (50 %)"));

        const TableSpec *meetings = test::tableAfter(doc, QStringLiteral("Meetings"));
        QVERIFY(meetings);
        QCOMPARE(meetings->rows.size(), 2);
        // Present counts only the voting members: the alternate does not.
        QCOMPARE(meetings->rows.at(0).at(2), QStringLiteral("2"));
        QCOMPARE(meetings->rows.at(1).at(2), QStringLiteral("1"));
        QCOMPARE(meetings->rows.at(0).at(4), QStringLiteral("published"));

        // The figures: one row per member with its rate.
        QCOMPARE(doc.figures.rows.size(), 3);
        QCOMPARE(doc.figures.rows.at(1),
                 (QStringList{QStringLiteral("Asociația Alfa (fictivă)"), QStringLiteral("Dan Ene"),
                              QStringLiteral("member"), QStringLiteral("2024-02-01"),
                              QStringLiteral("2025-01-31"), QStringLiteral("2"),
                              QStringLiteral("1"), QStringLiteral("50")}));

        // Warnings: the expired mandate, the body below its quorum, the second meeting below it.
        const TableSpec *none = test::tableAfter(doc, QStringLiteral("Warnings"));
        QVERIFY(!none);
        QString warnings;
        bool seen = false;
        for (const Block &b : doc.blocks) {
            if (b.kind == Block::Kind::Heading)
                seen = b.text == QStringLiteral("Warnings");
            else if (seen)
                warnings += b.text;
        }
        QCOMPARE(warnings.count(QLatin1Char('\n')) + 1, 3);
        QVERIFY(warnings.contains(QStringLiteral("Asociația Alfa (fictivă): The mandate ended")));

        int charts = 0;
        for (const Block &b : doc.blocks) {
            if (b.kind == Block::Kind::Chart) {
                ++charts;
                QVERIFY(b.chart.percent);
                QCOMPARE(b.chart.categories.size(), 3);
            }
        }
        QCOMPARE(charts, 1);
    }

    // Issue 15: the 1998 council of seed 000 has no members, meetings or end date on record; the
    // list says so and gives the body's notes, never "0 voting members" or an invented date.
    void bodyWithNothingRecordedSaysWhatIsUnknown()
    {
        ConsultativeBody body;
        body.name = QStringLiteral("Consiliul din 1998");
        body.kind = BodyKind::Council;
        body.status = BodyStatus::Dissolved;
        body.activeFrom = QDate(1998, 9, 9);
        body.notes = QStringLiteral("13 membri (conform deciziei nr. 232/1998)");
        const qint64 id = BodyRepository(m_db->connection()).addBody(body).value();
        const ReportDocument doc =
            BodyMembershipList::build(m_db->connection(), id, QDate(2025, 6, 1));
        QStringList texts;
        for (const Block &block : doc.blocks)
            texts << block.text;
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("The date it was dissolved is not known.")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("Dissolved on")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("voting member")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("The body has no members recorded.")));
        QVERIFY(all.contains(QStringLiteral("Notes: 13 membri (conform deciziei nr. 232/1998)")));
    }

    void unknownBody()
    {
        const ReportDocument doc = BodyMembershipList::build(m_db->connection(), 9999);
        QVERIFY(doc.blocks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBodyMembershipList)
#include "tst_bodymembershiplist.moc"

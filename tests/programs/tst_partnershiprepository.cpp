#include "DatabaseTest.h"
#include "Seeding.h"
#include "programs/EventRepository.h"
#include "programs/OrganizationRemoval.h"
#include "programs/PartnershipRepository.h"
#include "programs/ProgramRepository.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Partnerships: one organization once per role in an edition, dates in order, and an
// organization with partnerships is not deleted behind the user's back.
class TestPartnershipRepository final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_edition = 0;
    qint64 m_organization = 0;

    Partnership partnership(PartnerRole role = PartnerRole::Promoter)
    {
        Partnership p;
        p.editionId = m_edition;
        p.organizationId = m_organization;
        p.role = role;
        return p;
    }

    void prepare() override
    {
        m_edition = test::addProgramEdition(
            m_db->connection(), QStringLiteral(u"Programul Promotorii Voluntariatului în România"),
            2, 2021);
        m_organization = test::addOrganization(
            m_db->connection(), QStringLiteral("Asociația Kogayon"), QStringLiteral("DJ"));
        QVERIFY(m_edition && m_organization);
    }

private Q_SLOTS:
    void refusesTheSamePartnerTwiceInTheSameRole()
    {
        PartnershipRepository repo(m_db->connection());
        QVERIFY(repo.add(partnership()));
        const Result<qint64> again = repo.add(partnership());
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral(u"Asociația Kogayon")) &&
                     again.error().contains(QLatin1String("already a partner")),
                 qPrintable(again.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnership")), 1);
        QVERIFY(repo.add(partnership(PartnerRole::Partner))); // another role is another partnership
        QCOMPARE(repo.ofEdition(m_edition).size(), 2);
        QCOMPARE(repo.partnerOrganizations(m_edition), QSet<qint64>{m_organization});
    }

    void refusesBadPartnerships_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<qint64>("organization");
        QTest::addColumn<QString>("problem");
        QTest::newRow("end before start") << QDate(2021, 6, 1) << QDate(2021, 5, 1) << qint64(-1)
                                          << QStringLiteral("before the start");
        QTest::newRow("no organization")
            << QDate() << QDate() << qint64(0) << QStringLiteral("Organization");
        QTest::newRow("unknown organization")
            << QDate() << QDate() << qint64(9999) << QStringLiteral("does not exist");
    }

    void refusesBadPartnerships()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(qint64, organization);
        QFETCH(QString, problem);
        Partnership p = partnership();
        p.startDate = start;
        p.endDate = end;
        if (organization >= 0)
            p.organizationId = organization;
        const Result<qint64> id = PartnershipRepository(m_db->connection()).add(p);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(problem), qPrintable(id.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnership")), 0);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE table_name = 'partnership'")),
                 0);
    }

    void anOrganizationWithPartnershipsGoesWithThemAndUndoPutsAllBack()
    {
        const Result<qint64> partnership =
            PartnershipRepository(m_db->connection()).add(this->partnership());
        QVERIFY(partnership);
        Event e;
        e.editionId = m_edition;
        e.number = 1;
        e.date = QDate(2021, 7, 27);
        e.regionIds = {4};
        e.coorganizerIds = {m_organization};
        const Result<qint64> event = EventRepository(m_db->connection()).add(e);
        QVERIFY(event);

        const QStringList ties =
            PartnershipRepository(m_db->connection()).tiesOfOrganization(m_organization);
        QCOMPARE(ties.size(), 2);
        QVERIFY2(ties.first().contains(QLatin1String("Promoter of Programul Promotorii")) &&
                     ties.first().contains(QLatin1String("2021")),
                 qPrintable(ties.first()));
        // The question names what goes with it; nothing refuses it.
        const QStringList consequences =
            OrganizationRemoval::consequences(m_db->connection(), m_organization);
        QVERIFY2(
            consequences.join(QLatin1Char('\n')).contains(QLatin1String("co-organizer of 1 event")),
            qPrintable(consequences.join(QLatin1Char('\n'))));
        QVERIFY(OrganizationRemoval::blockers(m_db->connection(), m_organization).isEmpty());
        // The foreign keys guard the rest: the registry's own delete is refused.
        QVERIFY(!OrganizationRepository(m_db->connection()).remove(m_organization));

        const Result<RemovedOrganization> removed =
            OrganizationRemoval::remove(m_db->connection(), m_organization);
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM organization WHERE name = 'Asociația Kogayon'")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnership")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_coorganizer")), 0);

        // Undo: the organization, the partnership and the event place under the same ids.
        QVERIFY(OrganizationRemoval::restore(m_db->connection(), *removed));
        QCOMPARE(
            scalar(QStringLiteral("SELECT id FROM organization WHERE name = 'Asociația Kogayon'")),
            m_organization);
        QCOMPARE(scalar(QStringLiteral("SELECT id FROM partnership")), *partnership);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT organization_id FROM event_coorganizer WHERE event_id = %1")
                            .arg(*event)),
                 m_organization);
        const Result<QStringList> problems = m_db->database().check();
        QVERIFY2(problems, qPrintable(problems.error()));
        QCOMPARE(*problems, QStringList());
    }

    void aSeatRefusesTheDelete()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO consultative_body (name, name_sort, name_folded, kind, status, "
            "created_at, "
            "updated_at) VALUES ('Colegiul de test', 'colegiul de test', 'colegiul de test', "
            "'college', 'active', '2021-01-01', '2021-01-01')")));
        const qint64 body = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral(
            "INSERT INTO body_member (body_id, organization_id, role, mandate_start, created_at, "
            "updated_at) VALUES (:b, :o, 'member', '2021-01-01', '2021-01-01', '2021-01-01')"));
        q.bindValue(QStringLiteral(":b"), body);
        q.bindValue(QStringLiteral(":o"), m_organization);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const Result<RemovedOrganization> refused =
            OrganizationRemoval::remove(m_db->connection(), m_organization);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral(u"Asociația Kogayon")) &&
                     refused.error().contains(QLatin1String("1 seat")),
                 qPrintable(refused.error()));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM organization WHERE name = 'Asociația Kogayon'")),
                 1);
    }

    void anOrganizationWithoutTiesIsDeleted()
    {
        QVERIFY(OrganizationRemoval::remove(m_db->connection(), m_organization));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM organization WHERE name = 'Asociația Kogayon'")),
                 0);
    }

    void removingTheEditionTakesItsPartnerships()
    {
        QVERIFY(PartnershipRepository(m_db->connection()).add(partnership()));
        QVERIFY(ProgramRepository(m_db->connection()).removeEdition(m_edition));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnership")), 0);
        QVERIFY(OrganizationRemoval::remove(m_db->connection(), m_organization));
    }
};

QTEST_GUILESS_MAIN(TestPartnershipRepository)
#include "tst_partnershiprepository.moc"

#include "DatabaseTest.h"
#include "Seeding.h"
#include "programs/OrganizationRemoval.h"
#include "registry/OrganizationAliasRepository.h"
#include "registry/OrganizationRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

// An official may mark two organization records as one organization (seed 003 counts 19
// promoters of the 2021 edition where seed 004 names 20). The marks never make a chain or a loop,
// so that every organization is counted through one record; each is one transaction with its
// audit-log row.
class TestOrganizationAliases final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;

    void prepare() override
    {
        // Fictitious records.
        const QSqlDatabase db = m_db->connection();
        m_a = test::addOrganization(db, QStringLiteral("Centrul Alfa (fictiv)"));
        m_b = test::addOrganization(db, QStringLiteral("Asociația Alfa (fictivă)"));
        m_c = test::addOrganization(db, QStringLiteral("Fundația Beta (fictivă)"));
        QVERIFY(m_a > 0 && m_b > 0 && m_c > 0);
    }

private Q_SLOTS:
    void aRecordIsMarkedAndUnmarked()
    {
        OrganizationAliasRepository aliases(m_db->connection());
        QVERIFY(!aliases.aliasOf(m_b));
        QCOMPARE(aliases.countedId(m_b), m_b);
        const Status marked = aliases.mark(m_b, m_a);
        QVERIFY2(marked, qPrintable(marked.error()));
        const std::optional<OrganizationAlias> alias = aliases.aliasOf(m_b);
        QVERIFY(alias);
        QCOMPARE(alias->sameAsId, m_a);
        QCOMPARE(alias->name, QStringLiteral(u"Asociația Alfa (fictivă)"));
        QCOMPARE(alias->sameAsName, QStringLiteral("Centrul Alfa (fictiv)"));
        QCOMPARE(aliases.countedId(m_b), m_a);
        QCOMPARE(aliases.countedId(m_a), m_a);
        QCOMPARE(aliases.aliasesOf(m_a).size(), 1);
        QCOMPARE(aliases.all().size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                       "'organization_same_as' AND action = 'insert'")),
                 1);

        QVERIFY(aliases.unmark(m_b));
        QVERIFY(!aliases.aliasOf(m_b));
        QVERIFY(aliases.aliasesOf(m_a).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                       "'organization_same_as' AND action = 'delete'")),
                 1);
        QVERIFY(aliases.unmark(m_b)); // nothing to do
    }

    void chainsLoopsAndMissingRecordsAreRefused_data()
    {
        QTest::addColumn<int>("first"); // the mark made before: 0 none, 1 b -> a
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("sameAs");
        QTest::addColumn<QString>("message");
        QTest::newRow("itself") << 0 << "a"
                                << "a"
                                << "as itself";
        QTest::newRow("missing record") << 0 << "a"
                                        << "missing"
                                        << "no longer exists";
        QTest::newRow("marked twice") << 1 << "b"
                                      << "c"
                                      << "already marked";
        QTest::newRow("the same as an alias") << 1 << "c"
                                              << "b"
                                              << "choose Centrul Alfa";
        QTest::newRow("a record others are marked as") << 1 << "a"
                                                       << "c"
                                                       << "Other records";
        QTest::newRow("a loop") << 1 << "a"
                                << "b"
                                << "choose Centrul Alfa";
    }

    void chainsLoopsAndMissingRecordsAreRefused()
    {
        QFETCH(int, first);
        QFETCH(QString, organization);
        QFETCH(QString, sameAs);
        QFETCH(QString, message);
        const QHash<QString, qint64> ids{{QStringLiteral("a"), m_a},
                                         {QStringLiteral("b"), m_b},
                                         {QStringLiteral("c"), m_c},
                                         {QStringLiteral("missing"), 999}};
        OrganizationAliasRepository aliases(m_db->connection());
        if (first == 1)
            QVERIFY(aliases.mark(m_b, m_a));
        const int before = scalar(QStringLiteral("SELECT count(*) FROM organization_same_as"));
        const Status refused = aliases.mark(ids.value(organization), ids.value(sameAs));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organization_same_as")), before);
    }

    void aMarkedRecordIsNotDeletedUntilTheMarkIsRemoved()
    {
        OrganizationAliasRepository aliases(m_db->connection());
        QVERIFY(aliases.mark(m_b, m_a));
        for (const qint64 id : {m_a, m_b}) {
            const Result<RemovedOrganization> removed =
                OrganizationRemoval::remove(m_db->connection(), id);
            QVERIFY(!removed);
            QVERIFY2(removed.error().contains(QLatin1String("same organization")),
                     qPrintable(removed.error()));
        }
        QVERIFY(aliases.unmark(m_b));
        QVERIFY(OrganizationRemoval::remove(m_db->connection(), m_b));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationAliases)
#include "tst_organizationaliases.moc"

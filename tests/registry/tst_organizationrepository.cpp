#include "DatabaseTest.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

class TestOrganizationRepository final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    Organization sample(const QString &name = QStringLiteral(u"Asociaţia Pro Vobis")) const
    {
        Organization o;
        o.name = name;
        o.legalForm = LegalForm::Association;
        o.cif = QStringLiteral("RO 4221187");
        o.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("CJ"));
        o.locality = QStringLiteral("Cluj-Napoca");
        o.email = QStringLiteral("office@provobis.ro");
        o.phone = QStringLiteral("0264 599 066");
        o.volunteering = true;
        o.volunteerCount = 40;
        o.domains = {QStringLiteral("Voluntariat"), QStringLiteral(u"Educaţie")};
        return o;
    }

private Q_SLOTS:
    // Issue 15: an unknown county is stored as NULL and read back as 0; the kind round-trips;
    // the same name with an unknown county is found again (the demo and the import rely on it).
    void unknownCountyAndKindRoundTrip()
    {
        OrganizationRepository repo(m_db->connection());
        Organization o;
        o.name = QStringLiteral("Asociația Fără Județ");
        o.kind = OrganizationKind::OtherPartner;
        const Result<qint64> id = repo.add(o);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(test::scalar(m_db->connection(),
                              QStringLiteral("SELECT count(*) FROM organization WHERE id = %1 AND "
                                             "county_id IS NULL AND kind = 'other_partner'")
                                  .arg(*id)),
                 1);
        const std::optional<Organization> stored = repo.find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->countyId, 0);
        QCOMPARE(stored->kind, OrganizationKind::OtherPartner);
        QCOMPARE(repo.findIdByNameAndCounty(QStringLiteral("asociatia fara judet"), 0),
                 std::optional<qint64>(*id));
        QVERIFY(!repo.findIdByNameAndCounty(QStringLiteral("asociatia fara judet"), 14));
        const QList<OrganizationHit> hits = repo.search(QStringLiteral("fara judet"), 5);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().county, undeterminedCountyName());
    }

    void addNormalizesStoresAndAudits()
    {
        OrganizationRepository repo(m_db->connection());
        const Result<qint64> id = repo.add(sample());
        QVERIFY2(id, qPrintable(id.error()));
        const std::optional<Organization> stored = repo.find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral(u"Asociația Pro Vobis")); // comma below
        QCOMPARE(stored->cif, QStringLiteral("4221187"));
        QCOMPARE(stored->domains,
                 (QStringList{QStringLiteral(u"Educație"), QStringLiteral("Voluntariat")}));
        QCOMPARE(stored->volunteerCount, std::optional<int>(40));
        QVERIFY(stored->createdAt.isValid());

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action, new_values, os_user FROM audit_log WHERE "
                                      "table_name = 'organization' AND row_id = %1")
                           .arg(*id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("insert"));
        const QJsonObject values = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(values.value(QLatin1String("cif")).toString(), QStringLiteral("4221187"));
        QVERIFY(!q.value(2).toString().isEmpty());
    }

    void invalidRecordIsRefusedWithFieldNames()
    {
        OrganizationRepository repo(m_db->connection());
        Organization o = sample();
        o.cif = QStringLiteral("4221188");
        o.email = QStringLiteral("x@");
        const int before =
            test::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organization"));
        const Result<qint64> id = repo.add(o);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QLatin1String("CIF")), qPrintable(id.error()));
        QVERIFY2(id.error().contains(QLatin1String("E-mail")), qPrintable(id.error()));
        QCOMPARE(
            test::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organization")),
            before);
        QCOMPARE(test::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log")),
                 0);
    }

    void cifAndRegistryNumberAreUnique()
    {
        OrganizationRepository repo(m_db->connection());
        Organization first = sample();
        first.registryNumber = QStringLiteral("1234/A/2001");
        QVERIFY(repo.add(first));
        Organization second = sample(QStringLiteral("Alta"));
        second.registryNumber = QStringLiteral("1234/A/2001");
        const Result<qint64> id = repo.add(second);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(QLatin1String("4221187")), qPrintable(id.error()));
        QVERIFY2(id.error().contains(QLatin1String("1234/A/2001")), qPrintable(id.error()));
        // Without a CIF, two organizations are fine.
        Organization a = sample(QStringLiteral("A"));
        a.cif.clear();
        Organization b = sample(QStringLiteral("B"));
        b.cif.clear();
        QVERIFY(repo.add(a));
        QVERIFY(repo.add(b));
    }

    void updateWritesOldAndNewValues()
    {
        OrganizationRepository repo(m_db->connection());
        const qint64 id = *repo.add(sample());
        Organization o = *repo.find(id);
        o.locality = QStringLiteral("Turda");
        o.domains = {QStringLiteral("Mediu")};
        QVERIFY(repo.update(o));
        const Organization stored = *repo.find(id);
        QCOMPARE(stored.locality, QStringLiteral("Turda"));
        QCOMPARE(stored.domains, QStringList{QStringLiteral("Mediu")});
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT old_values, new_values FROM audit_log WHERE action = 'update'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("Cluj-Napoca")));
        QVERIFY(q.value(1).toString().contains(QLatin1String("Turda")));
        // Saving the same content again writes nothing.
        QVERIFY(repo.update(stored));
        QCOMPARE(
            test::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update'")),
            1);
    }

    void removeAndRestoreKeepTheId()
    {
        OrganizationRepository repo(m_db->connection());
        const qint64 id = *repo.add(sample());
        const Organization before = *repo.find(id);
        QVERIFY(repo.remove(id));
        QVERIFY(!repo.find(id));
        QCOMPARE(
            test::scalar(m_db->connection(),
                         QStringLiteral(
                             "SELECT count(*) FROM organization_domain WHERE organization_id = %1")
                             .arg(id)),
            0);
        QVERIFY(repo.restore(before));
        const std::optional<Organization> after = repo.find(id);
        QVERIFY(after);
        QVERIFY(after->sameContent(before));
        QCOMPARE(after->createdAt, before.createdAt);
        QCOMPARE(test::scalar(
                     m_db->connection(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE row_id = %1").arg(id)),
                 3);
    }

    void findByNameAndCountyIgnoresCaseAndDiacritics()
    {
        const Geography g = Geography::load(m_db->connection());
        OrganizationRepository repo(m_db->connection());
        const qint64 id = *repo.add(sample());
        QCOMPARE(repo.findIdByNameAndCounty(QStringLiteral("ASOCIATIA PRO VOBIS"),
                                            *g.findCounty(QStringLiteral("Cluj"))),
                 std::optional<qint64>(id));
        QCOMPARE(repo.findIdByNameAndCounty(QStringLiteral(u"asociaţia  pro vobis"),
                                            *g.findCounty(QStringLiteral("Cluj"))),
                 std::optional<qint64>(id));
        QVERIFY(!repo.findIdByNameAndCounty(QStringLiteral("Asociatia Pro Vobis"),
                                            *g.findCounty(QStringLiteral("Alba"))));
    }

    void countyLookup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("name") << QStringLiteral("Cluj") << QStringLiteral("CJ");
        QTest::newRow("lower") << QStringLiteral("cluj") << QStringLiteral("CJ");
        QTest::newRow("code") << QStringLiteral("cj") << QStringLiteral("CJ");
        QTest::newRow("prefix") << QStringLiteral(u"Județul Iași") << QStringLiteral("IS");
        QTest::newRow("prefix no diacritics")
            << QStringLiteral("JUDETUL IASI") << QStringLiteral("IS");
        QTest::newRow("cedilla") << QStringLiteral(u"Timiş") << QStringLiteral("TM");
        QTest::newRow("municipiul")
            << QStringLiteral(u"Municipiul București") << QStringLiteral("B");
        QTest::newRow("sector") << QStringLiteral("Sector 3") << QStringLiteral("B");
        QTest::newRow("B") << QStringLiteral("B") << QStringLiteral("B");
        QTest::newRow("hyphen") << QStringLiteral("Bistrita Nasaud") << QStringLiteral("BN");
        QTest::newRow("unknown") << QStringLiteral("Atlantida") << QString();
    }
    void countyLookup()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Geography g = Geography::load(m_db->connection());
        const std::optional<int> id = g.findCounty(text);
        QCOMPARE(id ? g.county(*id)->code : QString(), code);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationRepository)
#include "tst_organizationrepository.moc"

#include "DatabaseTest.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

class TestSearch final : public test::DatabaseTest
{
    Q_OBJECT

public:
    TestSearch() : DatabaseTest(Seed::Empty) {}

private:
    qint64 m_comma = 0;
    qint64 m_cedilla = 0;
    qint64 m_ascii = 0;

    QList<qint64> ids(const QString &text)
    {
        OrganizationRepository repo(m_db->connection());
        QList<qint64> result;
        for (const OrganizationHit &hit : repo.search(text, 100))
            result << hit.id;
        std::sort(result.begin(), result.end());
        return result;
    }

    qint64 addRaw(const QString &name, const QString &county)
    {
        // Stored as written (the repository normalizes cedillas; the search must also match
        // text that came in some other way, so one row is written with the cedilla kept).
        const Geography g = Geography::load(m_db->connection());
        Organization o;
        o.name = name;
        o.countyId = *g.findCounty(county);
        OrganizationRepository repo(m_db->connection());
        return *repo.add(o);
    }

    // Each test function on its own database with the three organizations (some edit them).
    void prepare() override
    {
        {
            // Only the rows of this test: the associative structures also say "Asociația".
            QSqlQuery clear(m_db->connection());
            QVERIFY(clear.exec(QStringLiteral("DELETE FROM organization")));
        }
        m_comma = addRaw(QStringLiteral(u"Asociația Științifică Ștefan"), QStringLiteral("Iasi"));
        m_ascii = addRaw(QStringLiteral("Asociatia Tinerilor Stefanesti"), QStringLiteral("Arges"));
        m_cedilla = addRaw(QStringLiteral(u"Fundaţia Ţara Noastră"), QStringLiteral("Cluj"));
        // And one stored with the legacy cedilla, bypassing normalization.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral(u"UPDATE organization SET name = 'Fundaţia Ţara Noastră' WHERE id = %1")
                .arg(m_cedilla)));
    }

private Q_SLOTS:
    void diacriticsMatchBothWays_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected"); // 1 comma, 2 ascii, 4 cedilla (bit mask)
        QTest::newRow("ascii finds comma and ascii") << QStringLiteral("asociatia") << 3;
        QTest::newRow("cedilla finds both") << QStringLiteral(u"Asociaţia") << 3;
        QTest::newRow("comma finds both") << QStringLiteral(u"Asociația") << 3;
        QTest::newRow("prefix stef") << QStringLiteral("stef") << 3;
        QTest::newRow("prefix ștef") << QStringLiteral(u"ștef") << 3;
        QTest::newRow("cedilla stored, comma typed") << QStringLiteral(u"țara") << 4;
        QTest::newRow("cedilla stored, ascii typed") << QStringLiteral("fundatia tara") << 4;
        QTest::newRow("two words narrow") << QStringLiteral(u"asoc științ") << 1;
        QTest::newRow("three letters") << QStringLiteral("asc") << 0;
        QTest::newRow("locality is not set") << QStringLiteral("iasi") << 0;
    }
    void diacriticsMatchBothWays()
    {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        QList<qint64> want;
        if (expected & 1)
            want << m_comma;
        if (expected & 2)
            want << m_ascii;
        if (expected & 4)
            want << m_cedilla;
        std::sort(want.begin(), want.end());
        QCOMPARE(ids(typed), want);
    }

    void searchFollowsEdits()
    {
        OrganizationRepository repo(m_db->connection());
        Organization o = *repo.find(m_ascii);
        o.acronym = QStringLiteral("ATS");
        o.locality = QStringLiteral(u"Ștefănești");
        QVERIFY(repo.update(o));
        QCOMPARE(ids(QStringLiteral("ats")), QList<qint64>{m_ascii});
        QCOMPARE(ids(QStringLiteral("stefanesti")), QList<qint64>{m_ascii});
        QVERIFY(repo.remove(m_ascii));
        QCOMPARE(ids(QStringLiteral("ats")), QList<qint64>{});
        QVERIFY(repo.restore(o));
        QCOMPARE(ids(QStringLiteral("ats")), QList<qint64>{m_ascii});
    }

    void searchByCif()
    {
        OrganizationRepository repo(m_db->connection());
        Organization o = *repo.find(m_comma);
        o.cif = QStringLiteral("4221187");
        QVERIFY(repo.update(o));
        QCOMPARE(ids(QStringLiteral("4221")), QList<qint64>{m_comma});
        QCOMPARE(ids(QStringLiteral("RO4221187")), QList<qint64>{m_comma});
    }

    void bestMatchFirst()
    {
        OrganizationRepository repo(m_db->connection());
        const QList<OrganizationHit> hits = repo.search(QStringLiteral("asociatia"), 1);
        QCOMPARE(hits.size(), 1);
        QVERIFY(!hits.first().county.isEmpty());
    }

    void hostileTextIsOnlyText()
    {
        OrganizationRepository repo(m_db->connection());
        QCOMPARE(repo.search(QStringLiteral("\"; DROP TABLE organization; --"), 10).size(), 0);
        QVERIFY(repo.lastError().isEmpty());
        QVERIFY(repo.count() > 0);
        QCOMPARE(repo.search(QStringLiteral("NEAR( AND OR * ^"), 10).size(), 0);
        QVERIFY(repo.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

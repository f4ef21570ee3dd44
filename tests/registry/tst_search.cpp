#include "DatabaseTest.h"
#include "Seeding.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

class TestSearch final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    // The three organizations of each test function; the data rows name them by bit (1 << Stored).
    enum Stored
    {
        Comma,
        Ascii,
        Cedilla
    };
    QList<qint64> m_ids; // by Stored

    QList<qint64> ids(const QString &text)
    {
        OrganizationRepository repo(m_db->connection());
        QList<qint64> result;
        for (const OrganizationHit &hit : repo.search(text, 100))
            result << hit.id;
        std::sort(result.begin(), result.end());
        return result;
    }

    // Each test function on its own database with the three organizations (some edit them).
    void prepare() override
    {
        {
            // Only the rows of this test: the associative structures also say "Asociația".
            QSqlQuery clear(m_db->connection());
            QVERIFY(clear.exec(QStringLiteral("DELETE FROM organization")));
        }
        const QSqlDatabase db = m_db->connection();
        m_ids = {test::addOrganization(db, QStringLiteral(u"Asociația Științifică Ștefan"),
                                       QStringLiteral("Iasi")),
                 test::addOrganization(db, QStringLiteral("Asociatia Tinerilor Stefanesti"),
                                       QStringLiteral("Arges")),
                 test::addOrganization(db, QStringLiteral(u"Fundaţia Ţara Noastră"),
                                       QStringLiteral("Cluj"))};
        QVERIFY(!m_ids.contains(0));
        // The repository normalizes cedillas; the search must also match text that came in some
        // other way, so one row is stored with the legacy cedilla, bypassing normalization.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral(u"UPDATE organization SET name = 'Fundaţia Ţara Noastră' WHERE id = %1")
                .arg(m_ids[Cedilla])));
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
        for (const Stored stored : {Comma, Ascii, Cedilla}) {
            if (expected & (1 << stored))
                want << m_ids[stored];
        }
        std::sort(want.begin(), want.end());
        QCOMPARE(ids(typed), want);
    }

    // A word begins after any character that is not a letter or a digit (typographic quotes, a
    // hyphen, a parenthesis), as FTS5 splits the words of a file; a part inside a word is no
    // match.
    void aWordBeginsAfterPunctuation()
    {
        const qint64 id = test::addOrganization(m_db->connection(),
                                                QStringLiteral(u"Clubul „Speranța”-Vest (fictiv)"),
                                                QStringLiteral("Cluj"));
        QVERIFY(id > 0);
        QCOMPARE(ids(QStringLiteral("speranta")), QList<qint64>{id});
        QCOMPARE(ids(QStringLiteral(u"vest sperANȚ")), QList<qint64>{id});
        QCOMPARE(ids(QStringLiteral("fict")), QList<qint64>{id});
        QCOMPARE(ids(QStringLiteral("peranta")), QList<qint64>{});
        QCOMPARE(ids(QStringLiteral("antavest")), QList<qint64>{});
    }

    void searchFollowsEdits()
    {
        OrganizationRepository repo(m_db->connection());
        Organization o = *repo.find(m_ids[Ascii]);
        o.acronym = QStringLiteral("ATS");
        o.locality = QStringLiteral(u"Ștefănești");
        QVERIFY(repo.update(o));
        QCOMPARE(ids(QStringLiteral("ats")), QList<qint64>{m_ids[Ascii]});
        QCOMPARE(ids(QStringLiteral("stefanesti")), QList<qint64>{m_ids[Ascii]});
        QVERIFY(repo.remove(m_ids[Ascii]));
        QCOMPARE(ids(QStringLiteral("ats")), QList<qint64>{});
        QVERIFY(repo.restore(o));
        QCOMPARE(ids(QStringLiteral("ats")), QList<qint64>{m_ids[Ascii]});
    }

    void searchByCif()
    {
        OrganizationRepository repo(m_db->connection());
        Organization o = *repo.find(m_ids[Comma]);
        o.cif = QStringLiteral("4221187");
        QVERIFY(repo.update(o));
        QCOMPARE(ids(QStringLiteral("4221")), QList<qint64>{m_ids[Comma]});
        QCOMPARE(ids(QStringLiteral("RO4221187")), QList<qint64>{m_ids[Comma]});
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

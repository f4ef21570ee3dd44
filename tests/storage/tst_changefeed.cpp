#include "ServerTest.h"
#include "TestDatabase.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// Live updates: what one connection to a server database commits reaches the ChangeFeed of
// another, as the names of the tables changed, once per burst; its own writes do not.
class TestChangeFeed final : public test::ServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // Two tables changed in one transaction and one of them again in a second: one signal with
    // both names, each once, sorted.
    void anotherConnectionsChangesAreTold()
    {
        auto [mine, theirs] = openTwo();
        ChangeFeed feed(mine->connection());
        QVERIFY(feed.isListening());
        QSignalSpy told(&feed, &ChangeFeed::tablesChanged);

        {
            Transaction transaction(theirs->connection());
            QVERIFY(transaction.isActive());
            QVERIFY(exec(theirs->connection(),
                         QStringLiteral("UPDATE region SET name = name || '' WHERE id = 1")));
            QVERIFY(exec(theirs->connection(),
                         QStringLiteral("UPDATE county SET name = name || '' WHERE id = 1")));
            QVERIFY(transaction.commit());
        }
        QVERIFY(exec(theirs->connection(),
                     QStringLiteral("UPDATE county SET name = name || '' WHERE id = 2")));
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 1, 2000);
        QCOMPARE(told.constFirst().constFirst().toStringList(),
                 QStringList({QStringLiteral("county"), QStringLiteral("region")}));
        QTest::qWait(2 * ChangeFeed::defaultDelayMs);
        QCOMPARE(told.size(), 1);
    }

    // What this connection writes itself, and what another connection rolls back, is not told.
    void ownAndRolledBackChangesAreNotTold()
    {
        auto [mine, theirs] = openTwo();
        ChangeFeed feed(mine->connection());
        QSignalSpy told(&feed, &ChangeFeed::tablesChanged);
        QVERIFY(exec(mine->connection(),
                     QStringLiteral("UPDATE county SET name = name || '' WHERE id = 1")));
        {
            Transaction transaction(theirs->connection());
            QVERIFY(exec(theirs->connection(),
                         QStringLiteral("UPDATE county SET name = name || '' WHERE id = 3")));
            transaction.rollback();
        }
        QTest::qWait(4 * ChangeFeed::defaultDelayMs);
        QCOMPARE(told.size(), 0);
        // The feed still listens: a committed change of theirs comes through.
        QVERIFY(exec(theirs->connection(),
                     QStringLiteral("UPDATE county SET name = name || '' WHERE id = 3")));
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 1, 2000);
        QCOMPARE(told.constFirst().constFirst().toStringList(),
                 QStringList({QStringLiteral("county")}));
    }

    // What this program writes on another connection of its own (a worker thread's, marked) is
    // told, as this program's only; with another user's change in the same burst it is not.
    void thisProgramsOtherConnectionsAreToldAsItsOwn()
    {
        auto [mine, theirs] = openTwo();
        auto worker = mine->openAnother(QString());
        QVERIFY2(worker, qPrintable(worker.error()));
        QSqlDatabase own = worker.value()->connection();
        QVERIFY(ChangeFeed::isMarked(own));
        QVERIFY(!ChangeFeed::isMarked(theirs->connection()));
        ChangeFeed feed(mine->connection());
        QSignalSpy told(&feed, &ChangeFeed::tablesChanged);

        {
            Transaction transaction(own);
            QVERIFY(transaction.isActive());
            QVERIFY(exec(own, QStringLiteral("UPDATE county SET name = name || '' WHERE id = 1")));
            QVERIFY(transaction.commit());
        }
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 1, 2000);
        QCOMPARE(told.at(0).at(0).toStringList(), QStringList({QStringLiteral("county")}));
        QCOMPARE(told.at(0).at(1).toBool(), true);

        // Theirs, then ours, in one burst: another user's change is among them.
        QVERIFY(exec(theirs->connection(),
                     QStringLiteral("UPDATE region SET name = name || '' WHERE id = 1")));
        {
            Transaction transaction(own);
            QVERIFY(exec(own, QStringLiteral("UPDATE county SET name = name || '' WHERE id = 2")));
            QVERIFY(transaction.commit());
        }
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 2, 2000);
        QCOMPARE(told.at(1).at(0).toStringList(),
                 QStringList({QStringLiteral("county"), QStringLiteral("region")}));
        QCOMPARE(told.at(1).at(1).toBool(), false);

        // A marked transaction rolled back tells nothing; the next one of theirs is theirs.
        {
            Transaction transaction(own);
            QVERIFY(exec(own, QStringLiteral("UPDATE county SET name = name || '' WHERE id = 3")));
            transaction.rollback();
        }
        QVERIFY(exec(theirs->connection(),
                     QStringLiteral("UPDATE county SET name = name || '' WHERE id = 3")));
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 3, 2000);
        QCOMPARE(told.at(2).at(1).toBool(), false);
    }

    // Every table of the server schema tells its changes (a table added to the schema script
    // before the triggers are made gets one too).
    void everyTableHasItsTrigger()
    {
        auto [mine, theirs] = openTwo();
        Q_UNUSED(theirs);
        QSqlQuery q(mine->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT EXISTS ("
            "SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid "
            "AND t.tgname = c.relname || '_notify_change') ORDER BY 1")));
        QStringList without;
        while (q.next())
            without << q.value(0).toString();
        QCOMPARE(without, QStringList());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE "
                                      "'%\\_notify\\_change'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() > 30, qPrintable(q.value(0).toString()));
    }

    // On an SQLite file there is nothing to listen to: the feed says so and tells nothing.
    void aFileHasNoFeed()
    {
        test::TestDatabase file;
        ChangeFeed feed(file.connection());
        QVERIFY(!feed.isListening());
    }

private:
    std::pair<std::unique_ptr<Database>, std::unique_ptr<Database>> openTwo()
    {
        auto mine = Database::open(url(), Database::OpenMode::CreateIfMissing);
        if (!mine)
            qFatal("%s", qPrintable(mine.error()));
        auto theirs = Database::open(url(), Database::OpenMode::ExistingOnly);
        if (!theirs)
            qFatal("%s", qPrintable(theirs.error()));
        return {std::move(mine).value(), std::move(theirs).value()};
    }

    static bool exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"

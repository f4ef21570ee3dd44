#include "ServerTest.h"
#include "TestDatabase.h"
#include "storage/ConnectionWatch.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// A lost connection to the server (the server ends it; new connections refused for a while) is
// told once, tried again at every tick and told back when the server answers; the connection
// opened again works, as read-only as it was.
class TestConnectionWatch final : public test::ServerTest
{
    Q_OBJECT

private Q_SLOTS:
    void aHealthyConnectionIsQuiet()
    {
        auto db = open(Database::OpenMode::CreateIfMissing);
        ConnectionWatch watch(*db);
        QVERIFY(watch.isWatching());
        watch.setInterval(20);
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        QTest::qWait(300);
        QCOMPARE(lost.size(), 0);
        QVERIFY(!watch.isLost());
    }

    void aLostConnectionIsToldAndRestored()
    {
        auto db = open(Database::OpenMode::CreateIfMissing);
        ConnectionWatch watch(*db);
        watch.setInterval(20);
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        QSignalSpy restored(&watch, &ConnectionWatch::restored);

        QVERIFY(cutOff(true));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 3000);
        QVERIFY(watch.isLost());
        const QString reason = lost.constFirst().constFirst().toString();
        QVERIFY2(!reason.isEmpty(), "the reason is given");
        QVERIFY2(!reason.endsWith(QLatin1String("()")) && !reason.contains(QLatin1Char('\n')),
                 qPrintable(reason));
        QTest::qWait(300); // several ticks, each refused
        QCOMPARE(restored.size(), 0);
        QCOMPARE(lost.size(), 1);

        QVERIFY(cutOff(false));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 3000);
        QVERIFY(!watch.isLost());
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("UPDATE county SET name = name WHERE id = 1")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM county")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 42);
    }

    // A session opened read-only is read-only again after the connection is opened again.
    void aReadOnlySessionStaysReadOnly()
    {
        QVERIFY(open(Database::OpenMode::CreateIfMissing));
        auto db = open(Database::OpenMode::Inspect);
        QVERIFY(db->isReadOnly());
        ConnectionWatch watch(*db);
        watch.setInterval(20);
        QSignalSpy restored(&watch, &ConnectionWatch::restored);
        QVERIFY(cutOff(true));
        QTRY_VERIFY_WITH_TIMEOUT(watch.isLost(), 3000);
        QVERIFY(cutOff(false));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 3000);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE county SET name = name WHERE id = 1")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("25006")); // read-only transaction
    }

    // What a network that drops every packet left in the banner (seen with the loopback taken down
    // in a network namespace of its own): the driver's words without QPSQL's empty "()".
    void theReasonIsReadable()
    {
        const auto reasonOf = [](const QString &databaseText) {
            return ConnectionWatch::readableReason(QSqlError(QString(), databaseText));
        };
        QCOMPARE(reasonOf(QStringLiteral(
                     "could not receive data from server: Connection timed out\n()")),
                 QStringLiteral("could not receive data from server: Connection timed out"));
        QCOMPARE(reasonOf(QStringLiteral(
                     "terminating connection due to administrator command\n(57P01)")),
                 QStringLiteral("terminating connection due to administrator command (57P01)"));
        QCOMPARE(reasonOf(QString()), QString());
    }

    void aFileIsNotWatched()
    {
        test::TestDatabase file;
        auto db = Database::open(file.path());
        QVERIFY(db);
        ConnectionWatch watch(*db.value());
        QVERIFY(!watch.isWatching());
    }

private:
    std::unique_ptr<Database> open(Database::OpenMode mode)
    {
        auto opened = Database::open(url(), mode);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    bool cutOff(bool off) { return bool(m_cluster.cutOff(m_name, off)); }
};

QTEST_GUILESS_MAIN(TestConnectionWatch)
#include "tst_connectionwatch.moc"

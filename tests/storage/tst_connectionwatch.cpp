#include "ServerTest.h"
#include "TcpProxy.h"
#include "TestDatabase.h"
#include "storage/ConnectionWatch.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace dc;

// A lost connection to the server (the server ends it, or hangs; new connections refused for a
// while) is told once, tried again at every tick and told back when the server answers; the
// connection opened again works, as read-only as it was.
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

    // A server that hangs (or a network that drops every packet; the relay's kernel acknowledges
    // every packet, so no TCP time-out helps): the loss is told at the answer limit while the
    // thread goes on with its events, as a window must; a save meanwhile fails at once, where a
    // statement on the silent connection would wait for ever; once the server answers again the
    // connection is opened again and works.
    void aServerThatDoesNotAnswerIsToldWithoutFreezingTheThread()
    {
        test::TcpProxy relay(m_cluster.host(), m_cluster.port());
        auto db = open(Database::OpenMode::CreateIfMissing,
                       QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                           .arg(m_cluster.user())
                           .arg(relay.port())
                           .arg(m_name));
        ConnectionWatch watch(*db);
        watch.setInterval(50);
        watch.setAnswerLimit(400);
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        QSignalSpy restored(&watch, &ConnectionWatch::restored);
        QTest::qWait(300);
        QCOMPARE(lost.size(), 0);

        // The longest time the thread went without running its events.
        QElapsedTimer sinceLastBeat;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceLastBeat.restart()); });
        sinceLastBeat.start();
        heartbeat.start();

        relay.setFrozen(true);
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
        QCOMPARE(lost.constFirst().constFirst().toString(),
                 QStringLiteral("the server did not answer in time (0.4 s)"));
        QElapsedTimer saving;
        saving.start();
        {
            Transaction transaction(db->connection());
            QVERIFY(!transaction.isActive());
            QVERIFY2(transaction.error().contains(QLatin1String("lost")),
                     qPrintable(transaction.error()));
        }
        QVERIFY2(saving.elapsed() < 1000, qPrintable(QString::number(saving.elapsed())));
        QTest::qWait(1000); // several ticks, each given up at the limit
        QCOMPARE(lost.size(), 1);
        QCOMPARE(restored.size(), 0);
        QVERIFY2(longestGap < 300,
                 qPrintable(QStringLiteral("the thread stood still for %1 ms").arg(longestGap)));

        relay.setFrozen(false);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 5000);
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM county")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 42);
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

    // A server given by name is opened again at the addresses the probe has just found there: the
    // driver then looks nothing up (a name no one can look up, given with the address, connects;
    // without it, the driver's look-up fails), and the opening after that looks the name up again.
    void aServerGivenByNameIsOpenedAgainAtTheAddressesFound()
    {
        QString address = url();
        QVERIFY(address.contains(QLatin1String("@127.0.0.1:")));
        address.replace(QLatin1String("@127.0.0.1:"), QLatin1String("@localhost:"));
        auto db = open(Database::OpenMode::CreateIfMissing, address);
        const QString unknown = QStringLiteral("dialogcivic-test.invalid");
        db->connection().setHostName(unknown);
        const Status reopened = db->reconnect(unknown, QStringLiteral("127.0.0.1"));
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QSqlQuery q(db->connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM county")) && q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 42);
        QCOMPARE(db->connection().hostName(), unknown);
        QVERIFY(!db->connection().connectOptions().contains(QLatin1String("hostaddr")));
        QVERIFY2(!db->reconnect(), "without the addresses the driver looks the name up");

        db->connection().setHostName(QStringLiteral("localhost"));
        QVERIFY(db->reconnect());
        ConnectionWatch watch(*db);
        watch.setInterval(20);
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        QSignalSpy restored(&watch, &ConnectionWatch::restored);
        QVERIFY(cutOff(true));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 3000);
        QVERIFY(cutOff(false));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 3000);
        QSqlQuery after(db->connection());
        QVERIFY2(after.exec(QStringLiteral("UPDATE county SET name = name WHERE id = 1")),
                 qPrintable(after.lastError().text()));
        QCOMPARE(db->connection().hostName(), QStringLiteral("localhost"));
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
    std::unique_ptr<Database> open(Database::OpenMode mode, const QString &address = QString())
    {
        auto opened = Database::open(address.isEmpty() ? url() : address, mode);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    bool cutOff(bool off) { return bool(m_cluster.cutOff(m_name, off)); }
};

QTEST_GUILESS_MAIN(TestConnectionWatch)
#include "tst_connectionwatch.moc"

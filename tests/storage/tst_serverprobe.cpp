#include "ServerTest.h"
#include "TcpProxy.h"
#include "storage/Database.h"
#include "storage/ServerProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// The watch's question to the server: answered on a healthy server, on one connection kept open;
// failed with libpq's words when nothing listens or the server ends the connection; given up at
// its limit when no answer comes, without ever blocking the thread, and answered again after; a
// server given by name is looked up beside the thread, and a name not found is told.
class TestServerProbe final : public test::ServerTest
{
    Q_OBJECT

private Q_SLOTS:
    void aHealthyServerAnswersOnOneConnection()
    {
        auto db = open(url());
        ServerProbe probe(db->connection());
        QSignalSpy answered(&probe, &ServerProbe::answered);
        QSignalSpy failed(&probe, &ServerProbe::failed);
        const int before = connections(*db);
        for (int i = 1; i <= 3; ++i) {
            probe.ask();
            QVERIFY(probe.isAsking());
            QTRY_COMPARE_WITH_TIMEOUT(answered.size(), i, 5000);
            QVERIFY(!probe.isAsking());
        }
        QCOMPARE(failed.size(), 0);
        QCOMPARE(connections(*db), before + 1);
    }

    // A URL's parameters reach libpq as the window's connection has them (QPSQL quotes each value).
    void theAddresssParametersAreTheConnections()
    {
        auto db = open(url() + QStringLiteral("?sslmode=disable&application_name=Dialog%20Civic"));
        ServerProbe probe(db->connection());
        QSignalSpy answered(&probe, &ServerProbe::answered);
        QSignalSpy failed(&probe, &ServerProbe::failed);
        probe.ask();
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() + failed.size() == 1, 5000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        // The window's connection and the probe's.
        QCOMPARE(connections(*db, QStringLiteral("application_name = 'Dialog Civic'")), 2);
    }

    void aPortWhereNothingListensFailsWithLibpqsWords()
    {
        auto db = open(url());
        db->connection().setPort(test::unusedPort());
        ServerProbe probe(db->connection());
        QSignalSpy failed(&probe, &ServerProbe::failed);
        probe.ask();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        const QString reason = failed.constFirst().constFirst().toString();
        QVERIFY2(reason.contains(QLatin1String("Connection refused")), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(reason));
    }

    // A server given by name: the name is looked up beside the thread and libpq connects to its
    // addresses (each under the name), so the question is answered as on an address.
    void aServerGivenByNameIsLookedUpAndAnswers()
    {
        auto db = open(url());
        db->connection().setHostName(QStringLiteral("localhost"));
        ServerProbe probe(db->connection());
        QSignalSpy answered(&probe, &ServerProbe::answered);
        QSignalSpy failed(&probe, &ServerProbe::failed);
        QElapsedTimer clock;
        clock.start();
        probe.ask();
        QVERIFY2(clock.elapsed() < 100, "ask() returns at once");
        QVERIFY(probe.isAsking());
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() + failed.size() == 1, 5000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        // The window's connection and the probe's.
        QCOMPARE(connections(*db, QStringLiteral("datname = current_database() AND "
                                                 "client_addr = '127.0.0.1'")),
                 2);
        // Where it was found, for the window's connection to open again there (the name once
        // for each address).
        const ServerProbe::Found &found = probe.found();
        QVERIFY2(found.addresses.split(QLatin1Char(',')).contains(QLatin1String("127.0.0.1")),
                 qPrintable(found.addresses));
        QCOMPARE(found.hosts.split(QLatin1Char(',')).size(),
                 found.addresses.split(QLatin1Char(',')).size());
        QVERIFY(found.hosts.startsWith(QLatin1String("localhost")));
    }

    // A name the network does not know: told in the program's words, naming it (libpq's own
    // look-up would say "could not translate host name").
    void aServerNameNotFoundIsTold()
    {
        auto db = open(url());
        db->connection().setHostName(QStringLiteral("dialogcivic-test.invalid"));
        ServerProbe probe(db->connection());
        QSignalSpy failed(&probe, &ServerProbe::failed);
        QElapsedTimer clock;
        clock.start();
        probe.ask();
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, ServerProbe::defaultLimitMs + 2000);
        const QString reason = failed.constFirst().constFirst().toString();
        QVERIFY2(reason == QStringLiteral("the server's name “dialogcivic-test.invalid” was not "
                                          "found") ||
                     reason.startsWith(QStringLiteral("the server did not answer in time")),
                 qPrintable(reason));
        QVERIFY(!probe.isAsking());
    }

    // The server ends the connection (a restart, an administrator): the next question fails with
    // the server's or the network's words, and the one after opens a new connection.
    void anEndedConnectionFailsOnceThenOpensAgain()
    {
        auto db = open(url());
        ServerProbe probe(db->connection());
        QSignalSpy answered(&probe, &ServerProbe::answered);
        QSignalSpy failed(&probe, &ServerProbe::failed);
        probe.ask();
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 5000);
        QVERIFY(m_cluster.cutOff(m_name, true));
        QVERIFY(m_cluster.cutOff(m_name, false));
        probe.ask();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        // The server's words, without libpq's "FATAL:".
        QCOMPARE(failed.constFirst().constFirst().toString(),
                 QStringLiteral("terminating connection due to administrator command"));
        probe.ask();
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 5000);
    }

    // A server that hangs, or a network that drops every packet: nothing comes back, and TCP
    // time-outs do not help (the relay's kernel acknowledges every packet). The question is given
    // up at the limit while the thread goes on with its events; answers come again once the
    // server does.
    void noAnswerIsGivenUpAtTheLimitWithoutBlocking()
    {
        test::TcpProxy relay(m_cluster.host(), m_cluster.port());
        auto db = open(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                           .arg(m_cluster.user())
                           .arg(relay.port())
                           .arg(m_name));
        ServerProbe probe(db->connection());
        probe.setLimit(500);
        QSignalSpy answered(&probe, &ServerProbe::answered);
        QSignalSpy failed(&probe, &ServerProbe::failed);
        probe.ask();
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 5000);

        relay.setFrozen(true);
        for (int round = 1; round <= 2; ++round) { // on the open connection, then opening one
            QElapsedTimer clock;
            clock.start();
            probe.ask();
            QVERIFY2(clock.elapsed() < 100, "ask() returns at once");
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), round, 5000);
            QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(failed.last().constFirst().toString(),
                     QStringLiteral("the server did not answer in time (0.5 s)"));
        }
        QCOMPARE(answered.size(), 1);

        relay.setFrozen(false);
        probe.ask();
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 5000);
    }

private:
    std::unique_ptr<Database> open(const QString &address)
    {
        auto opened = Database::open(address, Database::OpenMode::CreateIfMissing);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    /// The server's connections that @p which (a condition on pg_stat_activity, written here)
    /// selects; by default those to the test's database.
    static int connections(const Database &db,
                           const QString &which = QStringLiteral("datname = current_database()"))
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE ") + which) ||
            !q.next())
            return -1;
        return q.value(0).toInt();
    }
};

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"

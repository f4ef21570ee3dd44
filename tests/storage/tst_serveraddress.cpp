#include "storage/ServerAddress.h"

#include <QTest>

using namespace dc;

// Reading the address of a database on a PostgreSQL server from libpq's URL form.
class TestServerAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileIsNotAServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::newRow("file") << QStringLiteral("/home/ana/dialogcivic.sqlite") << false;
        QTest::newRow("relative") << QStringLiteral("postgresql.sqlite") << false;
        QTest::newRow("file url") << QStringLiteral("file:///tmp/x.sqlite") << false;
        QTest::newRow("postgresql") << QStringLiteral("postgresql://ana@db/civic") << true;
        QTest::newRow("postgres") << QStringLiteral("postgres://ana@db/civic") << true;
        QTest::newRow("upper case") << QStringLiteral("PostgreSQL://db/civic") << true;
    }
    void aFileIsNotAServer()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        QCOMPARE(ServerAddress::isServerUrl(text), server);
    }

    void everyPartIsRead()
    {
        const Result<ServerAddress> a = ServerAddress::parse(
            QStringLiteral("postgresql://ana%40mj:s%C4%83cret@db.mj.local:5433/dialog_civic"
                           "?sslmode=verify-full&application_name=Dialog%20Civic"));
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a->user, QStringLiteral("ana@mj"));
        QCOMPARE(a->password, QStringLiteral(u"săcret"));
        QCOMPARE(a->host, QStringLiteral("db.mj.local"));
        QCOMPARE(a->port, 5433);
        QCOMPARE(a->database, QStringLiteral("dialog_civic"));
        QCOMPARE(a->options, (QStringList{QStringLiteral("sslmode='verify-full'"),
                                          QStringLiteral("application_name='Dialog Civic'")}));
        // The password never shows in a message.
        QVERIFY(!a->displayName.contains(QStringLiteral(u"săcret")));
        QVERIFY(!a->displayName.contains(QLatin1String("s%C4%83cret")));
        QVERIFY2(
            a->displayName.startsWith(QLatin1String("postgresql://ana%40mj@db.mj.local:5433/")),
            qPrintable(a->displayName));
        // The window's title: the database and where it is, no user, no password.
        QCOMPARE(a->title(), QStringLiteral("dialog_civic (db.mj.local:5433)"));
    }

    // What the URL leaves out is libpq's to find (PGHOST, the service file, ~/.pgpass).
    void aServiceNamesTheRest()
    {
        const Result<ServerAddress> a =
            ServerAddress::parse(QStringLiteral("postgresql:///?service=dialogcivic"));
        QVERIFY2(a, qPrintable(a.error()));
        QVERIFY(a->host.isEmpty());
        QCOMPARE(a->port, -1);
        QVERIFY(a->database.isEmpty());
        QVERIFY(a->user.isEmpty());
        QCOMPARE(a->options, QStringList{QStringLiteral("service='dialogcivic'")});
        QCOMPARE(a->displayName, QStringLiteral("postgresql:///?service=dialogcivic"));
        QCOMPARE(a->title(), QStringLiteral("service dialogcivic"));
        const Result<ServerAddress> local =
            ServerAddress::parse(QStringLiteral("postgresql://ana@localhost/dialog_civic"));
        QVERIFY2(local, qPrintable(local.error()));
        QCOMPARE(local->title(), QStringLiteral("dialog_civic (localhost)"));
    }

    // A quote or a backslash in a value stays inside it: the driver's connection string cannot
    // be given another parameter through the URL.
    void aValueCannotAddAParameter()
    {
        const Result<ServerAddress> a = ServerAddress::parse(
            QStringLiteral("postgresql://db/civic?application_name=x%27%20sslmode%3Ddisable"));
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a->options,
                 QStringList{QStringLiteral("application_name='x\\' sslmode=disable'")});
    }

    void aBadAddressIsRefusedWithOneMessage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://ana:secret@db/civic?options=-c%20x%3Dy")
            << QStringLiteral("postgresql://ana@db/civic?options=-c x%3Dy: the connection "
                              "parameter options is not one Dialog Civic accepts.");
        QTest::newRow("semicolon")
            << QStringLiteral("postgresql://db/civic?sslmode=require;x")
            << QStringLiteral("postgresql://db/civic?sslmode=require;x: the value of the "
                              "connection parameter sslmode cannot be used.");
        QTest::newRow("empty value")
            << QStringLiteral("postgresql://db/civic?sslmode=")
            << QStringLiteral("postgresql://db/civic?sslmode=: the value of the connection "
                              "parameter sslmode cannot be used.");
        QTest::newRow("path")
            << QStringLiteral("postgresql://db/civic/more")
            << QStringLiteral("postgresql://db/civic/more is not the address of a database server "
                              "(postgresql://user@host:port/database, "
                              "postgresql:///?service=NAME).");
        QTest::newRow("bad port") << QStringLiteral("postgresql://db:port/civic")
                                  << QStringLiteral(
                                         u"postgresql://… is not the address of a database server "
                                         "(postgresql://user@host:port/database, "
                                         "postgresql:///?service=NAME).");
    }
    void aBadAddressIsRefusedWithOneMessage()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        const Result<ServerAddress> a = ServerAddress::parse(url);
        QVERIFY(!a);
        QCOMPARE(a.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"

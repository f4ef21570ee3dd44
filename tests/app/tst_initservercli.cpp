#include "CliServerTest.h"

#include "storage/PostgresSchema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using dc::test::runCli;

// `db init-server` (issue 18): the schema and the three roles of a shared database, and what
// each role may then do, through the real binary and through the server itself. Roles belong to
// the whole server: each test function removes the ones it made.
class TestInitServerCli final : public dc::test::CliServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // An empty database: the schema made, the three roles created; a second run finds them all
    // and grants again.
    void anEmptyDatabaseGetsTheSchemaAndTheRoles()
    {
        const Run first = initServer(url());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.err, QString());
        QStringList lines = CliTest::lines(first.out);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.mid(0, 4), QStringList({QStringLiteral("schema: created, version 16"),
                                               QStringLiteral("role dialogcivic_reader: created"),
                                               QStringLiteral("role dialogcivic_editor: created"),
                                               QStringLiteral("role dialogcivic_admin: created")}));
        QVERIFY2(QRegularExpression(QStringLiteral("^privileges: granted on \\d{2} tables$"))
                     .match(lines.at(4))
                     .hasMatch(),
                 qPrintable(lines.at(4)));
        QCOMPARE(lines.at(5), QStringLiteral("database: ") + url());

        const Run again = initServer(url());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.err, QString());
        lines = CliTest::lines(again.out);
        QCOMPARE(lines.mid(0, 4), QStringList({QStringLiteral("schema: present, version 16"),
                                               QStringLiteral("role dialogcivic_reader: present"),
                                               QStringLiteral("role dialogcivic_editor: present"),
                                               QStringLiteral("role dialogcivic_admin: present")}));
    }

    // A reader reads: the commands that read work, those that write refuse with one message,
    // and the server itself refuses a write.
    void aReaderReadsAndCannotWrite()
    {
        QCOMPARE(initServer(url()).exitCode, 0);
        QVERIFY(admin(QStringLiteral("CREATE ROLE ana LOGIN IN ROLE dialogcivic_reader")));
        const QString ana = urlAs(QStringLiteral("ana"));

        const Run read = runCli({QStringLiteral("--database"), ana, QStringLiteral("ngo"),
                                 QStringLiteral("search"), QStringLiteral("Asociația")});
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QVERIFY2(read.out.contains(QStringLiteral("Asociația Municipiilor din România")),
                 qPrintable(read.out));
        QVERIFY2(read.err.contains(QStringLiteral("the user ana has no editor role")),
                 qPrintable(read.err));

        const Run write = runCli({QStringLiteral("--database"), ana, QStringLiteral("demo")});
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(QStringLiteral("cannot be changed: nothing was written")),
                 qPrintable(write.err));

        QSqlDatabase db = connectAs(QStringLiteral("ana"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organization")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE county SET name = name")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }

    // An editor writes (the whole demo), adds to the audit log but cannot rewrite or empty it;
    // an administrator may give the editor role to a colleague.
    void anEditorWritesAndCannotRewriteTheHistory()
    {
        QCOMPARE(initServer(url()).exitCode, 0);
        QVERIFY(admin(QStringLiteral("CREATE ROLE ion LOGIN IN ROLE dialogcivic_editor")));
        QVERIFY(admin(QStringLiteral("CREATE ROLE maria LOGIN IN ROLE dialogcivic_admin")));
        QVERIFY(admin(QStringLiteral("CREATE ROLE ana LOGIN")));

        const Run demo = runCli(
            {QStringLiteral("--database"), urlAs(QStringLiteral("ion")), QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(demo.err, QString());
        // The bulk imports too: they give the ids themselves and move the identity past them
        // with the privileges an editor has.
        const QString data = QString::fromLocal8Bit(qgetenv("DIALOGCIVIC_TEST_DATA"));
        const Run imported = runCli({QStringLiteral("--database"), urlAs(QStringLiteral("ion")),
                                     QStringLiteral("ngo"), QStringLiteral("import"),
                                     data + QStringLiteral("/import/organizations-cp1250.csv")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(QStringLiteral("imported: 2,")), qPrintable(imported.out));
        const Run register_ =
            runCli({QStringLiteral("--database"), urlAs(QStringLiteral("ion")),
                    QStringLiteral("ngo"), QStringLiteral("import-register"),
                    QStringLiteral(DIALOGCIVIC_SOURCE_DIR
                                   "/tests/fuzz/corpus/xlsx_register/register.xlsx"),
                    QStringLiteral("--kind"), QStringLiteral("association")});
        QVERIFY2(register_.exitCode == 2, qPrintable(register_.err)); // one row rejected
        QVERIFY2(register_.out.contains(QStringLiteral("added: 2,")), qPrintable(register_.out));

        QSqlDatabase ion = connectAs(QStringLiteral("ion"));
        QSqlQuery q(ion);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        // The next organization saved takes the next id after the imports'.
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM organization")) && q.next());
        const qint64 last = q.value(0).toLongLong();
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO organization (name, name_sort, name_folded, created_at, "
                     "updated_at) VALUES ('Z (fictiv)', 'z', 'z', '2026-01-01', '2026-01-01') "
                     "RETURNING id")) &&
                     q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toLongLong(), last + 1);
        for (const QString &sql :
             {QStringLiteral("DELETE FROM audit_log"),
              QStringLiteral("UPDATE audit_log SET id = id"),
              QStringLiteral("TRUNCATE organization CASCADE"),
              QStringLiteral("INSERT INTO schema_version (version) VALUES (99)"),
              QStringLiteral("GRANT dialogcivic_editor TO ana")}) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            // insufficient_privilege
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }

        QSqlQuery asMaria(connectAs(QStringLiteral("maria")));
        QVERIFY2(asMaria.exec(QStringLiteral("GRANT dialogcivic_editor TO ana")),
                 qPrintable(asMaria.lastError().databaseText()));
        const Run anaWrites = runCli(
            {QStringLiteral("--database"), urlAs(QStringLiteral("ana")), QStringLiteral("demo")});
        QVERIFY2(anaWrites.exitCode == 0, qPrintable(anaWrites.err));
    }

    // Only the owner of the database can give roles on it: an editor's init-server fails with
    // the server's reason and changes nothing.
    void aUserWhoDoesNotOwnTheDatabaseChangesNothing()
    {
        QCOMPARE(initServer(url()).exitCode, 0);
        QVERIFY(admin(QStringLiteral("CREATE ROLE ion LOGIN IN ROLE dialogcivic_editor")));
        QVERIFY(admin(QStringLiteral("REVOKE SELECT ON county FROM dialogcivic_reader")));
        const Run refused = initServer(urlAs(QStringLiteral("ion")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(
            refused.err.startsWith(QStringLiteral("dialogcivic: The roles cannot be set up: ")),
            qPrintable(refused.err));
        QSqlQuery q(connectAs(m_cluster.user()));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT has_table_privilege('dialogcivic_reader', 'county', 'SELECT')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toBool(), false);
    }

    // A database made by an earlier version (schema 14): a user who does not own it is refused,
    // told what updates it, and nothing changes; the owner's init-server brings it up to date;
    // from then on the audit log names the database user of each change.
    void anOlderSchemaIsUpgradedByItsOwner()
    {
        QTemporaryDir scripts;
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/postgresql/0014_schema.sql"),
                            scripts.filePath(QStringLiteral("0014_schema.sql"))));
        {
            QSqlDatabase owner = connectAs(m_cluster.user());
            const dc::Status made = dc::postgres::createSchema(owner, scripts.path());
            QVERIFY2(made, qPrintable(made.error()));
        }
        QVERIFY(admin(QStringLiteral("CREATE ROLE ion LOGIN")));
        QVERIFY(admin(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ion")));
        const Run refused =
            runCli({QStringLiteral("--database"), urlAs(QStringLiteral("ion")),
                    QStringLiteral("ngo"), QStringLiteral("search"), QStringLiteral("Asociația")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral(
                     "needs an update of its structure (schema 14 to 16), which was not made")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("db init-server")), qPrintable(refused.err));
        QCOMPARE(version(), 14);

        const Run upgraded = initServer(url());
        QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
        QCOMPARE(CliTest::lines(upgraded.out).value(0),
                 QStringLiteral("schema: upgraded, version 16 (was 14)"));
        QCOMPARE(version(), 16);

        QVERIFY(admin(QStringLiteral("GRANT dialogcivic_editor TO ion")));
        const Run demo = runCli(
            {QStringLiteral("--database"), urlAs(QStringLiteral("ion")), QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QSqlQuery q(connectAs(m_cluster.user()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE db_user = 'ion') "
                                      "FROM audit_log")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
    }

    // A file has no roles: a usage error.
    void aFileIsRefused()
    {
        const Run onFile = run({QStringLiteral("db"), QStringLiteral("init-server")});
        QCOMPARE(onFile.exitCode, 64);
        QVERIFY2(onFile.err.startsWith(QStringLiteral("dialogcivic: usage: dialogcivic --database "
                                                      "URL db init-server")),
                 qPrintable(onFile.err));
    }

    void cleanup()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QStringLiteral("as_")))
                QSqlDatabase::removeDatabase(name);
        }
        CliServerTest::cleanup();
        // The database is gone, and with it every privilege on it: the roles can go too.
        QVERIFY(
            admin(QStringLiteral("SET client_min_messages = warning"), QStringLiteral("postgres")));
        for (const QString &role :
             {QStringLiteral("ana"), QStringLiteral("ion"), QStringLiteral("maria"),
              QStringLiteral("dialogcivic_admin"), QStringLiteral("dialogcivic_editor"),
              QStringLiteral("dialogcivic_reader")})
            QVERIFY(admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                          QStringLiteral("postgres")));
    }

private:
    int version()
    {
        QSqlQuery q(connectAs(m_cluster.user()));
        return q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    static Run initServer(const QString &url)
    {
        return runCli({QStringLiteral("--database"), url, QStringLiteral("db"),
                       QStringLiteral("init-server")});
    }

    QString urlAs(const QString &user) const { return m_cluster.url(m_name, user); }

    // A connection to the test function's database as @p user (the server trusts local users).
    QSqlDatabase connectAs(const QString &user, const QString &database = QString())
    {
        const QString name = QStringLiteral("as_%1_%2").arg(user, database);
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        dc::Result<QSqlDatabase> db =
            m_cluster.connect(database.isEmpty() ? m_name : database, name, user);
        if (!db) {
            qWarning("%s", qPrintable(db.error()));
            return {};
        }
        return db.value();
    }

    // Runs @p sql as the cluster's superuser, on the test function's database or on @p database.
    bool admin(const QString &sql, const QString &database = QString())
    {
        QSqlDatabase db = connectAs(m_cluster.user(), database);
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
};

QTEST_GUILESS_MAIN(TestInitServerCli)
#include "tst_initservercli.moc"

#include "Seeding.h"
#include "ServerTest.h"
#include "TestDatabase.h"
#include "core/Text.h"
#include "dashboard/DashboardData.h"
#include "demo/DemoDataset.h"
#include "registry/OrganizationFilter.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

// Database::open on a PostgreSQL server: a URL instead of a file. Each test function has its own
// database on the program's throwaway server.
class TestDatabaseServer final : public test::ServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // An empty database gets the schema at the latest version, with the seed rows and their keys.
    void anEmptyDatabaseIsCreated()
    {
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        const Database &db = *opened.value();
        QVERIFY(db.isServer());
        QVERIFY(!db.wasCreated()); // nothing for a failing command to remove
        QCOMPARE(db.path(), url());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(sort_key) FROM county")) && q.next());
        QCOMPARE(q.value(0).toInt(), 42);
        QCOMPARE(q.value(1).toString(), text::sortKey(QStringLiteral("Alba")));
    }

    // Opened again, by a command that does not create: the same database, nothing changed.
    void anExistingDatabaseIsOpened()
    {
        QVERIFY(Database::open(url(), Database::OpenMode::CreateIfMissing));
        auto opened = Database::open(url(), Database::OpenMode::ExistingOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(test::rowCount(opened.value()->connection(), QStringLiteral("organization")), 4);
        // A second connection (another thread's) sees the same database.
        auto another = opened.value()->openAnother(QString());
        QVERIFY2(another, qPrintable(another.error()));
        QVERIFY(another.value()->isServer());
        QCOMPARE(test::rowCount(another.value()->connection(), QStringLiteral("county")), 42);
    }

    // A command that does not create a database finds none in an empty one, and leaves it empty.
    void anEmptyDatabaseIsNotCreatedUnasked()
    {
        auto opened = Database::open(url(), Database::OpenMode::ExistingOnly);
        QVERIFY(!opened);
        QCOMPARE(opened.error(), QStringLiteral("no such database: %1").arg(url()));
        QCOMPARE(tables(), 0);
        QVERIFY(!Database::open(url(), Database::OpenMode::Inspect));
        QCOMPARE(tables(), 0);
    }

    void aNewerSchemaIsRefused()
    {
        QVERIFY(Database::open(url(), Database::OpenMode::CreateIfMissing));
        const int newer = Database::latestSchemaVersion() + 1;
        QVERIFY(exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(newer)));
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        QVERIFY(!opened);
        QCOMPARE(opened.error(),
                 QStringLiteral("%1 was written by a newer version of Dialog Civic (schema %2; "
                                "this version knows up to %3). Update the program to open it.")
                     .arg(url())
                     .arg(newer)
                     .arg(Database::latestSchemaVersion()));
    }

    // Another program's tables are not ours: refused, untouched, even when asked to create.
    void anotherProgramsDatabaseIsLeftUntouched()
    {
        QVERIFY(exec(QStringLiteral("CREATE TABLE invoice (id integer)")));
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        QVERIFY(!opened);
        QCOMPARE(opened.error(),
                 QStringLiteral("%1 is a database of another program; it was left untouched.")
                     .arg(url()));
        QCOMPARE(tables(), 1);
    }

    // `db check` opens read-only: the server refuses a write on that connection.
    void inspectingCannotWrite()
    {
        QVERIFY(Database::open(url(), Database::OpenMode::CreateIfMissing));
        auto opened = Database::open(url(), Database::OpenMode::Inspect);
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(opened.value()->isReadOnly());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM organization")));
        QVERIFY2(q.lastError().databaseText().contains(QLatin1String("read-only")),
                 qPrintable(q.lastError().databaseText()));
        QCOMPARE(test::rowCount(opened.value()->connection(), QStringLiteral("organization")), 4);
    }

    // The message names the server without the password, and says what the server said.
    void anUnreachableServerIsNamedWithoutItsPassword()
    {
        const QString address = QStringLiteral("postgresql://%1:secret@127.0.0.1:%2/no_such_db")
                                    .arg(m_cluster.user())
                                    .arg(m_cluster.port());
        auto opened = Database::open(address, Database::OpenMode::CreateIfMissing);
        QVERIFY(!opened);
        QVERIFY2(opened.error().startsWith(
                     QStringLiteral("postgresql://%1@127.0.0.1:%2/no_such_db: the database server "
                                    "cannot be reached: ")
                         .arg(m_cluster.user())
                         .arg(m_cluster.port())),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QLatin1String("no_such_db\" does not exist")),
                 qPrintable(opened.error()));
        QVERIFY(!opened.error().contains(QLatin1String("secret")));
    }

    // libpq's service file: IT deploys one file, the URL names the entry.
    void aServiceEntryIsFollowed()
    {
        QTemporaryDir dir;
        QFile services(dir.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(services.open(QIODevice::WriteOnly));
        services.write(QStringLiteral("[civic]\nhost=127.0.0.1\nport=%1\nuser=%2\ndbname=%3\n")
                           .arg(m_cluster.port())
                           .arg(m_cluster.user(), m_name)
                           .toUtf8());
        services.close();
        qputenv("PGSERVICEFILE", QFile::encodeName(services.fileName()));
        auto opened = Database::open(QStringLiteral("postgresql:///?service=civic"),
                                     Database::OpenMode::CreateIfMissing);
        qunsetenv("PGSERVICEFILE");
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->path(), QStringLiteral("postgresql:///?service=civic"));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(test::rowCount(opened.value()->connection(), QStringLiteral("county")), 42);
        QVERIFY(tables() > 30); // made in the database the entry names
    }

    // A write inside another write is a savepoint, as on SQLite: its commit keeps its rows for
    // the outer transaction, its rollback undoes only its own, and the outer rollback undoes all.
    void aWriteInsideAWriteIsASavepoint()
    {
        QSqlDatabase db = scratch();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (v integer)")));
        const auto insert = [&db](int v) {
            return query::exec(db, QStringLiteral("INSERT INTO t VALUES (:v)"),
                               {{QStringLiteral(":v"), v}});
        };
        for (const bool commitOuter : {false, true}) {
            QVERIFY(query::exec(db, QStringLiteral("DELETE FROM t")));
            Transaction outer(db);
            QVERIFY2(outer.isActive(), qPrintable(outer.error()));
            QVERIFY(insert(1));
            {
                Transaction kept(db);
                QVERIFY2(kept.isActive(), qPrintable(kept.error()));
                QVERIFY(insert(2));
                QVERIFY(kept.commit());
            }
            {
                Transaction undone(db);
                QVERIFY(undone.isActive());
                QVERIFY(insert(3));
            }
            if (commitOuter)
                QVERIFY(outer.commit());
            else
                outer.rollback();
            QCOMPARE(query::selectIds(db, QStringLiteral("SELECT v FROM t ORDER BY v")),
                     commitOuter ? QList<qint64>({1, 2}) : QList<qint64>());
        }
        // And a new transaction afterwards is an outer one again.
        Transaction next(db);
        QVERIFY(insert(4));
        QVERIFY(next.commit());
        QCOMPARE(query::selectIds(db, QStringLiteral("SELECT v FROM t ORDER BY v")),
                 QList<qint64>({1, 2, 4}));
    }

    // A loop over a query's rows may run other statements: every row is still read.
    void rowsAreReadWhileOtherStatementsRun()
    {
        QSqlDatabase db = scratch();
        Result<QSqlQuery> rows = query::run(db, QStringLiteral("SELECT generate_series(1, 500)"));
        QVERIFY2(rows, qPrintable(rows.error()));
        int read = 0;
        while (rows->next()) {
            ++read;
            QCOMPARE(query::selectId(db, QStringLiteral("SELECT :v"),
                                     {{QStringLiteral(":v"), rows->value(0)}}),
                     std::optional<qint64>(read));
        }
        QCOMPARE(read, 500);
    }

    // The texts of several rows joined in their order, as group_concat does on SQLite.
    void textsAreJoinedInOrder()
    {
        QSqlDatabase db = scratch();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (k integer, s text)")));
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("INSERT INTO t VALUES (3, 'ș'), (1, 'a'), (2, 'B'), (9, NULL)")));
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT %1, %2")
                .arg(query::joinedTexts(db, QStringLiteral("s"), QStringLiteral("'|'"),
                                        QStringLiteral("FROM t WHERE k < 5"), QStringLiteral("k")),
                     query::joinedTexts(db, QStringLiteral("s"), QStringLiteral("', '"),
                                        QStringLiteral("FROM t WHERE k > 5"),
                                        QStringLiteral("k")))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a|B|ș"));
        QVERIFY(q.value(1).isNull());
    }

    // `db check` on a server: healthy, then a constraint the server has not validated is named.
    // The search as one types goes through the trigram index of the folded text (schema step 15)
    // and folds case and diacritics as on a file: "stiint" finds "Științifică".
    void theSearchUsesTheTrigramIndex()
    {
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        QVERIFY(test::addOrganization(db, QStringLiteral("Asociația Științifică Fictivă")) > 0);
        QVERIFY(test::addOrganization(db, QStringLiteral("Fundația Fictivă de Test")) > 0);
        OrganizationFilter filter;
        filter.text = QStringLiteral("stiint");
        const SqlClause where = organizationWhere(db, filter);
        const QString count = QStringLiteral("SELECT count(*) FROM organization o ") + where.sql;

        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off"))); // a handful of rows
        // EXPLAIN cannot be prepared: the folded word goes in as a literal (the test's own).
        QString explained = QStringLiteral("EXPLAIN ") + count;
        for (const auto &[name, value] : where.binds)
            explained.replace(name, QLatin1Char('\'') + value.toString() + QLatin1Char('\''));
        QVERIFY2(q.exec(explained), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(0).toString();
        QVERIFY2(plan.join(u'\n').contains(QLatin1String("organization_search_trgm")),
                 qPrintable(plan.join(u'\n')));

        QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
        QVERIFY(q.prepare(count));
        for (const auto &[name, value] : where.binds)
            q.bindValue(name, value);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void theServerChecksItsDatabase()
    {
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        Result<QStringList> healthy = opened.value()->check();
        QVERIFY2(healthy, qPrintable(healthy.error()));
        QCOMPARE(healthy.value(), QStringList());
        QVERIFY(QSqlQuery(opened.value()->connection())
                    .exec(QStringLiteral("ALTER TABLE county ADD CONSTRAINT county_named CHECK "
                                         "(name <> '') NOT VALID")));
        Result<QStringList> found = opened.value()->check();
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found.value().size(), 1);
        QVERIFY2(found.value().constFirst().contains(QStringLiteral("county_named")),
                 qPrintable(found.value().constFirst()));
    }

    // The dashboard's year of the transparency figures, on the demo made on a server: the
    // latest year of a draft, meeting or report (a subquery in FROM has a name on PostgreSQL).
    void theDashboardFindsTheLatestTransparencyYear()
    {
        auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        const Result<DemoSummary> demo = DemoDataset::load(opened.value()->connection());
        QVERIFY2(demo, qPrintable(demo.error()));
        QCOMPARE(reports::DashboardData::transparencyYear(opened.value()->connection(),
                                                          QDate(2026, 12, 6)),
                 2025);
        QCOMPARE(reports::DashboardData::transparencyYear(opened.value()->connection(),
                                                          QDate(2024, 6, 1)),
                 2024);
    }

private:
    // A connection to the test function's database, with no schema: removed by release().
    QSqlDatabase scratch()
    {
        Result<QSqlDatabase> db = m_cluster.connect(m_name, QStringLiteral("scratch"));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        return db.value();
    }

    void release() override { QSqlDatabase::removeDatabase(QStringLiteral("scratch")); }

    // Runs @p sql on the test function's database through a connection of its own.
    bool exec(const QString &sql)
    {
        bool ok = false;
        {
            Result<QSqlDatabase> db = m_cluster.connect(m_name, QStringLiteral("direct"));
            if (db) {
                QSqlQuery q(db.value());
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s", qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
        return ok;
    }

    int tables()
    {
        int result = -1;
        {
            Result<QSqlDatabase> db = m_cluster.connect(m_name, QStringLiteral("direct"));
            QSqlQuery q(db.value());
            if (q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = current_schema()")) &&
                q.next())
                result = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
        return result;
    }
};

QTEST_GUILESS_MAIN(TestDatabaseServer)
#include "tst_databaseserver.moc"

#include "ServerTest.h"
#include "TestDatabase.h"
#include "demo/DemoDataset.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

namespace {

using Figures = QList<TableFigures>;

// Every data table's count and checksum, by name.
Figures allFigures(const QSqlDatabase &db)
{
    Figures figures;
    const Result<QStringList> tables = DatabaseCopy::dataTables(db);
    if (!tables)
        return figures;
    for (const QString &table : tables.value()) {
        const Result<TableFigures> one = DatabaseCopy::figures(db, table);
        figures << (one ? one.value() : TableFigures{table, -1, one.error().toUtf8()});
    }
    return figures;
}

Figures sortedByName(Figures figures)
{
    std::sort(figures.begin(), figures.end(),
              [](const TableFigures &a, const TableFigures &b) { return a.table < b.table; });
    return figures;
}

QVariant valueOf(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return QStringLiteral("(no row: %1)").arg(q.lastError().text());
    return q.value(0);
}

} // namespace

// DatabaseCopy (`db copy`): a whole database from an SQLite file into a server database and
// back. Each test function has its own server database and its own files.
class TestDatabaseCopy final : public test::ServerTest
{
    Q_OBJECT

    // The demo, made once and copied for each test function.
    void prepareProgram() override
    {
        auto made = Database::open(m_template.filePath(QStringLiteral("demo.dcdb")),
                                   Database::OpenMode::CreateIfMissing);
        QVERIFY2(made, qPrintable(made.error()));
        const Result<DemoSummary> demo = DemoDataset::load(made.value()->connection());
        QVERIFY2(demo, qPrintable(demo.error()));
    }

    // Each test function starts with its own copy of the demo and its empty server database,
    // both opened.
    void prepare() override
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = demoFile();
        QVERIFY(m_file);
        m_server = openServer();
        QVERIFY(m_server);
    }

    void release() override
    {
        m_server.reset();
        m_file.reset();
        m_dir.reset();
    }

private Q_SLOTS:
    // The demo goes to the server and back to a new file: every table the same rows, the same
    // ids, the same checksum on the three; the search index of the new file is filled.
    void theDemoGoesToTheServerAndBack()
    {
        const Figures before = allFigures(m_file->connection());

        QStringList tablesSeen;
        const Result<CopySummary> there =
            DatabaseCopy::copy(*m_file, *m_server, [&](const QString &table, qint64) {
                if (!tablesSeen.contains(table))
                    tablesSeen << table;
                return true;
            });
        QVERIFY2(there, qPrintable(there.error()));
        QVERIFY(!there->cancelled);
        QCOMPARE(sortedByName(there->tables), before);
        QCOMPARE(sortedByName(allFigures(m_server->connection())), before);
        QCOMPARE(tablesSeen.size(), before.size());
        // Parents first: a county after its region, an award after its call and organization.
        const QStringList order = [&] {
            QStringList names;
            for (const TableFigures &t : there->tables)
                names << t.table;
            return names;
        }();
        QVERIFY(order.indexOf(QStringLiteral("region")) < order.indexOf(QStringLiteral("county")));
        QVERIFY(order.indexOf(QStringLiteral("funding_call")) <
                order.indexOf(QStringLiteral("funding_award")));
        QVERIFY(order.indexOf(QStringLiteral("organization")) <
                order.indexOf(QStringLiteral("funding_award")));
        qint64 rows = 0;
        for (const TableFigures &t : before)
            rows += t.rows;
        QCOMPARE(there->rows, rows);
        QVERIFY(!order.contains(QStringLiteral("organization_fts")));
        QVERIFY(!order.contains(QStringLiteral("schema_version")));
        QCOMPARE(m_server->schemaVersion(), Database::latestSchemaVersion());

        const QString backPath = m_dir->filePath(QStringLiteral("back.dcdb"));
        auto back = Database::open(backPath, Database::OpenMode::CreateIfMissing);
        QVERIFY2(back, qPrintable(back.error()));
        const Result<CopySummary> home = DatabaseCopy::copy(*m_server, *back.value());
        QVERIFY2(home, qPrintable(home.error()));
        QCOMPARE(sortedByName(allFigures(back.value()->connection())), before);

        // Spot checks, read back from the file the server's copy made.
        const QSqlDatabase a = m_file->connection();
        const QSqlDatabase b = back.value()->connection();
        const QSqlDatabase s = m_server->connection();
        QSqlQuery q(a);
        QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM organization WHERE name LIKE '%ș%' "
                                      "ORDER BY id LIMIT 1")) &&
                q.next());
        const qint64 diacritics = q.value(0).toLongLong();
        const QString name = q.value(1).toString();
        const QString byId = QStringLiteral("SELECT name FROM organization WHERE id = :id");
        QCOMPARE(valueOf(s, byId, diacritics).toString(), name);
        QCOMPARE(valueOf(b, byId, diacritics).toString(), name);
        QVERIFY(q.exec(QStringLiteral("SELECT id, granted_bani FROM funding_award "
                                      "WHERE granted_bani > 0 ORDER BY id LIMIT 1")) &&
                q.next());
        const qint64 award = q.value(0).toLongLong();
        const QString money =
            QStringLiteral("SELECT granted_bani FROM funding_award WHERE id = :id");
        QCOMPARE(valueOf(s, money, award).toLongLong(), q.value(1).toLongLong());
        QCOMPARE(valueOf(b, money, award).toLongLong(), q.value(1).toLongLong());
        QVERIFY(q.exec(QStringLiteral("SELECT id, new_values FROM audit_log "
                                      "WHERE new_values LIKE '{%' ORDER BY id LIMIT 1")) &&
                q.next());
        const qint64 audit = q.value(0).toLongLong();
        const QString json = QStringLiteral("SELECT new_values FROM audit_log WHERE id = :id");
        QCOMPARE(valueOf(s, json, audit).toString(), q.value(1).toString());
        QCOMPARE(valueOf(b, json, audit).toString(), q.value(1).toString());
        // The search index of the new file was filled as the rows came in.
        const QString search = QStringLiteral(
            "SELECT count(*) FROM organization_fts WHERE organization_fts MATCH 'asociatia'");
        QSqlQuery qa(a), qb(b);
        QVERIFY(qa.exec(search) && qa.next());
        QVERIFY(qb.exec(search) && qb.next());
        QVERIFY(qa.value(0).toInt() > 0);
        QCOMPARE(qb.value(0).toInt(), qa.value(0).toInt());
        QVERIFY(qb.exec(QStringLiteral(
            "INSERT INTO organization_fts(organization_fts, rank) VALUES ('integrity-check', 1)")));
    }

    // A server database that holds someone's work is refused and left as it was.
    void aTargetThatIsNotEmptyIsRefused()
    {
        QSqlQuery q(m_server->connection());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO organization (name, name_sort, name_folded, created_at, "
                     "updated_at) VALUES ('Asociația de pe server', 'a', 'a', '2026-01-01', "
                     "'2026-01-01')")),
                 qPrintable(q.lastError().text()));
        const Figures before = allFigures(m_server->connection());

        const Result<CopySummary> copied = DatabaseCopy::copy(*m_file, *m_server);
        QVERIFY(!copied);
        QVERIFY2(copied.error().contains(QStringLiteral("not empty")), qPrintable(copied.error()));
        QVERIFY2(copied.error().contains(QStringLiteral("organization")),
                 qPrintable(copied.error()));
        QVERIFY2(copied.error().startsWith(url()), qPrintable(copied.error()));
        QCOMPARE(allFigures(m_server->connection()), before);

        // A seed row replaced by one of the user's (the same count, a new id) is work too.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM organization WHERE id = 1")));
        QVERIFY(!DatabaseCopy::copy(*m_file, *m_server));
        // And the copy of a copy: the server, now full, refuses a second one.
        std::unique_ptr<Database> other = openServer(QStringLiteral("copy_second"));
        QVERIFY(other);
        QVERIFY(DatabaseCopy::copy(*m_file, *other));
        const Result<CopySummary> again = DatabaseCopy::copy(*m_file, *other);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("not empty")), qPrintable(again.error()));
        other.reset();
        QVERIFY(m_cluster.dropDatabase(QStringLiteral("copy_second")));
    }

    // A database is not copied onto itself.
    void aDatabaseIsNotCopiedOntoItself()
    {
        auto second = Database::open(url(), Database::OpenMode::ExistingOnly);
        QVERIFY2(second, qPrintable(second.error()));
        const Result<CopySummary> copied = DatabaseCopy::copy(*m_server, *second.value());
        QVERIFY(!copied);
        QVERIFY2(copied.error().contains(QStringLiteral("onto itself")),
                 qPrintable(copied.error()));
    }

    // A copy the target refuses part-way rolls back whole: the target holds its seed rows only,
    // as before, and the message says why. A row the target refuses (a CHECK of the server's that
    // the demo's awards break); a row that arrives changed (a trigger of the server's rewrites a
    // description), which makes the checksums differ.
    void aRefusedCopyLeavesTheTargetAsItWas_data()
    {
        QTest::addColumn<QStringList>("serverChanges");
        QTest::addColumn<QStringList>("messageParts");
        QTest::newRow("a failure half-way")
            << QStringList{QStringLiteral(
                   "ALTER TABLE funding_award ADD CONSTRAINT no_money CHECK (granted_bani = 0)")}
            << QStringList{QStringLiteral("funding_award, row id "), QStringLiteral("no_money")};
        QTest::newRow("a difference in the checksums")
            << QStringList{QStringLiteral(
                               "CREATE FUNCTION change_note() RETURNS trigger LANGUAGE plpgsql "
                               "AS $$ BEGIN NEW.description := 'changed'; RETURN NEW; END $$"),
                           QStringLiteral("CREATE TRIGGER change_note BEFORE INSERT ON program "
                                          "FOR EACH ROW EXECUTE FUNCTION change_note()")}
            << QStringList{QStringLiteral("the table program differs")};
    }
    void aRefusedCopyLeavesTheTargetAsItWas()
    {
        QFETCH(QStringList, serverChanges);
        QFETCH(QStringList, messageParts);
        QSqlQuery q(m_server->connection());
        for (const QString &sql : serverChanges)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        const Figures before = allFigures(m_server->connection());

        const Result<CopySummary> copied = DatabaseCopy::copy(*m_file, *m_server);
        QVERIFY(!copied);
        for (const QString &part : messageParts)
            QVERIFY2(copied.error().contains(part), qPrintable(copied.error()));
        QCOMPARE(allFigures(m_server->connection()), before);
        QCOMPARE(test::rowCount(m_server->connection(), QStringLiteral("organization")), 4);
        QCOMPARE(test::rowCount(m_server->connection(), QStringLiteral("funding_call")), 0);
    }

    // Cancelled from the progress callback: nothing was written.
    void aCancelledCopyWritesNothing()
    {
        const Figures before = allFigures(m_server->connection());
        const Result<CopySummary> copied =
            DatabaseCopy::copy(*m_file, *m_server, [](const QString &table, qint64) {
                return table != QStringLiteral("organization");
            });
        QVERIFY2(copied, qPrintable(copied.error()));
        QVERIFY(copied->cancelled);
        QCOMPARE(allFigures(m_server->connection()), before);
    }

    // After the copy, the server gives new rows new ids (its sequences moved past the copied).
    void idsContinueAfterTheCopy()
    {
        QVERIFY(DatabaseCopy::copy(*m_file, *m_server));
        QSqlQuery q(m_server->connection());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO organization (name, name_sort, name_folded, created_at, "
                     "updated_at) VALUES ('Asociația nouă', 'a', 'a', '2026-01-01', "
                     "'2026-01-01') RETURNING id")) &&
                     q.next(),
                 qPrintable(q.lastError().text()));
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery a(m_file->connection());
        QVERIFY(a.exec(QStringLiteral("SELECT max(id) FROM organization")) && a.next());
        QCOMPARE(id, a.value(0).toLongLong() + 1);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (table_name, row_id, action, "
                                       "os_user, changed_at) VALUES ('organization', 1, "
                                       "'update', 'test', '2026-01-01')")),
                 qPrintable(q.lastError().text()));
    }

    // Ten thousand organizations there and back, compared table by table.
    void tenThousandOrganizationsBothWays()
    {
        TestDatabaseFile source(m_dir->filePath(QStringLiteral("many.dcdb")));
        QVERIFY2(source.db, qPrintable(source.error));
        const Status added = test::addGeneratedOrganizations(source.db->connection(), 10000);
        QVERIFY2(added, qPrintable(added.error()));
        qint64 reported = 0;
        const Result<CopySummary> there =
            DatabaseCopy::copy(*source.db, *m_server, [&](const QString &table, qint64 rows) {
                if (table == QStringLiteral("organization"))
                    reported = rows;
                return true;
            });
        QVERIFY2(there, qPrintable(there.error()));
        QCOMPARE(reported, 10004);
        const Figures before = allFigures(source.db->connection());
        QCOMPARE(sortedByName(allFigures(m_server->connection())), before);

        auto back = Database::open(m_dir->filePath(QStringLiteral("back.dcdb")),
                                   Database::OpenMode::CreateIfMissing);
        QVERIFY2(back, qPrintable(back.error()));
        const Result<CopySummary> home = DatabaseCopy::copy(*m_server, *back.value());
        QVERIFY2(home, qPrintable(home.error()));
        QCOMPARE(sortedByName(home->tables), before);
        QCOMPARE(allFigures(back.value()->connection()), before);
    }

private:
    struct TestDatabaseFile
    {
        explicit TestDatabaseFile(const QString &path)
        {
            auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
            if (opened)
                db = std::move(opened).value();
            else
                error = opened.error();
        }
        std::unique_ptr<Database> db;
        QString error;
    };

    // A copy of the demo database in the test function's folder, opened.
    std::unique_ptr<Database> demoFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("demo.dcdb"));
        if (!test::copyDatabase(m_template.filePath(QStringLiteral("demo.dcdb")), path))
            return nullptr;
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!opened)
            qWarning() << opened.error();
        return opened ? std::move(opened).value() : nullptr;
    }

    std::unique_ptr<Database> openServer(const QString &name = QString())
    {
        if (!name.isEmpty() && !m_cluster.createDatabase(name))
            return nullptr;
        auto opened = Database::open(url(name), Database::OpenMode::CreateIfMissing);
        if (!opened)
            qWarning() << opened.error();
        return opened ? std::move(opened).value() : nullptr;
    }

    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_file;
    std::unique_ptr<Database> m_server;
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"

#include "FileSizeLimit.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sqlite.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>

using namespace dc;

namespace {

// An older version of the program, which knows migration step 1 alone, and its database in a
// temporary folder; a test gives it a step of its own (addStep()) and opens the database again.
class OlderProgram final
{
public:
    OlderProgram()
        : m_valid(QFile::copy(QStringLiteral(":/migrations/0001_foundation.sql"),
                              m_migrations.filePath(QStringLiteral("0001_foundation.sql"))))
    {
    }
    bool isValid() const { return m_valid && m_dir.isValid(); }
    /// Its database (v1.sqlite), made by the first open().
    QString databasePath() const { return m_dir.filePath(QStringLiteral("v1.sqlite")); }
    /// Opens (making it) the database with the program's steps.
    Result<std::unique_ptr<Database>> open() const
    {
        return Database::open(databasePath(), QString(), m_migrations.path());
    }
    /// Adds the step @p fileName ("0002_name.sql") holding @p sql.
    bool addStep(const QString &fileName, const QByteArray &sql) const
    {
        return test::writeFile(m_migrations.filePath(fileName), sql);
    }

private:
    QTemporaryDir m_migrations;
    QTemporaryDir m_dir;
    bool m_valid;
};

} // namespace

// No server twin (DIALOGCIVIC_NO_SERVER_TWIN): this program tests the SQLite file itself
// (its mark, journal, locks, checks, damage and upgrades); tst_databaseserver tests the server's.
class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasSchemaAndReferenceData()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QCOMPARE(t.database().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(test::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM region")), 8);
        QCOMPARE(test::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM county")), 42);
        QCOMPARE(test::scalar(t.connection(),
                              QStringLiteral("SELECT count(*) FROM county WHERE code = 'B'")),
                 1);
        QCOMPARE(test::scalar(
                     t.connection(),
                     QStringLiteral(
                         "SELECT count(*) FROM organization WHERE kind = 'associative_structure'")),
                 4);
        QCOMPARE(
            test::scalar(
                t.connection(),
                QStringLiteral(
                    "SELECT count(*) FROM organization WHERE name_sort = '' OR name_folded = ''")),
            0);
        QCOMPARE(test::scalar(t.connection(),
                              QStringLiteral("SELECT count(*) FROM county WHERE sort_key = ''")),
                 0);
        // Every region has counties, and Bucharest-Ilfov has exactly two.
        QCOMPARE(
            test::scalar(t.connection(),
                         QStringLiteral("SELECT count(*) FROM region r WHERE NOT EXISTS (SELECT 1 "
                                        "FROM county c WHERE c.region_id = r.id)")),
            0);
        QCOMPARE(test::scalar(t.connection(),
                              QStringLiteral("SELECT count(*) FROM county c JOIN region r ON "
                                             "r.id = c.region_id WHERE r.code = 'BI'")),
                 2);
    }

    void countyIdsFollowRomanianOrder()
    {
        test::TestDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sort_key FROM county ORDER BY id")));
        QString previous;
        while (q.next()) {
            QVERIFY(q.value(0).toString() > previous);
            previous = q.value(0).toString();
        }
    }

    void pragmasAreSet()
    {
        test::TestDatabase t;
        QCOMPARE(test::scalar(t.connection(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(test::scalar(t.connection(), QStringLiteral("PRAGMA busy_timeout")) >= 1000);
    }

    void reopeningDoesNotMigrateAgain()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        auto again = Database::open(path);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again.value()->backupPath().isEmpty());
        QCOMPARE(test::scalar(again.value()->connection(),
                              QStringLiteral("SELECT count(*) FROM county")),
                 42);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        test::TestDatabase t;
        const QString path = t.path();
        {
            QSqlDatabase db = t.connection();
            QVERIFY(sqlite::setUserVersion(db, Database::latestSchemaVersion() + 5));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        t.close();
        const QByteArray before = test::fileSha256(path);
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QLatin1String("newer")), qPrintable(opened.error()));
        QCOMPARE(test::fileSha256(path), before);
    }

    void notSqliteIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(test::writeFile(path, "Denumire;Judet\nAsociatia X;Cluj\n"));
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY(opened.error().contains(path));
        QVERIFY2(opened.error().contains(QLatin1String("not a Dialog Civic database")),
                 qPrintable(opened.error()));
        QCOMPARE(test::fileSha256(path),
                 QCryptographicHash::hash("Denumire;Judet\nAsociatia X;Cluj\n",
                                          QCryptographicHash::Sha256));
    }

    void corruptFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        // A real header followed by garbage pages.
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(4096 - 16, '\x5a');
        bytes += QByteArray(8192, '\xff');
        QVERIFY(test::writeFile(path, bytes));
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QCOMPARE(test::fileSha256(path),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }

    void truncatedDatabaseIsReportedByCheckOrRefused()
    {
        test::TestDatabase t;
        const QString path = t.path();
        {
            QSqlDatabase db = t.connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x TEXT)")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(500)))")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        t.close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        auto opened = Database::open(path);
        if (opened) {
            QSqlDatabase db = opened.value()->connection();
            const Result<QStringList> problems = sqlite::check(db);
            QVERIFY(!problems || !problems->isEmpty());
        } else {
            QVERIFY(opened.error().contains(path));
        }
    }

    void failedMigrationRollsBack()
    {
        // A database that says it is at version 0 although it has the tables: running migration 1
        // fails; nothing of it may stay, and the copy taken before is there.
        test::TestDatabase t;
        const QString path = t.path();
        {
            QSqlDatabase db = t.connection();
            QVERIFY(sqlite::setUserVersion(db, 0));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE keep_me (x)")));
        }
        t.close();
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QLatin1String("undone")), qPrintable(opened.error()));
        QCOMPARE(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                      "WHERE name = 'keep_me'")),
                 1);
        QCOMPARE(test::rawScalar(path, QStringLiteral("PRAGMA user_version")), 0);
    }

    void upgradeTakesACopyAndAppliesTheNewSteps()
    {
        // A database at version 1, and a program that knows a step 2.
        // (made with step 1 alone: the program's own later steps would already be in a fresh file)
        const OlderProgram older;
        QVERIFY(older.isValid());
        {
            auto v1 = older.open();
            QVERIFY2(v1, qPrintable(v1.error()));
            QCOMPARE(v1.value()->schemaVersion(), 1);
            QSqlQuery q(v1.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO domain (name, folded, sort_key) VALUES "
                                          "('Educație', 'educatie', 'EFYEBTK')")));
        }
        QVERIFY(older.addStep(QStringLiteral("0002_test_step.sql"),
                              "ALTER TABLE domain ADD COLUMN description TEXT;\n"
                              "UPDATE domain SET description = 'from step 2';\n"));

        auto opened = older.open();
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), 2);
        QCOMPARE(test::scalar(opened.value()->connection(),
                              QStringLiteral(
                                  "SELECT count(*) FROM domain WHERE description = 'from step 2'")),
                 1);
        const QString copy = opened.value()->backupPath();
        QVERIFY(!copy.isEmpty());
        QVERIFY(QFile::exists(copy));
        QVERIFY(copy.contains(QLatin1String(".v1-")));
        opened.value().reset();

        // The copy is the database as it was: version 1, no new column.
        auto old = test::openBeforeStep(copy, 2);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), 1);
        QSqlQuery check(old.value()->connection());
        QVERIFY(!check.exec(QStringLiteral("SELECT description FROM domain")));
    }

    void failingStepLeavesTheOldVersion()
    {
        const OlderProgram older;
        QVERIFY(older.isValid());
        const QString path = older.databasePath();
        QVERIFY(older.open()); // version 1
        QVERIFY(older.addStep(QStringLiteral("0002_broken.sql"),
                              "CREATE TABLE half_done (x);\nTHIS IS NOT SQL;\n"));
        auto opened = older.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        // Still at version 1: the program with the real steps brings it up to date, and nothing
        // of the broken step is there.
        QCOMPARE(test::rawScalar(path, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(test::rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                      "WHERE name = 'half_done'")),
                 0);
        auto again = Database::open(path);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    // Issue 19: a copy refused on a full disk left a 0-byte .bak beside the database.
    void copyRefusedOnAFullDiskLeavesNoFile()
    {
        const OlderProgram older;
        QVERIFY(older.isValid());
        const QString path = older.databasePath();
        {
            auto v1 = older.open();
            QVERIFY2(v1, qPrintable(v1.error()));
            QSqlQuery q(v1.value()->connection());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO domain (name, folded, sort_key) VALUES (:name, :folded, 'X')")));
            for (int i = 0; i < 4000; ++i) { // some 1 MB, four times the limit below
                q.bindValue(QStringLiteral(":name"), QString(200, QLatin1Char('a')));
                q.bindValue(QStringLiteral(":folded"), QString::number(i));
                QVERIFY(q.exec());
            }
        }
        QVERIFY(older.addStep(QStringLiteral("0002_test_step.sql"),
                              "ALTER TABLE domain ADD COLUMN description TEXT;\n"));
        const QStringList before = QFileInfo(path).dir().entryList(QDir::Files);
        {
            const test::FileSizeLimit full(256 * 1024);
            auto opened = older.open();
            QVERIFY(!opened);
            QVERIFY2(opened.error().contains(QLatin1String("could not be made")),
                     qPrintable(opened.error()));
        }
        QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files), before);
        QCOMPARE(test::rawScalar(path, QStringLiteral("PRAGMA user_version")), 1);
    }

    // Issue 19: a new database whose first migration fails (a full disk) is not left half-made.
    void newDatabaseRefusedOnAFullDiskLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            const test::FileSizeLimit full(128 * 1024); // a new database has some 470 kB
            auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(!opened);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TestDatabase t;
        QSqlDatabase db = t.connection();
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM organization")));
        }
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM organization")), 4);
        {
            Transaction tx(db);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM organization")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM organization")), 0);
    }

    // A Transaction inside another is a savepoint: its rollback undoes only its own work, and its
    // commit leaves the outer transaction to decide (the demo dataset relies on it).
    void nestedTransactionIsASavepoint()
    {
        test::TestDatabase t;
        QSqlDatabase db = t.connection();
        const int before = test::scalar(db, QStringLiteral("SELECT count(*) FROM domain"));
        {
            Transaction outer(db);
            QVERIFY(outer.isActive());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO domain (name, folded, sort_key) VALUES ('A', 'a', 'a')")));
            {
                Transaction inner(db);
                QVERIFY2(inner.isActive(), qPrintable(inner.error()));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO domain (name, folded, sort_key) VALUES ('B', 'b', 'b')")));
            } // rolled back
            {
                Transaction inner(db);
                QVERIFY(inner.isActive());
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO domain (name, folded, sort_key) VALUES ('C', 'c', 'c')")));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM domain")), before + 2);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM domain WHERE name = 'B'")),
                 0);
        {
            Transaction outer(db);
            {
                Transaction inner(db);
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO domain (name, folded, sort_key) VALUES ('D', 'd', 'd')")));
                QVERIFY(inner.commit());
            }
        } // the outer one rolls back, the savepoint's work with it
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM domain")), before + 2);
    }

    void foreignKeysAreEnforced()
    {
        test::TestDatabase t;
        QSqlQuery q(t.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO organization (name, name_sort, name_folded, "
                                       "county_id, created_at, updated_at) "
                                       "VALUES ('X', 'X', 'x', 999, '', '')")));
    }

    void newDatabaseCarriesOurMark()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QCOMPARE(test::scalar(t.connection(), QStringLiteral("PRAGMA application_id")),
                 Database::applicationId);
    }

    // A database of ours from before the mark (schema 1, our tables, application_id 0) is ours:
    // it is brought up to date and gets the mark.
    void databaseFromBeforeTheMarkGetsIt()
    {
        test::TestDatabase t;
        const QString path = t.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(test::openBeforeStep(path, 2)); // version 1
        QCOMPARE(test::rawScalar(path, QStringLiteral("PRAGMA application_id")), 0);
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(
            test::scalar(opened.value()->connection(), QStringLiteral("PRAGMA application_id")),
            Database::applicationId);
    }

    void databaseOfAnotherProgramIsRefusedUntouched_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("foreign tables, user_version 0")
            << QStringList{QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                           QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")};
        QTest::newRow("our table names, user_version 0") << QStringList{
            QStringLiteral("CREATE TABLE region (id)"), QStringLiteral("CREATE TABLE county (id)"),
            QStringLiteral("CREATE TABLE organization (id)")};
        QTest::newRow("another application_id") << QStringList{
            QStringLiteral("PRAGMA application_id = 1234"),
            QStringLiteral("PRAGMA user_version = 3"), QStringLiteral("CREATE TABLE region (id)"),
            QStringLiteral("CREATE TABLE county (id)"),
            QStringLiteral("CREATE TABLE organization (id)")};
        QTest::newRow("user_version 2, foreign tables") << QStringList{
            QStringLiteral("PRAGMA user_version = 2"), QStringLiteral("CREATE TABLE notes (x)")};
    }

    void databaseOfAnotherProgramIsRefusedUntouched()
    {
        QFETCH(QStringList, statements);
        test::TestDatabase t;
        const QString path = t.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(test::rawExec(path, statements));
        const QByteArray before = test::fileSha256(path);
        for (const auto mode : {Database::OpenMode::CreateIfMissing,
                                Database::OpenMode::ExistingOnly, Database::OpenMode::Inspect}) {
            auto opened = Database::open(path, mode);
            QVERIFY(!opened);
            QVERIFY2(
                opened.error().contains(QLatin1String("is an SQLite database of another program")),
                qPrintable(opened.error()));
            QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        }
        QCOMPARE(test::fileSha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void missingDatabaseIsCreatedOnlyWhenAsked()
    {
        test::TestDatabase t;
        const QString path = t.filePath(QStringLiteral("typo/missing.sqlite"));
        for (const auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::Inspect}) {
            auto opened = Database::open(path, mode);
            QVERIFY(!opened);
            QCOMPARE(opened.error(), QStringLiteral("no such database: %1").arg(path));
        }
        QVERIFY(!QFileInfo::exists(t.filePath(QStringLiteral("typo"))));
        auto created = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(QFile::exists(path));
    }

    // Inspecting (db check) writes nothing: no migration, no switch to WAL.
    void inspectingWritesNothing()
    {
        test::TestDatabase t;
        const QString path = t.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(test::openBeforeStep(path, 2)); // version 1
        QVERIFY(test::rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
        const QByteArray before = test::fileSha256(path);
        {
            auto opened = Database::open(path, Database::OpenMode::Inspect);
            QVERIFY2(opened, qPrintable(opened.error()));
            QVERIFY(opened.value()->isReadOnly());
            QCOMPARE(opened.value()->schemaVersion(), 1);
            QSqlDatabase db = opened.value()->connection();
            QVERIFY(sqlite::check(db));
        }
        QCOMPARE(test::fileSha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const QStringList left =
            QDir(t.dir()).entryList({QStringLiteral("v1.sqlite*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("v1.sqlite")});
    }

    void damagedDatabaseOpensReadOnlyAndRefusesWrites()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        QVERIFY(test::damageDatabase(path));
        const QByteArray before = test::fileSha256(path);
        {
            auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
            QVERIFY2(opened, qPrintable(opened.error()));
            QVERIFY(opened.value()->isDamaged());
            QVERIFY(opened.value()->isReadOnly());
            QVERIFY2(opened.value()
                         ->warnings()
                         .join(QLatin1Char(' '))
                         .contains(QLatin1String("is damaged")),
                     qPrintable(opened.value()->warnings().join(QLatin1Char(' '))));
            QSqlQuery q(opened.value()->connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM organization")));
        }
        QCOMPARE(test::fileSha256(path), before);
    }

    void damageReportIsShortened()
    {
        // (%n: "problem(s)" untranslated, "problems" in the English translation.)
        const QString report = sqlite::firstProblem(
            QStringLiteral("*** in database main ***\nPage 5: btreeInitPage() returns error code "
                           "11\nPage 6 is never used\nPage 7 is never used"));
        QVERIFY2(report.startsWith(
                     QLatin1String("Page 5: btreeInitPage() returns error code 11, and 2 more")),
                 qPrintable(report));
        QVERIFY(!report.contains(QLatin1Char('\n')));
        QCOMPARE(sqlite::firstProblem(QStringLiteral("row 3 missing from index x")),
                 QStringLiteral("row 3 missing from index x"));
    }

    // A file larger than checkAtOpenBytes opens at once, its check pending (a million
    // organizations would keep the user 2.4 s from the first screen); the check before a write
    // finds the damage, and from then on nothing is written through the connection.
    void largeDamagedDatabaseIsCheckedBeforeAWrite()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        QVERIFY(test::growDatabase(path, Database::checkAtOpenBytes));
        QVERIFY(test::damageDatabase(path));
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &database = *opened.value();
        QVERIFY(database.isCheckPending());
        QVERIFY(!database.isDamaged());
        QVERIFY(!database.isReadOnly());

        const Status checked = database.checkNow();
        QVERIFY(!checked);
        QVERIFY2(checked.error().contains(QLatin1String("is damaged")),
                 qPrintable(checked.error()));
        // One line: SQLite's report names every page (thousands of lines in a large file).
        QVERIFY2(!checked.error().contains(QLatin1Char('\n')), qPrintable(checked.error()));
        QVERIFY(!database.isCheckPending());
        QVERIFY(database.isDamaged());
        QVERIFY(database.isReadOnly());
        QVERIFY(database.warnings().join(QLatin1Char(' ')).contains(QLatin1String("is damaged")));
        const int domains =
            test::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM domain"));
        QSqlQuery q(database.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM domain")));
        QCOMPARE(test::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM domain")),
                 domains);
    }

    // A large whole file: the check passes, the database stays writable; a small file is never
    // left pending, and `db check` (Inspect) checks whatever the size.
    void largeWholeDatabaseStaysWritableAfterTheCheck()
    {
        test::TestDatabase t;
        const QString path = t.path();
        QVERIFY(!t.database().isCheckPending());
        t.close();
        QVERIFY(test::growDatabase(path, Database::checkAtOpenBytes));
        {
            auto inspected = Database::open(path, Database::OpenMode::Inspect);
            QVERIFY2(inspected, qPrintable(inspected.error()));
            QVERIFY(!inspected.value()->isCheckPending());
        }
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(opened.value()->isCheckPending());
        QVERIFY(opened.value()->checkNow());
        QVERIFY(!opened.value()->isCheckPending());
        QVERIFY(!opened.value()->isReadOnly());
        QSqlQuery q(opened.value()->connection());
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM ballast")), qPrintable(q.lastError().text()));
    }

    // A second writer waits for the first (BEGIN IMMEDIATE, so the busy timeout applies) even
    // when it reads before it writes, and then sees what the first one wrote.
    void secondWriterWaitsForTheFirst()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString path = t.path();
        QSqlDatabase first = t.connection();
        const int before = test::scalar(first, QStringLiteral("SELECT count(*) FROM domain"));
        auto firstWrite = std::make_unique<Transaction>(first);
        QVERIFY(firstWrite->isActive());
        QSqlQuery q(first);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO domain (name, folded, sort_key) VALUES ('Întâi', 'intai', 'intai')")));

        QString secondError;
        int secondSaw = -1;
        std::thread second([&] {
            const QString name = QStringLiteral("second-writer");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                db.open();
                QSqlQuery pragma(db);
                pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
                Transaction write(db);
                if (!write.isActive()) {
                    secondError = write.error();
                } else {
                    secondSaw = test::scalar(db, QStringLiteral("SELECT count(*) FROM domain"));
                    QThread::msleep(400); // the first writer has committed by now
                    QSqlQuery insert(db);
                    if (!insert.exec(QStringLiteral("INSERT INTO domain (name, folded, sort_key) "
                                                    "VALUES ('Doi', 'doi', 'doi')")))
                        secondError = insert.lastError().text();
                    else if (Status s = write.commit(); !s)
                        secondError = s.error();
                }
                pragma.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
        QThread::msleep(200);
        QVERIFY(firstWrite->commit());
        second.join();
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QCOMPARE(secondSaw, before + 1);
        QCOMPARE(test::scalar(first, QStringLiteral("SELECT count(*) FROM domain")), before + 2);
    }

    // When the first writer holds the lock past the busy timeout, the second is told why.
    void busyWriterIsToldTheDatabaseIsBusy()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        Transaction firstWrite(t.connection());
        QVERIFY(firstWrite.isActive());
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM organization")));

        auto other = t.database().openAnother(QString());
        QVERIFY2(other, qPrintable(other.error()));
        QSqlQuery pragma(other.value()->connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 300")));
        QElapsedTimer timer;
        timer.start();
        Transaction secondWrite(other.value()->connection());
        QVERIFY(!secondWrite.isActive());
        QVERIFY(timer.elapsed() >= 250); // it waited
        QVERIFY2(secondWrite.error().contains(QLatin1String(
                     "the database is busy: another program or import is writing to it")),
                 qPrintable(secondWrite.error()));
        QVERIFY2(secondWrite.error().contains(t.path()), qPrintable(secondWrite.error()));
    }

    void checkReportsHealthyDatabase()
    {
        test::TestDatabase t;
        QSqlDatabase db = t.connection();
        const Result<QStringList> problems = sqlite::check(db);
        QVERIFY(problems);
        QVERIFY(problems->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

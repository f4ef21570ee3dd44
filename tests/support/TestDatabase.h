#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dc::test {

/// Whether this run's test databases are on a PostgreSQL server: the server twin of each program
/// of the models' suite (`<capability>/<unit>:server` in ctest) runs with
/// DIALOGCIVIC_TEST_BACKEND=server, every TestDatabase then a fresh database on one throwaway
/// PgCluster per program (see tests/CMakeLists.txt).
bool onServer();

/// Why the server twin of a test cannot run here (QSKIP outside CI, PgCluster::skipReason());
/// empty on a file run and where it can.
QString serverSkipReason();

/// What a fresh TestDatabase holds beyond the schema.
enum class Seed
{
    Empty,
    Demo
};

/// A fresh database, removed with the object: an SQLite file in a temporary folder, or on the
/// server twin (onServer()) a new database on the program's throwaway server, made from a copy of
/// the schema (and of the demo, loaded once per program, for Seed::Demo). Either way dir() is a
/// temporary folder for the test's other files.
class TestDatabase final
{
public:
    explicit TestDatabase(Seed seed = Seed::Empty);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;
    bool isValid() const { return m_database != nullptr; }
    const QString &error() const { return m_error; }
    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    /// The file's path, or on a server the database's URL: what Database::open() takes (also
    /// after close()), and what rawExec() and rawScalar() take.
    const QString &path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// A path inside the temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Closes the database (e.g. to open the file again).
    void close() { m_database.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    /// On a server: the database's name, dropped with the object.
    QString m_serverName;
    std::unique_ptr<Database> m_database;
    QString m_error;
};

/// Skips the running test function on the server twin, with @p why: what it tests belongs to an
/// SQLite file (its bytes, its journal, PRAGMAs), and the twin has nothing of it to test.
#define DC_FILE_ONLY(why)                                                                          \
    do {                                                                                           \
        if (dc::test::onServer())                                                                  \
            QSKIP("an SQLite file's own: " why);                                                   \
    } while (false)

/// The name of the demo's fictitious organization that tests tie to every kind of record.
inline constexpr const char16_t *everyRecordOrganization = u"Centrul de Voluntariat Model (fictiv)";

/// On a database with the demo: the demo's fictitious volunteering centre (it holds a seat, an
/// award, recommendations and a debate request) is made, in this test database only, a partner
/// of the 2021 edition and a co-organizer of its first videoconference, so that one organization
/// is tied to every kind of record. The demo itself ties no fictitious organization to the
/// seeds' edition and no real one to an invented record. Returns its id, 0 on failure.
qint64 tieToEveryKindOfRecord(const QSqlDatabase &db);

/// Makes every insert into @p table (a table of the schema) fail with @p message (plain words, no
/// quote), as a full disk or a refusing server would: a trigger in the dialect of @p db. False
/// when it cannot be made.
bool refuseInserts(const QSqlDatabase &db, const QString &table, const QString &message);

/// How many organizations the search as one types finds for @p text (OrganizationRepository's
/// search: the full-text index of a file, the folded columns of a server); -1 on failure.
int searchHits(const QSqlDatabase &db, const QString &text);

/// The names of the indexes and triggers of @p table (of the schema), sorted, on either backend:
/// what a bulk write that suspends them must put back as they were.
QStringList indexesAndTriggersOf(const QSqlDatabase &db, const QString &table);

/// The first column of the first row @p sql returns, as a number (a count); -1 when it fails.
int scalar(const QSqlDatabase &db, const QString &sql);

/// The number of rows of @p table (a table of the schema, never user text); -1 when it fails.
int rowCount(const QSqlDatabase &db, const QString &table);

/// The id of the organization named exactly @p name; 0 when there is none.
qint64 organizationId(const QSqlDatabase &db, const QString &name);

/// A valid fiscal code (CIF) made from a counter: 8 digits of body, then the check digit. For
/// generated organizations that must not collide (large imports, benchmarks).
QString fiscalCodeFor(int n);

/// Adds @p n generated organizations to @p db in one transaction, what a large office holds:
/// names with diacritics, fiscal codes from fiscalCodeFor(), a county but for every third, the
/// locality Iași but for every fifth, purposes, volunteering every other one.
Status addGeneratedOrganizations(QSqlDatabase db, int n);

/// The folder of checked-in fixtures (tests/data).
QString dataPath(const QString &name);

/// Opens (making it) the database @p path with only the migrations numbered below @p step
/// applied: the file an older version of the program left, for a test of upgrade step @p step.
Result<std::unique_ptr<Database>> openBeforeStep(const QString &path, int step);

/// A database as an older version of the program left it (openBeforeStep(@p path, @p step)) with
/// @p statements run on it (the rows an upgrade must keep), then closed and opened by this
/// version, every migration applied. An error names the statement that failed, or says that the
/// old database was not older than @p step.
Result<std::unique_ptr<Database>> upgradedDatabase(const QString &path, int step,
                                                   const QStringList &statements);

/// Copies the closed database @p from to @p to, replacing @p to and its journal files: a database
/// made once per test program, opened afresh by each test function. False on failure.
bool copyDatabase(const QString &from, const QString &to);

/// The bytes of the file @p path; empty when it cannot be read.
QByteArray readFile(const QString &path);

/// The SHA-256 of the file @p path; empty when it cannot be read.
QByteArray fileSha256(const QString &path);

/// Writes @p bytes to @p path (creating or replacing it); false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

/// Runs @p statements on the SQLite file @p path (or the server database whose URL @p path is, as
/// TestDatabase::path() gives it) through a connection of its own (not Database::open), as
/// another program would; false (the statement in a warning) when one fails.
bool rawExec(const QString &path, const QStringList &statements);

/// The number the query @p sql gives on the SQLite file @p path, read through a connection of its
/// own (as rawExec()); -1 when it fails.
int rawScalar(const QString &path, const QString &sql);

/// Makes the closed database at @p path larger than @p bytes with a table of its own (a file
/// that Database::open leaves to be checked later). False on failure.
bool growDatabase(const QString &path, qint64 bytes);

/// Turns the closed database at @p path into one that `PRAGMA quick_check` reports as damaged,
/// its schema (page 1) still readable: the first page of a table of its own is overwritten with
/// garbage; the file is left in WAL mode, as the program leaves every file it writes. False when
/// that could not be done.
bool damageDatabase(const QString &path);

} // namespace dc::test

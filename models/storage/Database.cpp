#include "Database.h"

#include "DerivedKeys.h"
#include "PostgresSchema.h"
#include "ServerAddress.h"
#include "Sqlite.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <map>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The migrations in a folder (the resources' by default): version -> script. A file
// "0002_x.sql" is version 2.
std::map<int, QString> migrationsIn(const QString &folder)
{
    std::map<int, QString> result;
    const QDir dir(folder);
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch m = name.match(fileName);
        if (!m.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (file.open(QIODevice::ReadOnly))
            result[m.captured(1).toInt()] = QString::fromUtf8(file.readAll());
    }
    return result;
}

int scalarOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Whether the file is ours: our mark, or (from before the mark) a schema version and our tables.
// An empty file (no tables yet, no mark) is a new database.
bool isOurs(const QSqlDatabase &db)
{
    const qint32 mark = scalarOf(db, QStringLiteral("PRAGMA application_id"));
    if (mark == Database::applicationId)
        return true;
    if (mark != 0)
        return false;
    const int tables =
        scalarOf(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (tables == 0)
        return true;
    const int ours =
        scalarOf(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                    "AND name IN ('region', 'county', 'organization')"));
    return ours == 3 && sqlite::userVersion(db) >= 1;
}

// PRAGMA quick_check: empty when healthy, else the first problem found.
QString quickCheck(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    if (!q.next())
        return Messages::tr("the check returned nothing");
    const QString first = q.value(0).toString();
    return first == QLatin1String("ok") ? QString() : sqlite::firstProblem(first);
}

QString damagedWarning(const QString &nativePath, const QString &problem)
{
    return Messages::tr("%1 is damaged (%2). It was opened read-only and nothing can be changed "
                        "in it: restore a copy, or ask for help.")
        .arg(nativePath, problem);
}

QString newConnectionName()
{
    return QStringLiteral("dialogcivic-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::defaultMigrationsFolder()
{
    return QStringLiteral(":/migrations");
}

int Database::latestSchemaVersion(const QString &migrationsFolder)
{
    const std::map<int, QString> scripts = migrationsIn(migrationsFolder);
    return scripts.empty() ? 0 : scripts.rbegin()->first;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("dialogcivic.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (m_server)
        return postgres::schemaVersion(connection());
    return sqlite::userVersion(connection());
}

Result<QStringList> Database::check() const
{
    QSqlDatabase db = connection();
    return m_server ? postgres::check(db) : sqlite::check(db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &connectionName,
                                                 const QString &migrationsFolder)
{
    return openWith(path, connectionName, migrationsFolder, OpenMode::CreateIfMissing);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode,
                                                 const QString &migrationsFolder)
{
    return openWith(path, QString(), migrationsFolder, mode);
}

Result<std::unique_ptr<Database>> Database::openWith(const QString &path,
                                                     const QString &connectionName,
                                                     const QString &migrationsFolder, OpenMode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    if (ServerAddress::isServerUrl(path))
        return openServer(path, connectionName, mode);
    if (path.isEmpty())
        return R::failure(Messages::tr("no database file was named"));
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool exists = info.exists();

    if (exists && info.isDir())
        return R::failure(
            Messages::tr("%1: this is a folder, not a database file.").arg(nativePath));
    if (exists && !info.isReadable())
        return R::failure(
            Messages::tr("%1: the file cannot be read (permission denied).").arg(nativePath));
    if (exists && info.size() > 0 && !sqlite::hasSqliteHeader(path))
        return R::failure(
            Messages::tr("%1: this file is not a Dialog Civic database (not an SQLite file).")
                .arg(nativePath));
    if (!exists) {
        if (mode != OpenMode::CreateIfMissing)
            return R::failure(Messages::tr("no such database: %1").arg(nativePath));
        const QDir parent = info.absoluteDir();
        if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
            return R::failure(Messages::tr("%1: the folder cannot be created.").arg(nativePath));
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = info.absoluteFilePath();
    database->m_connectionName = connectionName.isEmpty() ? newConnectionName() : connectionName;
    database->m_created = !exists;
    // A file made here and not opened whole (a full disk in the middle of the first migration) is
    // removed: nothing half-made is left behind.
    auto removeIfMade = qScopeGuard([&database] {
        if (database && database->m_created) {
            const QString made = database->m_path;
            database.reset();
            removeFiles(made);
        }
    });
    // SQLite writes its journal beside the file: a writable file in a read-only folder can only
    // be read. (This is not damage, and must not be reported as such.)
    const bool folderReadOnly =
        exists && info.isWritable() && !QFileInfo(info.absolutePath()).isWritable();
    database->m_readOnly =
        (exists && !info.isWritable()) || folderReadOnly || mode == OpenMode::Inspect;

    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    sqlite::configure(db, database->m_path, database->m_readOnly, false);
    if (!db.open())
        return R::failure(Messages::tr("%1: the database cannot be opened: %2")
                              .arg(nativePath, db.lastError().text()));

    // Reading the schema is where a damaged file first shows.
    auto readsSchema = [&db](QString &error) {
        QSqlQuery probe(db);
        const bool ok =
            probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next();
        if (!ok)
            error = probe.lastError().text();
        return ok;
    };
    QString probeError;
    if (!readsSchema(probeError) && database->m_readOnly) {
        // A read-only WAL database in a folder we cannot write to: SQLite cannot create its
        // shared-memory file, so read the file as it is on disk (immutable) and say so.
        db.close();
        sqlite::configure(db, database->m_path, true, true);
        database->m_immutable = db.open();
        if (database->m_immutable)
            probeError.clear();
    }
    if (!probeError.isEmpty() || !readsSchema(probeError)) {
        return R::failure(Messages::tr("%1: the file is damaged and cannot be read: %2")
                              .arg(nativePath, probeError));
    }

    // Before anything is written (even the switch to WAL): is it ours, and is it whole?
    if (!isOurs(db)) {
        return R::failure(
            Messages::tr("%1 is an SQLite database of another program; it was left untouched.")
                .arg(nativePath));
    }
    // The check of a large file is left for later only when opening writes nothing to it: the
    // switch of a file not yet in WAL mode would be a write.
    const bool checkNow = mode == OpenMode::Inspect || !exists || info.size() <= checkAtOpenBytes ||
                          !sqlite::isWal(db);
    database->m_checkPending = !checkNow;
    if (const QString damage = checkNow ? quickCheck(db) : QString(); !damage.isEmpty()) {
        database->m_damaged = true;
        if (!database->m_readOnly) {
            db.close();
            database->m_readOnly = true;
            sqlite::configure(db, database->m_path, true, false);
            if (!db.open())
                return R::failure(Messages::tr("%1: the database cannot be opened: %2")
                                      .arg(nativePath, db.lastError().text()));
        }
        database->m_warnings << damagedWarning(nativePath, damage);
    }

    if (Status s = sqlite::applyPragmas(db, database->m_readOnly); !s)
        return R::failure(
            Messages::tr("%1: the database cannot be opened: %2").arg(nativePath, s.error()));

    if (folderReadOnly) {
        database->m_warnings
            << Messages::tr("The folder %1 is read-only: SQLite needs to create its journal beside "
                            "the file; copy the file to a writable folder. %2 was opened "
                            "read-only: you can look, but not change anything.")
                   .arg(QDir::toNativeSeparators(info.absolutePath()), nativePath);
    } else if (database->m_readOnly && !database->m_damaged && mode != OpenMode::Inspect) {
        database->m_warnings << Messages::tr(
                                    "%1 is read-only: you can look, but not change anything.")
                                    .arg(nativePath);
    }
    if (sqlite::isOnNetworkFileSystem(database->m_path)) {
        database->m_warnings
            << Messages::tr("%1 is on a network share. SQLite cannot lock files reliably there; "
                            "for a database shared by several people use PostgreSQL.")
                   .arg(nativePath);
    }

    const int version = database->schemaVersion();
    const int latest = latestSchemaVersion(migrationsFolder);
    if (version < 0)
        return R::failure(Messages::tr("%1: the schema version cannot be read.").arg(nativePath));
    if (version > latest) {
        return R::failure(
            Messages::tr("%1 was written by a newer version of Dialog Civic (schema %2; this "
                         "version knows up to %3). Update the program to open it.")
                .arg(nativePath)
                .arg(version)
                .arg(latest));
    }
    if (version < latest && mode != OpenMode::Inspect) {
        if (database->m_readOnly) {
            return R::failure(
                Messages::tr("%1 needs an update of its structure (schema %2 to %3), but the "
                             "file is read-only.")
                    .arg(nativePath)
                    .arg(version)
                    .arg(latest));
        }
        if (Status s = database->migrate(migrationsIn(migrationsFolder)); !s)
            return R::failure(
                Messages::tr("%1: the update of the structure failed and was undone: %2")
                    .arg(nativePath, s.error()));
    }
    removeIfMade.dismiss();
    return R(std::move(database));
}

Status Database::checkNow()
{
    if (m_checkPending)
        markChecked(quickCheck(connection()));
    return m_damaged ? Status::failure(m_warnings.constLast()) : Status();
}

void Database::markChecked(const QString &problem)
{
    m_checkPending = false;
    if (problem.isEmpty() || m_damaged)
        return;
    m_damaged = true;
    m_readOnly = true;
    QSqlDatabase db = connection();
    sqlite::preventWrites(db);
    m_warnings << damagedWarning(QDir::toNativeSeparators(m_path), problem);
}

void Database::removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<Database>> Database::openAnother(const QString &connectionName) const
{
    using R = Result<std::unique_ptr<Database>>;
    if (m_server)
        return openAnotherOnServer(connectionName);
    std::unique_ptr<Database> database(new Database);
    database->m_path = m_path;
    database->m_readOnly = m_readOnly;
    database->m_connectionName = connectionName.isEmpty() ? newConnectionName() : connectionName;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->m_immutable = m_immutable;
    sqlite::configure(db, m_path, m_readOnly, m_immutable);
    if (!db.open())
        return R::failure(Messages::tr("%1: the database cannot be opened: %2")
                              .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    if (Status s = sqlite::applyPragmas(db, m_readOnly); !s)
        return R::failure(s.error());
    return R(std::move(database));
}

Status Database::migrate(const std::map<int, QString> &migrations)
{
    QSqlDatabase db = connection();
    const int from = schemaVersion();
    if (from > 0) {
        // An existing database: keep a copy of it as it was before we touch its structure.
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(from).arg(stamp);
        // A second try within the same second (after a failed step) must not fail on the first
        // copy.
        for (int n = 2; QFileInfo::exists(m_backupPath); ++n)
            m_backupPath =
                QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(from).arg(stamp).arg(n);
        if (Status s = sqlite::copyTo(db, m_backupPath); !s) {
            return Status::failure(Messages::tr("the copy %1 could not be made: %2")
                                       .arg(QDir::toNativeSeparators(m_backupPath), s.error()));
        }
    }
    // A step may rebuild a table (SQLite cannot drop NOT NULL in place): with foreign keys on,
    // dropping the old table would cascade to its children. They are off while the steps run
    // (the pragma is ignored inside a transaction) and each step is checked before its commit.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto foreignKeysBackOn =
        qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    for (const auto &[version, script] : migrations) {
        if (version <= from)
            continue;
        Transaction transaction(db, WriterNote::Activity::SchemaUpdate);
        if (!transaction.isActive())
            return Status::failure(transaction.error());
        if (Status s = sqlite::execScript(db, script); !s)
            return Status::failure(Messages::tr("step %1: %2").arg(version).arg(s.error()));
        if (Status s = fillDerivedKeys(db); !s)
            return Status::failure(Messages::tr("step %1: %2").arg(version).arg(s.error()));
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return Status::failure(
                Messages::tr("step %1: %2").arg(version).arg(check.lastError().text()));
        if (check.next()) {
            return Status::failure(
                Messages::tr("step %1: a row of %2 refers to a missing row of %3.")
                    .arg(version)
                    .arg(check.value(0).toString(), check.value(2).toString()));
        }
        if (Status s = sqlite::setUserVersion(db, version); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

} // namespace dc

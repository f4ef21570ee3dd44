#include "Sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace dc::sqlite {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::sqlite)
};

} // namespace

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

void configure(QSqlDatabase &db, const QString &path, bool readOnly, bool immutable)
{
    if (!readOnly) {
        db.setConnectOptions();
        db.setDatabaseName(path);
        return;
    }
    QUrl uri = QUrl::fromLocalFile(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
    if (immutable)
        query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
    uri.setQuery(query);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
}

Status applyPragmas(QSqlDatabase &db, bool readOnly)
{
    QSqlQuery q(db);
    // A 64 MB page cache (the default is 2 MB): searching and sorting a million organizations
    // reads the same index pages again and again (measured: a prefix search at 100,000 rows
    // went from 34 ms to 7 ms).
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = 5000"),
                           QStringLiteral("PRAGMA cache_size = -65536")};
    if (!readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return Status::failure(q.lastError().text());
    }
    return {};
}

Status execScript(QSqlDatabase &db, const QString &script)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Status::failure(Messages::tr("The connection is not an SQLite connection."));
    char *error = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        return Status::failure(message);
    }
    return {};
}

bool inTransaction(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status setUserVersion(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    // PRAGMA takes no bound parameters; the version is our own integer, never user text.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Status::failure(q.lastError().text());
    return {};
}

Status copyTo(QSqlDatabase &db, const QString &target)
{
    const bool existed = QFileInfo::exists(target);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO :target"));
    q.bindValue(QStringLiteral(":target"), target);
    if (!q.exec()) {
        // On a full disk VACUUM INTO leaves the file it began (0 bytes): no copy is no file.
        if (!existed) {
            QFile::remove(target);
            QFile::remove(target + QLatin1String("-journal"));
        }
        return Status::failure(q.lastError().text());
    }
    return {};
}

QString firstProblem(const QString &report)
{
    QStringList lines;
    for (const QString &line : report.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().startsWith(QLatin1String("***")))
            lines << line.trimmed();
    }
    if (lines.isEmpty())
        return report.trimmed();
    if (lines.size() == 1)
        return lines.first();
    return Messages::tr("%1, and %n more problem(s)", nullptr, int(lines.size() - 1))
        .arg(lines.first());
}

bool isWal(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
           q.value(0).toString() == QLatin1String("wal");
}

void preventWrites(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA query_only = ON"));
}

Result<QStringList> check(QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Result<QStringList>::failure(q.lastError().text());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Result<QStringList>::failure(q.lastError().text());
    while (q.next()) {
        problems << Messages::tr("foreign key: row %1 of table %2 refers to a missing row of %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    return problems;
}

bool isOnNetworkFileSystem(const QString &path)
{
    const QStorageInfo storage(path);
    const QByteArray type = storage.fileSystemType().toLower();
    static const QList<QByteArray> network = {"nfs",        "nfs4", "cifs", "smbfs", "smb3",
                                              "fuse.sshfs", "9p",   "afs",  "ncpfs"};
    return network.contains(type);
}

} // namespace dc::sqlite

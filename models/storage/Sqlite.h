#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace dc::sqlite {

// Everything that only SQLite needs lives here, so that the PostgreSQL deployment has one place
// to mirror.

/// What the first 16 bytes of @p path say: true for "SQLite format 3".
bool hasSqliteHeader(const QString &path);

/// Points a QSQLITE connection at @p path: read-write, read-only (mode=ro), or read-only as an
/// immutable snapshot (for a WAL file whose folder we cannot write to).
void configure(QSqlDatabase &db, const QString &path, bool readOnly, bool immutable);

/// Sets foreign_keys, WAL (unless read-only), busy_timeout and synchronous on a new connection.
Status applyPragmas(QSqlDatabase &db, bool readOnly);

/// The first problem of a `PRAGMA quick_check` or `integrity_check` report, which can run to
/// thousands of lines ("*** in database main ***", then one line a page): that line, and how many
/// more there are.
QString firstProblem(const QString &report);
/// True when the database is in WAL mode (read from the file, nothing written).
bool isWal(const QSqlDatabase &db);
/// From now on no statement may change the database through this connection (query_only).
void preventWrites(QSqlDatabase &db);
/// Runs a script of several statements (a migration file) on the connection's handle.
Status execScript(QSqlDatabase &db, const QString &script);

/// True while the connection is inside a transaction (sqlite3_get_autocommit is off).
bool inTransaction(const QSqlDatabase &db);

int userVersion(const QSqlDatabase &db);
Status setUserVersion(QSqlDatabase &db, int version);

/// A consistent copy of the open database at @p target (VACUUM INTO).
Status copyTo(QSqlDatabase &db, const QString &target);

/// integrity_check and foreign_key_check: the problems found, empty when healthy.
Result<QStringList> check(QSqlDatabase &db);

/// True when @p path lies on a network file system, where SQLite's locking is not reliable.
bool isOnNetworkFileSystem(const QString &path);

} // namespace dc::sqlite

#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

/// The schema of a Dialog Civic database on a PostgreSQL server (a QPSQL connection), from
/// resources/migrations/postgresql/: the whole schema at one version (the highest
/// NNNN_schema.sql), then the upgrades after it (NNNN_*.sql), each bringing its version; the
/// version is kept in the table schema_version (PostgreSQL has no PRAGMA user_version).
namespace dc::postgres {

/// The folder of the PostgreSQL schema scripts compiled into the program: NNNN_schema.sql and
/// the upgrades after it, the highest number being the version a server database is brought to.
QString defaultScriptsFolder();

/// Creates the schema in the database of @p db, which must hold no table yet: the whole schema
/// of @p scriptsFolder, the sort keys of the rows it inserts (dc::text, as on SQLite), then the
/// upgrades after it, in one transaction. A database that already holds a table is refused with a
/// message naming one and left as it was; a failing script leaves nothing behind.
Status createSchema(QSqlDatabase db, const QString &scriptsFolder = defaultScriptsFolder());

/// Brings the schema of @p db up to the latest version of @p scriptsFolder: the upgrade scripts
/// after its version, in order, in one transaction that holds schema_version locked (a second
/// program waits, then finds nothing to do). Needs the owner of the tables: for another user the
/// server refuses and nothing changes. The version it started from; a failure leaves the
/// database as it was.
Result<int> upgradeSchema(QSqlDatabase db, const QString &scriptsFolder = defaultScriptsFolder());

/// The first table of the database (by name), or an empty string when it holds none: an empty
/// database, where the schema may be created.
Result<QString> firstTable(const QSqlDatabase &db);

/// The version in schema_version; 0 for a database without that table (no Dialog Civic schema
/// yet), -1 when it cannot be read.
int schemaVersion(const QSqlDatabase &db);

/// What `db check` finds on a server, as sqlite::check on a file: the constraints of the schema
/// that the server has not validated, and, where the amcheck extension is installed (it needs an
/// administrator), every B-tree index of the schema checked against its table. The foreign keys
/// themselves the server enforces on every write. Empty when healthy.
Result<QStringList> check(const QSqlDatabase &db);

} // namespace dc::postgres

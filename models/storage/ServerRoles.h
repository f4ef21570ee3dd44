#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// The roles of a Dialog Civic database shared on a PostgreSQL server (`db init-server`). Three
/// group roles, without login, that IT gives to the officials' own login roles:
/// - dialogcivic_reader reads every table;
/// - dialogcivic_editor also adds, changes and deletes records, and adds to the audit log (which
///   it can neither change nor empty);
/// - dialogcivic_admin is an editor who may also empty tables and give the two other roles to
///   colleagues (GRANT dialogcivic_editor TO ana).
/// Roles belong to the whole server; the privileges are granted on the tables of one database,
/// so that init-server is run once per database.
namespace dc::postgres {

/// What init-server did with one role.
struct RoleOutcome
{
    QString role;
    bool created = false; ///< false: it existed already
};

/// What setUpRoles() did.
struct RolesSummary
{
    QList<RoleOutcome> roles;
    /// The tables the privileges were granted on (every table of the schema).
    int tables = 0;
};

/// The three roles, least privileged first.
QStringList roleNames();

/// Creates the three roles that do not exist yet and grants their privileges on every table and
/// identity sequence of the schema of @p db, in one transaction (safe to run again: the grants are
/// made anew). The connection needs CREATEROLE and must own the tables (the user that created
/// the schema, or a superuser); otherwise it fails with the server's reason and changes nothing.
Result<RolesSummary> setUpRoles(QSqlDatabase db);

/// Whether the signed-in user may change the records of @p db (INSERT on organization): a reader
/// opens it read-only. True on a connection that cannot tell (the server refuses anyway).
bool mayWrite(const QSqlDatabase &db);

/// The user @p db is signed in as on the server (libpq may have chosen it: PGUSER, a service).
QString currentUser(const QSqlDatabase &db);

} // namespace dc::postgres

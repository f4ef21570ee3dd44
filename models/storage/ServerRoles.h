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

/// A login role of the server (an official's account) and what it may do in Dialog Civic.
struct ServerUser
{
    QString name;
    /// The most the account may do of the three roles (one of roleNames(), held directly or
    /// through another role), or empty: none, the account cannot even read.
    QString role;
    bool superuser = false; ///< may do everything, whatever its roles
    bool owner = false;     ///< owns the database (made it, ran init-server): may do everything
};

/// The server's login roles, by name, leaving out the server's own (pg_…). Every account may
/// read this list (pg_roles); fails with the server's reason.
Result<QList<ServerUser>> users(const QSqlDatabase &db);

/// Whether the signed-in user may give the reader and editor roles to colleagues: an
/// administrator (dialogcivic_admin) or a superuser. False on a file or when the server cannot
/// tell.
bool mayGrantRoles(const QSqlDatabase &db);

/// Gives account @p user the role @p role, the reader's or the editor's (empty: none, the account
/// keeps its login but no longer reaches the database), taking back the other one it holds, in
/// one transaction. The server checks who may: an administrator changes readers and editors, not
/// another administrator nor a superuser. Fails with one message naming the account and the
/// server's reason, and changes nothing.
Status setRole(QSqlDatabase db, const QString &user, const QString &role);

} // namespace dc::postgres

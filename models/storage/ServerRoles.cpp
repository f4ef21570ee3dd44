#include "ServerRoles.h"

#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::postgres)
};

const QString reader = QStringLiteral("dialogcivic_reader");
const QString editor = QStringLiteral("dialogcivic_editor");
const QString admin = QStringLiteral("dialogcivic_admin");

// The tables an editor may add to but not change: the history of every change, and the schema's
// version.
const QString auditLog = QStringLiteral("audit_log");
const QString schemaVersionTable = QStringLiteral("schema_version");

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    return Status::failure(
        Messages::tr("The roles cannot be set up: %1").arg(q.lastError().databaseText().trimmed()));
}

} // namespace

QStringList roleNames()
{
    return {reader, editor, admin};
}

Result<RolesSummary> setUpRoles(QSqlDatabase db)
{
    using R = Result<RolesSummary>;
    return inTransaction(db, [&]() -> R {
        RolesSummary summary;
        // A grant made again is a NOTICE ("is already a member"): not for the user's terminal.
        if (Status s = exec(db, QStringLiteral("SET LOCAL client_min_messages = warning")); !s)
            return R::failure(s.error());
        for (const QString &role : roleNames()) {
            const std::optional<qint64> exists = query::selectId(
                db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :role"),
                {{QStringLiteral(":role"), role}});
            if (!exists)
                return R::failure(Messages::tr("The roles cannot be read from the server."));
            const bool created = *exists == 0;
            if (created) {
                if (Status s = exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)); !s)
                    return R::failure(s.error());
            }
            summary.roles.append({role, created});
        }
        // Role and schema names are ours or the server's own (current_database(), the schema
        // the tables are in): quoted by the server (quote_ident) where they come from it.
        const QStringList statements = {
            QStringLiteral("GRANT %1 TO %2").arg(reader, editor),
            QStringLiteral("GRANT %1 TO %2").arg(editor, admin),
            QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(reader, editor, admin),
            QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', "
                           "current_database(), '%1'); END $$")
                .arg(reader),
            QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s', "
                           "current_schema(), '%1'); END $$")
                .arg(reader),
            QStringLiteral("DO $$ BEGIN "
                           "EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %s', "
                           "current_schema(), '%1'); "
                           "EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES "
                           "IN SCHEMA %I TO %s', current_schema(), '%2'); "
                           "EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO "
                           "%s', current_schema(), '%2'); "
                           "EXECUTE format('GRANT TRUNCATE ON ALL TABLES IN SCHEMA %I TO %s', "
                           "current_schema(), '%3'); END $$")
                .arg(reader, editor, admin),
            // The history is added to, never rewritten, by editors; the version is the program's.
            QStringLiteral("REVOKE UPDATE, DELETE ON %1 FROM %2").arg(auditLog, editor),
            QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM %2")
                .arg(schemaVersionTable, editor),
            QStringLiteral("GRANT UPDATE, DELETE ON %1 TO %2").arg(auditLog, admin),
        };
        for (const QString &sql : statements) {
            if (Status s = exec(db, sql); !s)
                return R::failure(s.error());
        }
        const std::optional<qint64> tables = query::selectId(
            db,
            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
        if (!tables)
            return R::failure(Messages::tr("The tables cannot be counted on the server."));
        summary.tables = static_cast<int>(*tables);
        return R(summary);
    });
}

bool mayWrite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('organization', 'INSERT')")) ||
        !q.next())
        return true;
    return q.value(0).toBool();
}

QString currentUser(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return db.userName();
    return q.value(0).toString();
}

Result<QList<ServerUser>> users(const QSqlDatabase &db)
{
    using R = Result<QList<ServerUser>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The roles are tested for existence first: pg_has_role fails on a role that is not there
    // (a database whose init-server has not run).
    if (!q.prepare(QStringLiteral(
            "SELECT r.rolname, r.rolsuper, r.oid = (SELECT datdba FROM pg_database WHERE "
            "datname = current_database()), "
            "CASE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :admin) THEN '' "
            "WHEN pg_has_role(r.oid, :admin, 'MEMBER') THEN :admin "
            "WHEN pg_has_role(r.oid, :editor, 'MEMBER') THEN :editor "
            "WHEN pg_has_role(r.oid, :reader, 'MEMBER') THEN :reader ELSE '' END "
            "FROM pg_roles r WHERE r.rolcanlogin AND r.rolname !~ '^pg_' ORDER BY r.rolname")))
        return R::failure(query::errorMessage(q.lastError()));
    q.bindValue(QStringLiteral(":admin"), admin);
    q.bindValue(QStringLiteral(":editor"), editor);
    q.bindValue(QStringLiteral(":reader"), reader);
    if (!q.exec())
        return R::failure(Messages::tr("The server's accounts cannot be read: %1")
                              .arg(query::errorMessage(q.lastError())));
    QList<ServerUser> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(3).toString(), q.value(1).toBool(),
                     q.value(2).toBool()});
    return list;
}

bool mayGrantRoles(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT rolsuper OR (EXISTS (SELECT 1 FROM pg_roles WHERE "
                                  "rolname = ?) AND pg_has_role(current_user, ?, 'MEMBER')) "
                                  "FROM pg_roles WHERE rolname = current_user")))
        return false;
    q.addBindValue(admin);
    q.addBindValue(admin);
    return q.exec() && q.next() && q.value(0).toBool();
}

Status setRole(QSqlDatabase db, const QString &user, const QString &role)
{
    const auto refused = [&user](const QString &why) {
        //: %1 is an account on the database server (ana), %2 the server's reason
        return Status::failure(
            Messages::tr("The role of the account %1 was not changed: %2").arg(user, why));
    };
    if (!role.isEmpty() && role != reader && role != editor)
        return refused(Messages::tr("only the reader's and the editor's roles are given here"));
    // Prepared outside the transaction: a prepared statement is freed on the server when its
    // query goes, which must be after the rollback of a refused change.
    QSqlQuery held(db);
    QSqlQuery exists(db);
    QSqlQuery grant(db);
    const Status done = inTransaction(db, [&]() -> Status {
        // The statements are composed by the server from bound values (format's %I quotes a name
        // as an identifier), then run: an account's name is never pasted into SQL here.
        held.setForwardOnly(true);
        if (!held.prepare(QStringLiteral(
                "SELECT format('REVOKE %I FROM %I', g.rolname, u.rolname) FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                "WHERE u.rolname = ? AND g.rolname IN (?, ?, ?) AND g.rolname IS DISTINCT FROM ?")))
            return Status::failure(query::errorMessage(held.lastError()));
        for (const QString &value : {user, reader, editor, admin, role})
            held.addBindValue(value);
        if (!held.exec())
            return Status::failure(query::errorMessage(held.lastError()));
        QStringList statements;
        while (held.next())
            statements << held.value(0).toString();
        if (!exists.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND "
                                           "rolcanlogin")))
            return Status::failure(query::errorMessage(exists.lastError()));
        exists.addBindValue(user);
        if (!exists.exec() || !exists.next())
            return Status::failure(query::errorMessage(exists.lastError()));
        if (exists.value(0).toInt() == 0)
            return Status::failure(Messages::tr("the server has no such account"));
        if (!role.isEmpty()) {
            if (!grant.prepare(QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)")))
                return Status::failure(query::errorMessage(grant.lastError()));
            grant.addBindValue(role);
            grant.addBindValue(user);
            if (!grant.exec() || !grant.next())
                return Status::failure(query::errorMessage(grant.lastError()));
            statements << grant.value(0).toString();
        }
        for (const QString &sql : std::as_const(statements)) {
            QSqlQuery run(db);
            if (run.exec(sql))
                continue;
            if (run.lastError().nativeErrorCode() == QLatin1String("42501"))
                return Status::failure(
                    Messages::tr("your account may not do this: an administrator gives and takes "
                                 "back the reader's and the editor's roles; an administrator's "
                                 "own role is changed by the owner of the database or by IT"));
            return Status::failure(query::databaseWords(run.lastError()).simplified());
        }
        return {};
    });
    if (!done)
        return refused(done.error());
    return {};
}

} // namespace dc::postgres

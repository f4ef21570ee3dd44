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

} // namespace dc::postgres

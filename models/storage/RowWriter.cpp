#include "RowWriter.h"

#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace dc::rowwriter {

namespace {

QString placeholder(const QString &column)
{
    return QLatin1Char(':') + column;
}

} // namespace

Result<qint64> insertValues(QSqlDatabase &db, const QString &table, const Values &values)
{
    QStringList columns;
    QStringList placeholders;
    for (const auto &[column, value] : values) {
        columns << column;
        placeholders << placeholder(column);
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
            .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
    for (const auto &[column, value] : values)
        q.bindValue(placeholder(column), value);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<int> updateValues(QSqlDatabase &db, const QString &table, qint64 rowId, const Values &values)
{
    QStringList assignments;
    for (const auto &[column, value] : values)
        assignments << column + QLatin1String(" = ") + placeholder(column);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = :row_id")
                  .arg(table, assignments.join(QLatin1String(", "))));
    for (const auto &[column, value] : values)
        q.bindValue(placeholder(column), value);
    q.bindValue(QStringLiteral(":row_id"), rowId);
    if (!q.exec())
        return Result<int>::failure(q.lastError().text());
    return q.numRowsAffected();
}

Result<qint64> insertRow(QSqlDatabase &db, const QString &table, const Values &values,
                         const QJsonObject &audit, bool stamped)
{
    Values all = values;
    if (stamped) {
        const QString now = sqlvalues::nowIso();
        all.append({QStringLiteral("created_at"), now});
        all.append({QStringLiteral("updated_at"), now});
    }
    // A row added by a bulk import carries the import's id, and its data_import row is its audit
    // entry (one per import, not one per added record).
    const qint64 importId = AuditLog::currentImport(db);
    if (importId > 0)
        all.append({QStringLiteral("import_id"), importId});
    const Result<qint64> newId = insertValues(db, table, all);
    if (!newId || importId > 0)
        return newId;
    if (Status s = AuditLog::record(db, table, *newId, AuditLog::Action::Insert, {}, audit); !s)
        return Result<qint64>::failure(s.error());
    return newId;
}

Status updateRow(QSqlDatabase &db, const QString &table, qint64 rowId, const Values &values,
                 const QJsonObject &before, const QJsonObject &after, bool stamped,
                 const QString &missing)
{
    Values all = values;
    if (stamped)
        all.append({QStringLiteral("updated_at"), sqlvalues::nowIso()});
    // A row changed by a bulk import carries its id; the audit row below keeps the old values.
    if (const qint64 importId = AuditLog::currentImport(db); importId > 0)
        all.append({QStringLiteral("import_id"), importId});
    const Result<int> changed = updateValues(db, table, rowId, all);
    if (!changed)
        return Status::failure(changed.error());
    if (*changed != 1)
        return Status::failure(missing.isEmpty()
                                   ? QStringLiteral("%1 %2 does not exist.").arg(table).arg(rowId)
                                   : missing);
    return AuditLog::record(db, table, rowId, AuditLog::Action::Update, before, after);
}

Status deleteRow(QSqlDatabase &db, const QString &table, qint64 rowId, const QJsonObject &before,
                 const std::function<QString(const QString &)> &refused)
{
    if (Status s = query::exec(db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table),
                               {{QStringLiteral(":id"), rowId}});
        !s)
        return refused ? Status::failure(refused(s.error())) : s;
    return AuditLog::record(db, table, rowId, AuditLog::Action::Delete, before, {});
}

Status problems(const QStringList &messages)
{
    return messages.isEmpty() ? Status() : Status::failure(messages.join(QLatin1Char('\n')));
}

} // namespace dc::rowwriter

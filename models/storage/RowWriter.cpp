#include "RowWriter.h"

#include "storage/AuditLog.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace dc::rowwriter {

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString placeholder(const QString &column)
{
    return QLatin1Char(':') + column;
}

} // namespace

Result<qint64> insertRow(QSqlDatabase &db, const QString &table, const Values &values,
                         const QJsonObject &audit, bool stamped)
{
    Values all = values;
    if (stamped) {
        all.append({QStringLiteral("created_at"), now()});
        all.append({QStringLiteral("updated_at"), now()});
    }
    QStringList columns;
    QStringList placeholders;
    for (const auto &[column, value] : std::as_const(all)) {
        columns << column;
        placeholders << placeholder(column);
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
            .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
    for (const auto &[column, value] : std::as_const(all))
        q.bindValue(placeholder(column), value);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    const qint64 newId = q.value(0).toLongLong();
    q.finish();
    if (Status s = AuditLog::record(db, table, newId, AuditLog::Action::Insert, {}, audit); !s)
        return Result<qint64>::failure(s.error());
    return newId;
}

Status updateRow(QSqlDatabase &db, const QString &table, qint64 rowId, const Values &values,
                 const QJsonObject &before, const QJsonObject &after, bool stamped)
{
    Values all = values;
    if (stamped)
        all.append({QStringLiteral("updated_at"), now()});
    QStringList assignments;
    for (const auto &[column, value] : std::as_const(all))
        assignments << column + QLatin1String(" = ") + placeholder(column);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = :row_id")
                  .arg(table, assignments.join(QLatin1String(", "))));
    for (const auto &[column, value] : std::as_const(all))
        q.bindValue(placeholder(column), value);
    q.bindValue(QStringLiteral(":row_id"), rowId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("%1 %2 does not exist.").arg(table).arg(rowId));
    return AuditLog::record(db, table, rowId, AuditLog::Action::Update, before, after);
}

Status deleteRow(QSqlDatabase &db, const QString &table, qint64 rowId, const QJsonObject &before)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(table));
    q.bindValue(QStringLiteral(":id"), rowId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return AuditLog::record(db, table, rowId, AuditLog::Action::Delete, before, {});
}

Status problems(const QStringList &messages)
{
    return messages.isEmpty() ? Status() : Status::failure(messages.join(QLatin1Char('\n')));
}

} // namespace dc::rowwriter

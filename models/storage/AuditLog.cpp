#include "AuditLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

QString AuditLog::osUser()
{
    static const QString user = [] {
        QString name = qEnvironmentVariable("USER");
        if (name.isEmpty())
            name = qEnvironmentVariable("USERNAME");
        if (name.isEmpty())
            name = qEnvironmentVariable("LOGNAME");
        return name.isEmpty() ? QStringLiteral("unknown") : name;
    }();
    return user;
}

Status AuditLog::record(QSqlDatabase &db, const QString &table, qint64 rowId, Action action,
                        const QJsonObject &oldValues, const QJsonObject &newValues)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (table_name, row_id, action, old_values, "
                             "new_values, os_user, changed_at) "
                             "VALUES (:table, :row, :action, :old, :new, :user, :at)"));
    static const char *const actions[] = {"insert", "update", "delete"};
    auto json = [](const QJsonObject &o) {
        return o.isEmpty()
                   ? QVariant()
                   : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    q.bindValue(QStringLiteral(":table"), table);
    q.bindValue(QStringLiteral(":row"), rowId);
    q.bindValue(QStringLiteral(":action"), QString::fromLatin1(actions[int(action)]));
    q.bindValue(QStringLiteral(":old"), json(oldValues));
    q.bindValue(QStringLiteral(":new"), json(newValues));
    q.bindValue(QStringLiteral(":user"), osUser());
    q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

} // namespace dc

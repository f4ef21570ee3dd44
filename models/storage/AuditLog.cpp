#include "AuditLog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
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

namespace {

QMutex importsMutex;
QHash<QString, qint64> importsByConnection; // the bulk import running on a connection

qint64 importOf(const QSqlDatabase &db)
{
    const QMutexLocker lock(&importsMutex);
    return importsByConnection.value(db.connectionName());
}

} // namespace

qint64 AuditLog::currentImport(const QSqlDatabase &db)
{
    return importOf(db);
}

AuditLog::ImportScope::ImportScope(const QSqlDatabase &db, qint64 importId)
    : m_connection(db.connectionName())
{
    const QMutexLocker lock(&importsMutex);
    importsByConnection.insert(m_connection, importId);
}

AuditLog::ImportScope::~ImportScope()
{
    const QMutexLocker lock(&importsMutex);
    importsByConnection.remove(m_connection);
}

Status AuditLog::record(QSqlDatabase &db, const QString &table, qint64 rowId, Action action,
                        const QJsonObject &oldValues, const QJsonObject &newValues)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (table_name, row_id, action, old_values, "
                             "new_values, os_user, changed_at, import_id) "
                             "VALUES (:table, :row, :action, :old, :new, :user, :at, :import)"));
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
    const qint64 importId = importOf(db);
    q.bindValue(QStringLiteral(":import"),
                importId > 0 ? QVariant(importId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

} // namespace dc

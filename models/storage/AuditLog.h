#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace dc {

/// Who changed which row, when, and from what to what. Written inside the caller's transaction,
/// so that a change and its audit row land together or not at all.
class AuditLog final
{
public:
    enum class Action
    {
        Insert,
        Update,
        Delete
    };

    static Status record(QSqlDatabase &db, const QString &table, qint64 rowId, Action action,
                         const QJsonObject &oldValues, const QJsonObject &newValues);
    /// The name of the operating-system user, as the audit log keeps it.
    static QString osUser();

    /// The bulk import running on the connection of @p db (an ImportScope is alive), or 0.
    static qint64 currentImport(const QSqlDatabase &db);

    /// While alive, the audit rows record() writes on the connection of @p db carry @p importId:
    /// the record (ImportLog) of the bulk import that writes them.
    class ImportScope final
    {
    public:
        ImportScope(const QSqlDatabase &db, qint64 importId);
        ~ImportScope();
        ImportScope(const ImportScope &) = delete;
        ImportScope &operator=(const ImportScope &) = delete;

    private:
        QString m_connection;
    };
};

} // namespace dc

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
};

} // namespace dc

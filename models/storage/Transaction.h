#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace dc {

/// One user action that writes: begun on construction, rolled back on destruction unless
/// commit() succeeded, so that an early return or an error leaves nothing half-written.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace dc

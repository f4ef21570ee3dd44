#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dc {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty()
                                   ? QCoreApplication::translate("Transaction", "No transaction is open.")
                                   : m_error);
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        m_active = false;
        return Status::failure(message);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}

} // namespace dc

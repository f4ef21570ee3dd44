#pragma once

#include "core/Result.h"
#include "storage/WriterNote.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <utility>

namespace dc {

/// One user action that writes: begun on construction, rolled back on destruction unless
/// commit() succeeded, so that an early return or an error leaves nothing half-written. Inside
/// another transaction of the same connection it is a savepoint: its commit keeps its work for
/// the outer transaction to commit or roll back (so that `demo` lands whole or not at all).
class Transaction final
{
public:
    /// What the transaction's reads see of other connections' commits made while it is open.
    enum class Reads
    {
        /// Each statement sees what was committed before it (PostgreSQL's READ COMMITTED).
        Committed,
        /// Every statement sees what was committed before the first one (PostgreSQL's REPEATABLE
        /// READ): a row read and then written fails to be written when another connection
        /// committed a change to it meanwhile, so that a check made on what was read still holds
        /// at the write. A file's transaction holds the write lock from its start, which no other
        /// writer can commit through: both are the same there.
        Snapshot,
    };

    explicit Transaction(QSqlDatabase db, Reads reads = Reads::Committed);
    /// A long write: while it holds the write lock it leaves a WriterNote saying @p activity, so
    /// that a second writer told "busy" learns who holds the database.
    Transaction(QSqlDatabase db, WriterNote::Activity activity);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether a Transaction of this program is open on @p db's connection.
    static bool isOpenOn(const QSqlDatabase &db);

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    void begin(Reads reads);
    void ended();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_nested = false; ///< a savepoint inside an outer transaction
    bool m_server = false; ///< on a PostgreSQL server: nesting counted on the connection's driver
    std::unique_ptr<WriterNote> m_note;
    QString m_error;
};

/// Runs @p work (returning a Status or a Result) in one transaction: committed when the work
/// succeeds, rolled back when it fails or the commit does, so every write lands whole or not at
/// all.
template <typename Work> auto inTransaction(QSqlDatabase db, Work &&work) -> decltype(work())
{
    using R = decltype(work());
    Transaction transaction(std::move(db));
    if (!transaction.isActive())
        return R::failure(transaction.error());
    R result = work();
    if (!result)
        return result;
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return result;
}

} // namespace dc

#pragma once

#include "Indicator.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes an edition's indicators, and computes the achieved value of those that count
/// events or participants. Each public write is one transaction with its audit-log row.
class IndicatorRepository final
{
public:
    explicit IndicatorRepository(QSqlDatabase db);

    std::optional<Indicator> find(qint64 id) const;
    std::optional<qint64> findId(qint64 editionId, const QString &name) const;
    /// In their position order.
    QList<Indicator> ofEdition(qint64 editionId) const;

    /// For a computed indicator, the count of the edition's held events (of its event kind, when
    /// one is set) or the sum of their participants; nullopt for a typed one.
    std::optional<qint64> computedValue(const Indicator &indicator) const;
    /// The computed value of a computed indicator, the typed one otherwise.
    std::optional<qint64> achievedValue(const Indicator &indicator) const;

    Result<qint64> add(Indicator indicator);
    Status update(Indicator indicator);
    Status remove(qint64 id);
    /// Puts a removed indicator back under its old id (undo of a remove).
    Status restore(const Indicator &indicator);

    /// Inside the caller's transaction; @p keepId inserts under the indicator's own id.
    Result<qint64> insertInTransaction(Indicator &indicator, bool keepId = false);
    Status updateInTransaction(const Indicator &before, const Indicator &after);

private:
    QStringList problemsOf(const Indicator &indicator) const;

    QSqlDatabase m_db;
};

} // namespace dc

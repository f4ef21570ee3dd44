#pragma once

#include "DraftAct.h"
#include "Recommendation.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes draft acts and the recommendations received on them. Each public write is
/// one transaction with its audit rows; a record with problems is not saved at all.
class DraftActRepository final
{
public:
    explicit DraftActRepository(QSqlDatabase db);

    std::optional<DraftAct> find(qint64 id) const;
    /// The drafts of an institution, the latest announced first; 0 for all institutions.
    QList<DraftAct> drafts(qint64 institutionId = 0) const;
    Result<qint64> add(DraftAct draft);
    Status update(DraftAct draft);
    /// Deletes the draft with its recommendations.
    Status remove(qint64 id);
    /// Puts a deleted draft back under its old id, with its recommendations under theirs (undo of
    /// a delete: whatever referred to them by id finds them again).
    Status restore(const DraftAct &draft, const QList<Recommendation> &recommendations);

    std::optional<Recommendation> findRecommendation(qint64 id) const;
    QList<Recommendation> recommendations(qint64 draftId) const;
    Result<qint64> addRecommendation(Recommendation recommendation);
    Status updateRecommendation(Recommendation recommendation);
    Status removeRecommendation(qint64 id);
    /// Puts a deleted recommendation back under its old id.
    Status restoreRecommendation(const Recommendation &recommendation);

private:
    QStringList recommendationProblems(const Recommendation &recommendation) const;
    /// Inside the caller's transaction; @p keepId inserts under the record's own id.
    Status insertRecommendation(const Recommendation &recommendation, bool keepId);

    QSqlDatabase m_db;
};

} // namespace dc

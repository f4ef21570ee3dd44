#pragma once

#include "Partnership.h"
#include "core/Result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace dc {

/// Reads and writes partnerships (an organization in an edition with a role). Each public write
/// is one transaction with its audit-log row.
class PartnershipRepository final
{
public:
    explicit PartnershipRepository(QSqlDatabase db);

    std::optional<Partnership> find(qint64 id) const;
    std::optional<qint64> findId(qint64 editionId, qint64 organizationId, PartnerRole role) const;
    /// The edition's partnerships, associative structures first, then by organization name.
    QList<Partnership> ofEdition(qint64 editionId) const;
    /// The organizations that are partners of the edition in any role.
    QSet<qint64> partnerOrganizations(qint64 editionId) const;

    /// Checks and adds the partnership; the same organization twice in the same role of an
    /// edition is refused with a message naming both.
    Result<qint64> add(Partnership partnership);
    Status update(Partnership partnership);
    Status remove(qint64 id);
    /// Puts a removed partnership back under its old id (undo of a remove).
    Status restore(const Partnership &partnership);

    /// Inside the caller's transaction; @p keepId inserts under the partnership's own id.
    Result<qint64> insertInTransaction(Partnership &partnership, bool keepId = false);
    Status updateInTransaction(const Partnership &before, const Partnership &after);

    /// What ties an organization to programs, one line each ("Promoter of Programul ... , edition
    /// 2 (2021)", "co-organizer of 4 events"...); empty when nothing does.
    QStringList tiesOfOrganization(qint64 organizationId) const;

private:
    QStringList problemsOf(const Partnership &partnership) const;

    QSqlDatabase m_db;
};

} // namespace dc

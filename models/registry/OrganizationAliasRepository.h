#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dc {

/// A record marked by an official as the same organization as another record (seed 003 counts
/// 19 promoters of the 2021 edition where seed 004 names 20: two records may be one organization).
struct OrganizationAlias
{
    qint64 organizationId = 0; ///< the record that is the same organization as...
    qint64 sameAsId = 0;       ///< ...this one, the record counted for both
    QString name;              ///< the names of the two records, as they are now
    QString sameAsName;
};

/// Reads, marks and removes aliases between organization records. A record is the alias of at
/// most one other; the other is not itself an alias, nor has the record aliases of its own, so
/// that every organization is counted through one record. Each write is one transaction with its
/// audit-log row.
class OrganizationAliasRepository final
{
public:
    explicit OrganizationAliasRepository(QSqlDatabase db);

    /// The record @p organizationId is marked the same as, if any.
    std::optional<OrganizationAlias> aliasOf(qint64 organizationId) const;
    /// The records marked as the same organization as @p organizationId, by name.
    QList<OrganizationAlias> aliasesOf(qint64 organizationId) const;
    /// Every alias, by the names of the records counted and then of their aliases.
    QList<OrganizationAlias> all() const;
    /// The record that counts for @p organizationId: the one it is marked the same as, or itself.
    qint64 countedId(qint64 organizationId) const;

    /// Marks @p organizationId as the same organization as @p sameAsId; refuses with a message
    /// naming the records when the mark would make a chain or a loop, or a record is missing.
    Status mark(qint64 organizationId, qint64 sameAsId);
    /// Removes the mark of @p organizationId (nothing to do when it has none).
    Status unmark(qint64 organizationId);

private:
    QSqlDatabase m_db;
};

} // namespace dc

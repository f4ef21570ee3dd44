#pragma once

#include "Institution.h"
#include "core/NameMatcher.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes institutions. Each public write is one transaction with its audit row.
class InstitutionRepository final
{
public:
    explicit InstitutionRepository(QSqlDatabase db);

    std::optional<Institution> find(qint64 id) const;
    /// All institutions in Romanian alphabetical order.
    QList<Institution> all() const;
    /// Matched without case and diacritics.
    std::optional<qint64> findIdByName(const QString &name) const;
    /// The names for NameMatcher (--institution NAME).
    QList<NameMatcher::Candidate> candidates() const;

    Result<qint64> add(Institution institution);
    Status update(Institution institution);
    /// Refused while drafts, meetings, cases or reports refer to the institution.
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace dc

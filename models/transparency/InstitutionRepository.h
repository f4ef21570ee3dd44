#pragma once

#include "Institution.h"
#include "core/NameMatcher.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

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
    /// Refused, naming them, while records refer to the institution (dependents()).
    Status remove(qint64 id);
    /// Puts a deleted institution back under its old id (undo of a delete).
    Status restore(const Institution &institution);
    /// What refers to the institution, one line per kind ("3 draft acts"); empty when nothing.
    QStringList dependents(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace dc

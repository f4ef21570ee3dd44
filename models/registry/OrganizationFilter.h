#pragma once

#include "Organization.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

class QSqlDatabase;
class QSqlQuery;

namespace dc {

/// What the user narrowed the organization list to: a search text (prefix search as one types)
/// and filters, all combined.
struct OrganizationFilter
{
    /// countyId for the organizations whose county is not known.
    static constexpr int undeterminedCounty = -1;

    QString text;
    int regionId = 0;
    int countyId = 0; ///< 0: any county; undeterminedCounty: the county is not known
    std::optional<OrganizationKind> kind;
    std::optional<LegalForm> legalForm;
    int domainId = 0;
    std::optional<bool> volunteering;
    std::optional<RegistryStatus> status;

    bool operator==(const OrganizationFilter &) const = default;
};

/// A piece of SQL with its bound values, never with user text inside it.
struct SqlClause
{
    QString sql;
    QList<std::pair<QString, QVariant>> binds;

    void bindTo(QSqlQuery &query) const;
};

/// How a query should use the search index.
enum class SearchPlan
{
    /// Start from the search matches (best when they are few).
    FromMatches,
    /// Walk the table in the sort order and keep the rows that match (best when the matches are
    /// many: the first page is found after a few hundred rows instead of sorting all matches).
    FromSortOrder,
};

/// The WHERE clause (with "WHERE", or empty) for a query over "organization o" of @p db.
SqlClause organizationWhere(const QSqlDatabase &db, const OrganizationFilter &filter,
                            SearchPlan plan = SearchPlan::FromMatches);

/// The condition that "organization o" of @p db matches the search @p text (empty when the text
/// has no word): every word the beginning of a word of the name, acronym, locality, fiscal code or
/// purposes, without case and diacritics. On SQLite through the FTS5 index organization_fts; on a
/// server through the same words, folded, against the folded columns.
SqlClause searchCondition(const QSqlDatabase &db, const QString &text,
                          SearchPlan plan = SearchPlan::FromMatches);

/// The ORDER BY terms that put the best matches of searchCondition first, then by name.
QString searchOrder(const QSqlDatabase &db);

/// True when the filter is a search text and nothing else.
bool isTextOnly(const OrganizationFilter &filter);

/// The most distinct words a search uses, and the most characters of what was typed that it reads:
/// a name is found long before, and a pasted page of text must not keep SQLite busy for a minute
/// (1,000 prefix terms over 100,000 organizations took 52 s).
inline constexpr int maxSearchTerms = 16;
inline constexpr int maxSearchLength = 256;

/// The words of what the user typed that a search looks for: lower-cased, each once, at most
/// maxSearchTerms from the first maxSearchLength characters, "RO12345678" as the fiscal code.
QStringList searchWords(const QString &text);

/// The FTS5 query for what the user typed: every word as a prefix, all words required, each word
/// once, at most maxSearchTerms words from the first maxSearchLength characters.
/// "asoc cluj" -> "\"asoc\"* \"cluj\"*". Empty when the text has no word.
QString ftsPrefixQuery(const QString &text);

} // namespace dc

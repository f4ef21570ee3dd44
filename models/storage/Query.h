#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace dc::query {

// How a repository asks the database: one prepared statement with named placeholders, the values
// bound by name, and the database's own message when it fails. The SQL is the caller's; these
// helpers only save it the prepare/bind/exec/loop plumbing.

/// Placeholder (":name") -> value.
using Binds = QList<QPair<QString, QVariant>>;

/// Whether @p db is a connection to a PostgreSQL server (Qt's QPSQL driver), not a SQLite file:
/// where the two dialects differ, the one place that chooses asks this.
bool isServer(const QSqlDatabase &db);

/// The database's own words in @p error, trimmed, without the "()" that Qt's QPSQL appends when
/// the server gave no error code; empty when the database said nothing.
QString databaseWords(const QSqlError &error);

/// databaseWords(), or the driver's whole text when the database said nothing: what a message to
/// the user quotes.
QString errorMessage(const QSqlError &error);

/// A subquery, in @p db's dialect, that joins the texts @p column of the rows of @p from (its FROM
/// and WHERE) with @p separator (an SQL literal) in the order @p orderBy: SQLite's group_concat
/// over an ordered subquery, PostgreSQL's string_agg. NULL when there is no row.
QString joinedTexts(const QSqlDatabase &db, const QString &column, const QString &separator,
                    const QString &from, const QString &orderBy);

/// Prepares @p sql, binds @p binds and executes it: the query positioned before its first row, or
/// the database's error text. Forward-only on SQLite; on a server the rows are fetched whole, so
/// that a caller may run other statements while it reads them (QPSQL's forward-only queries
/// stream, and a second statement discards the rest of the first's rows).
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const Binds &binds = {});

/// run() for a statement whose rows do not matter (INSERT, UPDATE, DELETE).
Status exec(const QSqlDatabase &db, const QString &sql, const Binds &binds = {});

/// Whether a row of @p table has this id.
bool exists(const QSqlDatabase &db, const QString &table, qint64 id);

/// The first column of the first row as a number (an id, a count), or nothing when there is no
/// row or the query fails.
std::optional<qint64> selectId(const QSqlDatabase &db, const QString &sql, const Binds &binds = {});

/// The first column of every row as numbers (ids), or as text; none when the query fails.
QList<qint64> selectIds(const QSqlDatabase &db, const QString &sql, const Binds &binds = {});
QStringList selectTexts(const QSqlDatabase &db, const QString &sql, const Binds &binds = {});

/// Every row of the query, each made by @p read(const QSqlQuery &), or the database's error.
template <typename Read>
auto select(const QSqlDatabase &db, const QString &sql, const Binds &binds, Read read)
    -> Result<QList<std::invoke_result_t<Read, const QSqlQuery &>>>
{
    using List = QList<std::invoke_result_t<Read, const QSqlQuery &>>;
    Result<QSqlQuery> q = run(db, sql, binds);
    if (!q)
        return Result<List>::failure(q.error());
    List rows;
    while (q->next())
        rows << read(*q);
    return rows;
}

/// select() for a caller that shows nothing when the query fails: no rows then.
template <typename Read>
auto selectAll(const QSqlDatabase &db, const QString &sql, const Binds &binds, Read read)
    -> QList<std::invoke_result_t<Read, const QSqlQuery &>>
{
    auto rows = select(db, sql, binds, read);
    if (!rows)
        return {};
    return std::move(rows).value();
}

/// The first row of the query, made by @p read, or nothing when there is none or the query fails.
template <typename Read>
auto selectOne(const QSqlDatabase &db, const QString &sql, const Binds &binds, Read read)
    -> std::optional<std::invoke_result_t<Read, const QSqlQuery &>>
{
    Result<QSqlQuery> q = run(db, sql, binds);
    if (!q || !q->next())
        return std::nullopt;
    return read(*q);
}

} // namespace dc::query

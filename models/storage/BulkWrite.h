#pragma once

#include "SqliteStatement.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dc::bulk {

/// On a server, a batch of ids bound as one text parameter, for
/// `WHERE id = ANY (string_to_array(?, ',')::bigint[])`: one plan whatever their number.
QString idsParameter(const QList<qint64> &ids);

// What every bulk import (the CSV of organizations, the national register, award lists, annual
// reports) writes through, so that each way of writing a table fast exists once. All of it runs
// inside the import's transaction: a rollback puts everything back.

/// For the length of an import, a page cache big enough for the indexes a large import touches:
/// with SQLite's 2 MB default, dirty pages spill to the WAL again and again (a third of an
/// import's time went to pwrite). The connection's own size is put back at the end.
class LargePageCache final
{
public:
    explicit LargePageCache(QSqlDatabase db);
    ~LargePageCache();
    LargePageCache(const LargePageCache &) = delete;
    LargePageCache &operator=(const LargePageCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_saved = 0;
};

/// The secondary indexes and the full-text triggers of a table, dropped for a large import and
/// made again once at its end: CREATE INDEX sorts once, where 100,000 inserts in name order
/// scatter over the index pages, and the full-text triggers cost about 30 times the rebuild a
/// row. The unique indexes stay (they are looked up and enforce the keys). The statements come
/// back from the schema (sqlite_master), never from text of ours.
class SuspendedIndexes final
{
public:
    /// @p fullText: the external-content FTS5 table kept in sync by triggers on @p table, or
    /// empty.
    SuspendedIndexes(QSqlDatabase db, QString table, QString fullText);

    /// After how many written rows rebuilding beats keeping the indexes up: one in 30 of the
    /// table, and at least 1,000; 0 when never (not SQLite).
    qint64 threshold() const;
    bool isSuspended() const { return m_suspended; }
    Status suspend();
    /// Makes the indexes again and rebuilds the full-text index; nothing when not suspended.
    Status resume();

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_fullText;
    QList<std::pair<QString, QString>> m_triggers;
    QList<std::pair<QString, QString>> m_indexes;
    bool m_suspended = false;
};

/// A prepared statement of a bulk write on either backend: on SQLite straight on the handle
/// (a QSqlQuery costs a third of an import's time there), on a server a QSqlQuery. Parameters
/// are `?` or numbered (`?1`, PostgreSQL's `$1`), bound from 1 as sqlite::Statement binds them;
/// run() executes once, next() steps through the rows of a query until reset().
class Statement final
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(const QSqlDatabase &db, const QByteArray &sql);
    void bind(int i, const QVariant &value);
    /// An empty @p text is NULL unless @p nullIfEmpty is false.
    void bind(int i, const QString &text, bool nullIfEmpty = true);
    void bind(int i, qint64 value);
    bool run();
    /// The next row: true on a row; false at the end or on an error (then failed() is true).
    bool next();
    bool failed() const;
    void reset();
    QString text(int column) const;
    qint64 int64(int column) const;
    QString error() const;

private:
    sqlite::Statement m_lite;
    std::optional<QSqlQuery> m_query; // a server
    bool m_executed = false;
    bool m_failed = false;
};

/// Rows of one table written with multi-row INSERTs (on SQLite on its handle): rowsPerStatement
/// rows a statement take half the time of one row a statement (measured on the organization table).
/// The caller gives each row's values in the order of the columns; rows wait until flush() or until
/// a statement's worth is there.
class RowInserter final
{
public:
    /// On SQLite, 16 rows a statement: more gain nothing there.
    static constexpr int rowsPerStatement = 16;
    /// On a server, where each statement is a round trip: 500 rows a statement (13,000
    /// parameters for the organization table, far under PostgreSQL's 65,535).
    static constexpr int serverRowsPerStatement = 500;

    RowInserter(QString table, QStringList columns);

    Status prepare(const QSqlDatabase &db);
    /// Adds a row (as many values as columns); writes a statement's worth when full.
    Status add(const QVariantList &values);
    /// Writes the rows waiting.
    Status flush();
    qsizetype waiting() const { return m_rows.size() / m_columns.size(); }
    /// How many rows a full statement writes on this connection (known once prepared).
    int statementRows() const { return m_statementRows; }

private:
    QString m_table;
    QStringList m_columns;
    Statement m_one;
    Statement m_many;
    int m_statementRows = rowsPerStatement;
    QVariantList m_rows;
};

} // namespace dc::bulk

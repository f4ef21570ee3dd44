#pragma once

#include "SqliteStatement.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace dc::bulk {

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

/// Rows of one table written with multi-row INSERTs on the SQLite handle: rowsPerStatement rows a
/// statement take half the time of one row a statement (measured on the organization table). The
/// caller gives each row's values in the order of the columns; rows wait until flush() or until a
/// statement's worth is there.
class RowInserter final
{
public:
    static constexpr int rowsPerStatement = 16;

    RowInserter(QString table, QStringList columns);

    Status prepare(sqlite3 *db);
    /// Adds a row (as many values as columns); writes a statement's worth when full.
    Status add(const QVariantList &values);
    /// Writes the rows waiting.
    Status flush();
    qsizetype waiting() const { return m_rows.size() / m_columns.size(); }

private:
    QString m_table;
    QStringList m_columns;
    sqlite::Statement m_one;
    sqlite::Statement m_many;
    QVariantList m_rows;
};

} // namespace dc::bulk

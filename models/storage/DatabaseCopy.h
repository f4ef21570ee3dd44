#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace dc {

class Database;

/// One table as the copy found it: its rows and a checksum of them, the same on both backends.
struct TableFigures
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256; ///< SHA-256 of the rows in primary-key order, as hex

    bool operator==(const TableFigures &) const = default;
};

/// What a copy did: every table copied, in the order it was copied (parents first).
struct CopySummary
{
    QList<TableFigures> tables;
    qint64 rows = 0;
    QString target;         ///< the copy, as shown to the user (a server without its password)
    bool cancelled = false; ///< the progress callback asked to stop; nothing was written
};

/// Copies a whole Dialog Civic database into another one, across backends (an SQLite file into
/// a PostgreSQL server database and back): `db copy`.
class DatabaseCopy final
{
public:
    /// Called after every thousand rows and at the end of each table with the table and the rows
    /// copied of it so far; return false to cancel (everything is then rolled back).
    using Progress = std::function<bool(const QString &table, qint64 rowsCopied)>;

    /// Copies every table of @p source into @p target in one transaction on the target: the
    /// target's seed rows (regions, counties, the four associative structures) are replaced by
    /// the source's rows with their ids, tables parents first, every column both sides have;
    /// SQLite's search index (FTS5) is filled by its triggers, a server's identity sequences are
    /// moved past the largest id. Then, still inside the transaction, every table's row count
    /// and checksum are compared on both sides; a difference rolls everything back. Refuses a
    /// target holding rows beyond the seed rows, or the source itself, leaving it as it was.
    /// The source is read in one snapshot; rows are streamed, never a whole table in memory.
    static Result<CopySummary> copy(Database &source, Database &target,
                                    const Progress &progress = {});

    /// Copies @p source, as copy() does, into @p target: a new file (refused when it exists), made
    /// at the latest version and removed again when the copy fails or is cancelled, or a server
    /// database (created when it is empty, and then empty but for its seed rows). What `db copy`
    /// and File > Copy database… do.
    static Result<CopySummary> copyInto(Database &source, const QString &target,
                                        const Progress &progress = {});

    /// The tables of @p db that hold the program's data (neither SQLite's own nor its search
    /// index, nor the server's schema_version), by name.
    static Result<QStringList> dataTables(const QSqlDatabase &db);
    /// The row count and checksum of @p table in @p db.
    static Result<TableFigures> figures(const QSqlDatabase &db, const QString &table);
};

} // namespace dc

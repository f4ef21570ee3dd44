#pragma once

#include "core/Result.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace dc::rowwriter {

/// Column name -> value, bound by name when a row is written.
using Values = QList<QPair<QString, QVariant>>;

/// The rows of one table as a repository writes them from a record of type Record (which has an
/// `id` and a `toJson()` for the audit row): the table's name and the record's column values.
template <typename Record> struct Table
{
    QString name;
    Values (*values)(const Record &);
};

/// INSERT ... RETURNING id with the bound values only (no stamps, no audit row).
Result<qint64> insertValues(QSqlDatabase &db, const QString &table, const Values &values);
/// UPDATE ... WHERE id with the bound values only (no stamps, no audit row): how many rows changed.
Result<int> updateValues(QSqlDatabase &db, const QString &table, qint64 id, const Values &values);

/// INSERT ... RETURNING id with bound values, created_at/updated_at set, and the audit row; inside
/// the caller's transaction. Under a bulk import (AuditLog::ImportScope) the row carries the
/// import's id instead of an audit row (its table must have an import_id column), and updateRow()
/// sets it on the rows it changes.
Result<qint64> insertRow(QSqlDatabase &db, const QString &table, const Values &values,
                         const QJsonObject &audit, bool stamped = true);
/// UPDATE ... WHERE id with bound values, updated_at set, and the audit row. @p missing is the
/// failure when no row has the id (by default "<table> <id> does not exist.").
Status updateRow(QSqlDatabase &db, const QString &table, qint64 id, const Values &values,
                 const QJsonObject &before, const QJsonObject &after, bool stamped = true,
                 const QString &missing = QString());
/// DELETE ... WHERE id and the audit row. When the DELETE fails, @p refused (if given) turns the
/// database's error into the message.
Status deleteRow(QSqlDatabase &db, const QString &table, qint64 id, const QJsonObject &before,
                 const std::function<QString(const QString &)> &refused = {});
/// The problems as one failure, one per line.
Status problems(const QStringList &messages);

/// The record's row, with its own id when @p keepId (a restore), and its audit row; without
/// created_at/updated_at unless @p stamped. Inside the caller's transaction.
template <typename Record>
Result<qint64> insertRecord(QSqlDatabase &db, const Table<Record> &table, const Record &record,
                            bool keepId, bool stamped = false)
{
    Values values = table.values(record);
    if (keepId)
        values.prepend({QStringLiteral("id"), record.id});
    return insertRow(db, table.name, values, record.toJson(), stamped);
}

/// The record's row with its own id (a restore), stamped, and its audit row; inside the caller's
/// transaction.
template <typename Record>
Status insertWithId(QSqlDatabase &db, const Table<Record> &table, const Record &record)
{
    const Result<qint64> id = insertRecord(db, table, record, true, true);
    return id ? Status() : Status::failure(id.error());
}

/// The record's row and audit row (as insertRecord() writes them) inside the caller's transaction;
/// on success the record takes its id.
template <typename Record>
Result<qint64> insertAndSetId(QSqlDatabase &db, const Table<Record> &table, Record &record,
                              bool keepId, bool stamped = false)
{
    const Result<qint64> id = insertRecord(db, table, record, keepId, stamped);
    if (id)
        record.id = *id;
    return id;
}

/// The changed record's row and audit row (as updateRow() writes them) inside the caller's
/// transaction.
template <typename Record>
Status updateRecordRow(QSqlDatabase &db, const Table<Record> &table, const Record &before,
                       const Record &record, bool stamped = true, const QString &missing = {})
{
    return updateRow(db, table.name, record.id, table.values(record), before.toJson(),
                     record.toJson(), stamped, missing);
}

/// A new record written by @p insert() in one transaction (a repository's own insert, with its
/// links), or its problems as one failure.
template <typename Insert>
Result<qint64> addChecked(QSqlDatabase &db, const QStringList &problems, Insert insert)
{
    if (Status s = rowwriter::problems(problems); !s)
        return Result<qint64>::failure(s.error());
    return inTransaction(db, insert);
}

/// A changed record written by @p update() in one transaction: @p missing when @p before (the
/// stored record) is not there, the problems as one failure, and nothing written when its content
/// did not change (sameContent()).
template <typename Record, typename Update>
Status updateChanged(QSqlDatabase &db, const std::optional<Record> &before, const Record &record,
                     const QString &missing, const QStringList &problems, Update update)
{
    if (!before)
        return Status::failure(missing);
    if (Status s = rowwriter::problems(problems); !s)
        return s;
    if (before->sameContent(record))
        return {};
    return inTransaction(db, update);
}

/// A new record: the problems as one failure, or its row and audit row in one transaction.
template <typename Record>
Result<qint64> addRecord(QSqlDatabase &db, const Table<Record> &table, const Record &record,
                         const QStringList &problems)
{
    if (Status s = rowwriter::problems(problems); !s)
        return Result<qint64>::failure(s.error());
    return inTransaction(
        db, [&] { return insertRow(db, table.name, table.values(record), record.toJson()); });
}

/// A changed record: the problems as one failure, @p missing when @p before (the stored record)
/// is not there, or its row and audit row in one transaction.
template <typename Record>
Status updateRecord(QSqlDatabase &db, const Table<Record> &table, const Record &record,
                    const QStringList &problems, const std::optional<Record> &before,
                    const QString &missing)
{
    if (Status s = rowwriter::problems(problems); !s)
        return s;
    if (!before)
        return Status::failure(missing);
    return inTransaction(db, [&] {
        return updateRow(db, table.name, record.id, table.values(record), before->toJson(),
                         record.toJson());
    });
}

/// A deleted record: @p missing when @p before (the stored record) is not there, or its row
/// deleted with an audit row in one transaction.
template <typename Record>
Status removeRecord(QSqlDatabase &db, const Table<Record> &table,
                    const std::optional<Record> &before, const QString &missing)
{
    if (!before)
        return Status::failure(missing);
    return inTransaction(db,
                         [&] { return deleteRow(db, table.name, before->id, before->toJson()); });
}

/// A deleted record put back with its own id: the problems as one failure, or its row and audit
/// row in one transaction.
template <typename Record>
Status restoreRecord(QSqlDatabase &db, const Table<Record> &table, const Record &record,
                     const QStringList &problems)
{
    if (Status s = rowwriter::problems(problems); !s)
        return s;
    return inTransaction(db, [&] { return insertWithId(db, table, record); });
}

} // namespace dc::rowwriter

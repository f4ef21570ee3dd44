#pragma once

#include "BulkWrite.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace dc {

/// The record of one bulk import (table data_import): the file, its SHA-256, what the import did,
/// the OS user and the time. It is the import's one audit entry: the records it adds or changes
/// carry its id (organization.import_id; audit_log.import_id on the rows that keep a changed
/// record's old values). Written inside the import's transaction.
class ImportLog final
{
public:
    enum class Kind
    {
        Organizations,    ///< a CSV of organizations (`ngo import`, File > Import CSV…)
        NationalRegister, ///< a workbook of the national NGO register
        FundingAwards,    ///< a list of funding awards
        AnnualReports     ///< annual reports received from the institutions
    };

    static QString kindCode(Kind kind);

    /// The SHA-256 of @p path in hex; fails with a message naming the file.
    static Result<QString> sha256Of(const QString &path);

    /// Records the start of an import of @p path (its SHA-256 may come at the end, with finish()).
    /// Returns its id.
    static Result<qint64> begin(QSqlDatabase &db, Kind kind, const QString &path,
                                const QString &sha256 = QString());
    /// Writes the file's SHA-256 and what the import did (e.g. {"added": 12, "changed": 3}).
    static Status finish(QSqlDatabase &db, qint64 id, const QString &sha256,
                         const QJsonObject &counts);
    /// Forgets an import that turned out to change nothing.
    static Status remove(QSqlDatabase &db, qint64 id);
};

/// The audit rows a bulk import writes for the records it changes (their old and new values),
/// marked with the import's id, through one statement prepared on the SQLite handle.
class ImportAuditRows final
{
public:
    ImportAuditRows(QString table, qint64 importId);

    Status prepare(const QSqlDatabase &db);
    void setImportId(qint64 importId) { m_importId = importId; }
    /// An "update" row of record @p rowId; the values as JSON objects (empty: NULL).
    Status changed(qint64 rowId, const QJsonObject &oldValues, const QJsonObject &newValues);

private:
    QString m_table;
    qint64 m_importId = 0;
    QString m_user;
    QString m_now;
    bulk::Statement m_insert;
};

} // namespace dc

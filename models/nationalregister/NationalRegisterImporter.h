#pragma once

#include "RegisterKind.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dc {

/// A row of a register workbook that was not imported: the file, the sheet's row number and why.
/// Printed as FILE:ROW: reason.
struct RegisterRejectedRow
{
    QString file;
    int row = 0;
    QString reason;
};

/// What the import of one workbook did (or, in a dry run, would do). Organizations are counted
/// once each: added, else status-changed (the status changed, maybe other fields too), else
/// changed, else unchanged. Rows are counted in read and rejected.
struct RegisterImportSummary
{
    QString file;
    RegisterKind kind = RegisterKind::Association;
    QString sha256;
    int read = 0;
    int added = 0;
    int changed = 0;
    int statusChanged = 0;
    int unchanged = 0;
    QList<RegisterRejectedRow> rejected;
    qint64 importId = 0; ///< the register_import row, 0 when none was recorded
    /// The same file (same SHA-256) was imported before and this import changed nothing: the
    /// date of that import (ISO), and no new import was recorded.
    QString alreadyImportedAt;
};

struct RegisterImportOptions
{
    std::optional<RegisterKind> kind; ///< empty: from each file's name
    QHash<QString, RegisterKind>
        fileKinds;       ///< the kind of some files, by path (before kind and the name)
    bool dryRun = false; ///< compute everything, write nothing
};

/// Imports the Ministry of Justice's national NGO register workbooks (Registrul National ONG)
/// into the organization registry.
///
/// One organization may stand on several rows (one per filing): rows are grouped by the registry
/// number; the last non-empty value of each field wins (the latest filing) and the purposes of all
/// rows (initial and amendments) are kept in order, without repeats. A group is matched to a
/// stored organization by registry number: a new one is added; a known one gets the register's
/// fields (name, legal form, status, county, locality, address, purposes, public-utility decision)
/// where they differ, never the office's own (contacts, domains, CIF, notes, volunteering).
/// Each change is written to register_change and the audit log; each import to register_import.
/// Rows without a name or registry number, or with an unknown county or status, are rejected with
/// their row number and do not stop the others. All files go in one transaction: a damaged file,
/// a database failure or a cancel leaves the database as it was. Each sheet is read and checked
/// on a worker thread of its own while the calling thread writes; the database connection is used
/// from the calling thread only.
class NationalRegisterImporter final
{
public:
    /// Called now and then with the rows read so far and the position in the current file's sheet
    /// (uncompressed bytes of @p total); @p done equals @p total once a sheet is read, while its
    /// rows are saved (and at the end, while the indexes are rebuilt and the import committed).
    /// Return false to cancel.
    using Progress = std::function<bool(qint64 rows, qint64 done, qint64 total)>;

    explicit NationalRegisterImporter(QSqlDatabase db);

    /// Imports @p paths in one transaction. Fails with one message naming the file when a file
    /// cannot be read, its kind is unknown (neither in its name nor in the options), it has no
    /// header row with the name and registry number columns, or the database refuses a write.
    /// A cancelled import fails with the message cancelledMessage().
    Result<QList<RegisterImportSummary>> importFiles(const QStringList &paths,
                                                     const RegisterImportOptions &options,
                                                     const Progress &progress = {});

    static QString cancelledMessage();

private:
    QSqlDatabase m_db;
};

} // namespace dc

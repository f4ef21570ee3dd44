#pragma once

#include "AnnualReportRepository.h"
#include "ReportRecognizer.h"
#include "core/NameMatcher.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dc {

/// What the office says about the files of one import; each given value applies to every file.
struct ReportImportOptions
{
    qint64 institutionId =
        0;        ///< the files are this institution's reports; 0: as each file names it
    int year = 0; ///< the files are reports on this year; 0: as each file says
    /// The day the reports were received; invalid: today, and for a corrected file the day the
    /// report was first received.
    QDate receivedOn;
};

/// One file of an import, read and recognized, and what importing it does: the preview the
/// office sees before anything is written.
struct ReportFilePreview
{
    QString path;
    QString
        error; ///< why the file cannot be imported (it is then rejected whole); empty when it can
    QString modelId;
    QString modelName;
    int itemsFound = 0;
    QString institution;       ///< the institution's name as stored, or as in the file when unknown
    QString institutionInFile; ///< as the file writes it
    ReceivedReport report;     ///< the institution, year, date, file, SHA-256 and values to store
    QList<ReportIssue> rejected; ///< cells whose values cannot be used; the others are imported
    QList<ReportIssue> warnings; ///< what the office should ask the institution about
    /// After preview(): what apply() will do; after apply(): what it did. Empty for a rejected
    /// file.
    std::optional<ReceiveOutcome> outcome;

    bool importable() const { return error.isEmpty(); }
    QString fileName() const;
};

/// How many files an import read and what became of them (the command's summary line).
struct ReportImportCounts
{
    int read = 0;
    int imported = 0;
    int replaced = 0;
    int unchanged = 0;
    int rejected = 0;      ///< files rejected whole
    int rejectedCells = 0; ///< cells rejected (their files may still be imported)
    int warnings = 0;

    /// "read: N, imported: I, replaced: R, unchanged: U, rejected: J".
    QString line() const;
};

/// Imports the annual reports the institutions send back as files (XLSX, ODS, CSV; our own form or
/// the published models' layouts): preview() reads and recognizes every file and says what would
/// change, writing nothing; apply() stores the reports in one transaction, each with its file's
/// name and SHA-256, the date received, who imported it and every value with its cell. Importing
/// the same file again changes nothing; a corrected file replaces the values received before (the
/// earlier ones stay in the audit log).
class ReportImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)

public:
    explicit ReportImporter(QSqlDatabase db);

    /// The report files among @p paths: files as they are, and the *.xlsx, *.ods and *.csv files of
    /// folders (not of their subfolders, not an office program's lock files), sorted by name.
    static QStringList expand(const QStringList &paths);

    /// Called after each file with how many are done and how many in all; false cancels.
    using Progress = std::function<bool(int done, int total)>;
    /// The message of a preview that was cancelled.
    static QString cancelledMessage();

    /// Reads and recognizes every file and works out what importing it would do (the outcomes of
    /// the stores, tried in a transaction that is rolled back): nothing is written.
    Result<QList<ReportFilePreview>> preview(const QStringList &files,
                                             const ReportImportOptions &options = {},
                                             const Progress &progress = {});
    /// Stores the importable files of @p previews in one transaction and sets each one's outcome;
    /// on a failure nothing is written and the message names the file.
    Status apply(QList<ReportFilePreview> &previews);

    static ReportImportCounts count(const QList<ReportFilePreview> &previews);

private:
    ReportFilePreview read(const QString &path, const ReportImportOptions &options,
                           const QList<ReportModel> &models,
                           const QList<NameMatcher::Candidate> &institutions) const;
    /// Tries every store in a transaction that is rolled back (@p commit false) or committed.
    Status store(QList<ReportFilePreview> &previews, bool commit);

    QSqlDatabase m_db;
};

} // namespace dc

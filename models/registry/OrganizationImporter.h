#pragma once

#include "ImportColumns.h"
#include "core/Result.h"
#include "files/TextEncoding.h"

#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dc {

/// A record of the file that was not imported: the physical line where it starts (1-based, the
/// header is line 1) and why, naming the field ("Judet: unknown county 'Xyz'"). Printed by the
/// callers as FILE:LINE: reason.
struct RejectedRow
{
    int line = 0;
    QString reason;
};

/// What a record of the file does to the database.
enum class ImportAction
{
    New,       ///< adds an organization
    Update,    ///< changes the organization it matched
    Unchanged, ///< matched an organization and holds nothing new
    Rejected   ///< not imported; ImportPreviewRecord::reason says why
};

/// What an import did (or, in a dry run or preview, would do).
struct ImportSummary
{
    int imported = 0;  ///< new organizations
    int updated = 0;   ///< existing organizations changed by a row
    int unchanged = 0; ///< rows that matched an organization and changed nothing
    QList<RejectedRow> rejected;
    TextEncoding encoding = TextEncoding::Utf8; ///< the encoding the file was read with
    QChar separator = QLatin1Char(';');         ///< the separator found in the header row
    /// What looks wrong with the file's encoding, each naming the encoding it probably is
    /// (CsvReader::warnings()); shown before the import and printed by `ngo import`.
    QStringList warnings;
    bool cancelled = false; ///< the progress callback asked to stop; nothing was written

    /// Counts one record's outcome (a rejected one with its line and reason).
    void count(ImportAction action, int line, const QString &reason);
    /// The counts, as the import's record keeps them.
    QJsonObject toJson() const;
};

struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto; ///< Auto: UTF-8 when the file is valid UTF-8
    bool dryRun = false;                        ///< compute everything, write nothing
};

/// One column of the file's header row and the field it fills.
struct ImportColumn
{
    QString header;                   ///< as written in the file
    std::optional<ImportField> field; ///< empty: the column is ignored (unknown name, or a
                                      ///< second column for a field already mapped)
};

/// One record of the file as the import dialog shows it.
struct ImportPreviewRecord
{
    int line = 0; ///< the physical line where the record starts
    ImportAction action = ImportAction::New;
    QString reason;            ///< for Rejected: why, naming the field
    qint64 organizationId = 0; ///< for Update and Unchanged: the organization matched
    QStringList cells;         ///< the record's cells, in the order of ImportPreview::columns
};

/// Everything the import dialog shows before the user confirms: computed by running the whole
/// import and rolling it back, so that the figures are exactly what the import will do.
struct ImportPreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = QLatin1Char(';');
    QList<ImportColumn> columns;
    QList<ImportPreviewRecord> records; ///< the first records (up to maxRecords)
    ImportSummary totals;               ///< over the whole file
};

/// Imports organizations from the CSV files officials have (UTF-8 or Windows-1250, ';' ',' or
/// tab separated, Excel quoting) into the registry, as one transaction.
///
/// Each record is matched to a stored organization by CIF, else by registry number, else by name
/// and county (without case and diacritics). A match by a weaker key is taken only when the
/// stronger keys do not contradict it (a stored CIF differing from the row's CIF means another
/// organization). A matched organization is updated with the columns the file
/// has (an empty cell clears that field; a column the file lacks keeps the stored value); an
/// unmatched record adds one. A record equal to what is stored is counted as unchanged and
/// writes nothing, so importing the same file twice changes nothing the second time. A bad
/// record is reported and skipped, never half-saved. Every write adds its audit_log row.
///
/// The file is read as a stream and the statements are prepared once, so a file of a million
/// rows needs little memory. Use from the thread that owns @p db.
class OrganizationImporter final
{
public:
    /// Called now and then with the bytes read so far and the size of the file; return false to
    /// cancel (everything is then rolled back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit OrganizationImporter(QSqlDatabase db);

    /// Imports @p path. Fails (writing nothing) when the file cannot be read, is not text, or has
    /// no header row with a name column (Denumire, Nume, Name), or when the database refuses a
    /// write for a reason other than the record's data; the message names the file.
    Result<ImportSummary> importFile(const QString &path, const ImportOptions &options,
                                     const Progress &progress = {});

    /// What importFile() would do, without writing: the encoding and separator found, the header
    /// columns and their fields, the first @p maxRecords records with their action, the totals.
    /// Holds a write transaction on the database while it runs (rolled back at the end).
    Result<ImportPreview> preview(const QString &path, TextEncoding encoding, int maxRecords = 200,
                                  const Progress &progress = {}) const;

    /// The header row of @p path mapped to fields, without reading further (for a quick look).
    static Result<QList<ImportColumn>> readColumns(const QString &path, TextEncoding encoding);

private:
    QSqlDatabase m_db;
};

} // namespace dc

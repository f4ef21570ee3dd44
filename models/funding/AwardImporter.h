#pragma once

#include "core/Result.h"
#include "registry/OrganizationImporter.h"

#include <QSqlDatabase>
#include <QString>

namespace dc {

/// Imports lists of funding awards from CSV files (or the first sheet of an XLSX workbook, by its
/// .xlsx name) into existing calls, with the conventions of the registry import: UTF-8 or
/// Windows-1250, ';' ',' or tab separated, Excel quoting, headers
/// matched without case and diacritics ("Nr. contract", "Apel", "Organizație", "CIF", "Județ",
/// "Proiect", "Suma solicitată", "Suma acordată", "Suma plătită", "Contribuție proprie",
/// "Data contract", "Data început", "Data sfârșit", "Stare", "An"), one transaction for the file.
///
/// Each record is matched to a stored award by its contract number (required): a match is updated
/// with the columns the file has, a record equal to what is stored is counted as unchanged, so
/// importing the same file twice changes nothing. The call is found by name (and year, when the
/// file has the column); the organization by CIF, else by name (and county). A record whose call
/// or organization is unknown, whose amounts cannot be read ("1.234,56", "1234.56", "1234,56 lei")
/// or break a rule (paid above granted) is reported with its line and skipped.
class AwardImporter final
{
public:
    explicit AwardImporter(QSqlDatabase db);

    /// Fails (writing nothing) when the file cannot be read or has no contract number, call,
    /// organization, project or granted column; the message names the file.
    Result<ImportSummary> importFile(const QString &path, const ImportOptions &options = {});

private:
    QSqlDatabase m_db;
};

} // namespace dc

#pragma once

#include "OrganizationFilter.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace dc {

/// Writes the organization table (as narrowed by a filter, in Romanian alphabetical order) to a
/// CSV or XLSX file with the import's Romanian headers, so that exporting and importing again
/// changes nothing. Rows are streamed from the database to the file: a million rows need little
/// memory.
class OrganizationExporter final
{
public:
    /// UTF-8 with a byte order mark (so that Excel reads the diacritics), ';' separated, CRLF line
    /// ends, fields quoted when they hold a separator, a quote or a line break. The file is
    /// replaced only when everything was written. Fails with one message naming the file.
    static Status exportCsv(const QSqlDatabase &db, const OrganizationFilter &filter,
                            const QString &path);

    /// An XLSX workbook with one sheet: the header row bold and frozen, column widths set, the
    /// number of volunteers as a number. Fails with one message naming the file.
    static Status exportXlsx(const QSqlDatabase &db, const OrganizationFilter &filter,
                             const QString &path);

    /// exportCsv() or exportXlsx() by the extension of @p path (.csv, .xlsx, any case); any other
    /// extension is a failure.
    static Status exportFile(const QSqlDatabase &db, const OrganizationFilter &filter,
                             const QString &path);
};

} // namespace dc

#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

/// One non-empty cell of a file an institution returned, and where it stands.
struct ReportCell
{
    int row = 0;    ///< 1-based: the sheet's row, or the line of a CSV file where the record starts
    int column = 0; ///< 0-based
    QString reference; ///< "C12" in a spreadsheet, "L14:C3" (line 14, column 3) in a CSV file
    QString text; ///< as the file holds it: text, a number's shortest decimal text, an error value
};

/// A returned report as read from its file, before anything in it is recognized: its non-empty
/// cells, row by row (first worksheet or table only).
struct ReportSheet
{
    enum class Format
    {
        Xlsx,
        Ods,
        Csv
    };

    Format format = Format::Xlsx;
    QList<QList<ReportCell>>
        rows;               ///< rows with a non-empty cell, in order; cells from left to right
    bool truncated = false; ///< the file has more than ReportFileReader::maxRows rows
};

/// Reads the files the institutions return with their annual report: XLSX (XlsxReader), ODS
/// (OdsReader) and CSV (CsvReader, encoding and separator worked out), whatever their extension
/// says. Memory stays bounded whatever the file holds: the file's size, the bytes inflated from
/// it, the rows, the columns and each cell's text are capped (a report has about 60 rows).
class ReportFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFileReader)

public:
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024;
    static constexpr qint64 maxInflatedBytes = 16 * 1024 * 1024;
    static constexpr int maxRows = 2000;
    static constexpr int maxColumns = 100;
    static constexpr int maxCellLength = 4000;
    /// The characters kept from all cells together (a report holds some 10,000).
    static constexpr qint64 maxTextLength = 2 * 1024 * 1024;

    /// Reads @p path; fails with one message naming the file when it cannot be read as a
    /// spreadsheet or CSV file (an old .xls or a PDF is named as such).
    static Result<ReportSheet> read(const QString &path);

    /// "A", "B", … "Z", "AA" for a 0-based column.
    static QString columnName(int column);
    /// "C12" for row 12 (1-based) and column 2 (0-based).
    static QString cellReference(int row, int column);
    /// The name patterns of the files read: *.xlsx, *.ods, *.csv.
    static QStringList namePatterns();
};

} // namespace dc

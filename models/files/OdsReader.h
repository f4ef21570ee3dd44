#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace dc {

/// Reads the first table of an OpenDocument spreadsheet (.ods, as LibreOffice saves it) row by
/// row, streaming, as XlsxReader reads a workbook: content.xml through the system minizip and
/// libexpat. Repeated rows and cells (table:number-rows-repeated, number-columns-repeated) are
/// counted, never spelled out: a sheet whose last row is repeated a million times costs nothing,
/// and a repeated non-empty row is handed out one copy at a time.
class OdsReader final
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    OdsReader();
    ~OdsReader();
    OdsReader(const OdsReader &) = delete;
    OdsReader &operator=(const OdsReader &) = delete;

    /// The columns read (A to ALL); cells further right are left out.
    static constexpr int maxColumns = 1000;

    /// At most this many bytes of content.xml are inflated (0: no limit); set before open().
    void setInflatedLimit(qint64 bytes) { m_limit = bytes; }

    /// Opens @p path. Fails with one message naming the file when it is not an OpenDocument
    /// spreadsheet or is damaged.
    Status open(const QString &path);

    /// The next row that has at least one non-empty cell, as XlsxReader::readRow: @p rowNumber is
    /// 1-based, @p cells from column A, empty cells as empty strings. Numbers, percentages and
    /// currencies give their value (office:value) in the shortest decimal text, dates yyyy-MM-dd,
    /// booleans 1 or 0, text and error values (#DIV/0!, Err:502) the text shown.
    /// Returns false at the end of the table or on an error (error() is then not empty).
    bool readRow(int &rowNumber, QStringList &cells);

    /// Empty unless reading failed; names the file.
    const QString &error() const;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
    qint64 m_limit = 0;
};

} // namespace dc

#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace dc {

/// Reads the first worksheet of an XLSX workbook row by row, streaming: the archive through the
/// system minizip, the sheet through QXmlStreamReader, so that a sheet of a million rows needs
/// little memory (only the shared-string table is held whole). Memory stays bounded whatever the
/// file: the parts read whole, each cell's text and the ratio of inflated to compressed bytes
/// (ZipEntryDevice::maxRatio) are capped, and a workbook over a cap is refused, naming it.
class XlsxReader final
{
public:
    /// The most characters a cell holds, Excel's own limit; a longer cell refuses the workbook.
    static constexpr int maxCellLength = 32767;
    /// The most bytes inflated from each small part read whole: the workbook's index, its
    /// relationships, its styles (some kB in a real workbook).
    static constexpr qint64 maxPartBytes = 16 * 1024 * 1024;
    /// The most bytes inflated from the shared-string table, whose text is kept while the sheet is
    /// read.
    static constexpr qint64 maxSharedStringsBytes = 256 * 1024 * 1024;

    XlsxReader();
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    /// At most this many bytes are inflated from each part of the workbook, the sheet included
    /// (0: only the caps above); beyond it reading fails with a message naming the part and the
    /// limit. Set before open().
    void setInflatedLimit(qint64 bytes) { m_limit = bytes; }

    /// Opens @p path and reads the workbook's index, shared strings and number formats. Fails with
    /// one message naming the file when it is not an XLSX workbook or is damaged or truncated.
    Status open(const QString &path);

    /// The next row that has at least one non-empty cell: @p rowNumber is the sheet's row number
    /// (1-based, as the spreadsheet shows it), @p cells the cells from column A, empty cells as
    /// empty strings. Shared and inline strings give their text; numbers their shortest decimal
    /// text; numbers formatted as dates give yyyy-MM-dd (yyyy-MM-ddTHH:mm:ss with a time).
    /// Returns false at the end of the sheet or on an error (error() is then not empty).
    bool readRow(int &rowNumber, QStringList &cells);

    /// Empty unless reading failed; names the file.
    const QString &error() const;
    /// Uncompressed bytes of the sheet read so far, and its uncompressed size (for progress).
    qint64 bytesRead() const;
    qint64 size() const;

    /// A number as readRow() gives it: whole numbers without a decimal point, others in the
    /// shortest text with up to 15 significant digits.
    static QString numberText(double value);

private:
    struct Private;
    std::unique_ptr<Private> m_d;
    qint64 m_limit = 0;
};

} // namespace dc

#include "ReportFileReader.h"

#include "files/CsvReader.h"
#include "files/OdsReader.h"
#include "files/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

#include <minizip/unzip.h>

#include <functional>

namespace dc {

namespace {

enum class Kind
{
    Xlsx,
    Ods,
    Csv,
    OldOffice,
    Pdf,
    Zip
};

/// The zip archive's members tell a workbook from an OpenDocument spreadsheet.
Kind zipKind(const QString &path)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return Kind::Zip;
    Kind kind = Kind::Zip;
    if (unzLocateFile(zip, "xl/workbook.xml", 0) == UNZ_OK ||
        unzLocateFile(zip, "xl/worksheets/sheet1.xml", 0) == UNZ_OK)
        kind = Kind::Xlsx;
    else if (unzLocateFile(zip, "content.xml", 0) == UNZ_OK)
        kind = Kind::Ods;
    unzClose(zip);
    return kind;
}

Kind kindOf(const QString &path, const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return zipKind(path);
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Kind::OldOffice;
    if (head.startsWith("%PDF"))
        return Kind::Pdf;
    return Kind::Csv;
}

/// Adds the non-empty cells of one row (cells from column A) to @p sheet; false once the cells
/// read hold more text than a report can (ReportFileReader::maxTextLength).
bool addRow(ReportSheet &sheet, qint64 &textLength, int rowNumber, const QStringList &cells,
            const std::function<QString(int column)> &reference)
{
    QList<ReportCell> row;
    const int columns = std::min<int>(int(cells.size()), ReportFileReader::maxColumns);
    for (int column = 0; column < columns; ++column) {
        QString text = cells.at(column);
        if (text.trimmed().isEmpty())
            continue;
        if (text.size() > ReportFileReader::maxCellLength)
            text.truncate(ReportFileReader::maxCellLength);
        textLength += text.size();
        if (textLength > ReportFileReader::maxTextLength)
            return false;
        row.append({rowNumber, column, reference(column), std::move(text)});
    }
    if (!row.isEmpty())
        sheet.rows.append(std::move(row));
    return true;
}

QString tooMuchText(const QString &path)
{
    return ReportFileReader::tr(
               "%1: the file holds far more text than a report (more than %2 characters).")
        .arg(path)
        .arg(ReportFileReader::maxTextLength);
}

template <typename Reader>
Result<ReportSheet> readSpreadsheet(Reader &reader, ReportSheet::Format format, const QString &path)
{
    ReportSheet sheet;
    sheet.format = format;
    int rowNumber = 0;
    qint64 textLength = 0;
    QStringList cells;
    while (reader.readRow(rowNumber, cells)) {
        if (sheet.rows.size() >= ReportFileReader::maxRows) {
            sheet.truncated = true;
            return sheet;
        }
        if (!addRow(sheet, textLength, rowNumber, cells, [rowNumber](int column) {
                return ReportFileReader::cellReference(rowNumber, column);
            }))
            return Result<ReportSheet>::failure(tooMuchText(path));
    }
    if (!reader.error().isEmpty())
        return Result<ReportSheet>::failure(reader.error());
    return sheet;
}

} // namespace

Result<ReportSheet> ReportFileReader::read(const QString &path)
{
    using R = Result<ReportSheet>;
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return R::failure(tr("%1: the file does not exist.").arg(path));
    if (file.size() > maxFileBytes)
        return R::failure(
            tr("%1: the file is too large to be a report (%2 MB; a report has a few kB).")
                .arg(path)
                .arg(file.size() / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1: the file cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty())
        return R::failure(tr("%1: the file is empty.").arg(path));

    switch (kindOf(path, head)) {
    case Kind::Xlsx: {
        XlsxReader reader;
        reader.setInflatedLimit(maxInflatedBytes);
        if (Status s = reader.open(path); !s)
            return R::failure(s.error());
        return readSpreadsheet(reader, ReportSheet::Format::Xlsx, path);
    }
    case Kind::Ods: {
        OdsReader reader;
        reader.setInflatedLimit(maxInflatedBytes);
        if (Status s = reader.open(path); !s)
            return R::failure(s.error());
        return readSpreadsheet(reader, ReportSheet::Format::Ods, path);
    }
    case Kind::OldOffice:
        return R::failure(tr("%1: an Excel 97-2003 workbook (.xls) or another old Office file, "
                             "which is not read; "
                             "open it and save it as .xlsx or .ods, then import that file.")
                              .arg(path));
    case Kind::Pdf:
        return R::failure(
            tr("%1: a PDF document, whose figures cannot be read; ask the institution for the "
               "spreadsheet, or type the figures from it (Manual figure…).")
                .arg(path));
    case Kind::Zip:
        return R::failure(
            tr("%1: a zip archive that is neither an XLSX workbook nor an ODS spreadsheet.")
                .arg(path));
    case Kind::Csv:
        break;
    }

    CsvReader reader;
    if (Status s = reader.open(path); !s)
        return R::failure(s.error());
    ReportSheet sheet;
    sheet.format = ReportSheet::Format::Csv;
    QStringList fields;
    qint64 textLength = 0;
    while (reader.readRecord(fields)) {
        if (sheet.rows.size() >= maxRows) {
            sheet.truncated = true;
            return sheet;
        }
        const int line = reader.recordLine();
        if (!addRow(sheet, textLength, line, fields, [line](int column) {
                return QStringLiteral("L%1:C%2").arg(line).arg(column + 1);
            }))
            return R::failure(tooMuchText(path));
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error());
    return sheet;
}

QString ReportFileReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString ReportFileReader::cellReference(int row, int column)
{
    return columnName(column) + QString::number(row);
}

QStringList ReportFileReader::namePatterns()
{
    return {QStringLiteral("*.xlsx"), QStringLiteral("*.ods"), QStringLiteral("*.csv")};
}

} // namespace dc

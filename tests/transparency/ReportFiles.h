#pragma once

// Writes small returned reports for the tests: an XLSX workbook whose sheet XML is given cell by
// cell (so that error values, formulas with their cached results and inline strings are exactly
// what Excel writes), an ODS spreadsheet from its content.xml, and CSV files.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <minizip/zip.h>

namespace dc::test {

/// Writes a zip archive of @p members (name, bytes), deflated.
inline bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &members)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : members) {
        ok = ok && zipOpenNewFileInZip64(zip, name.constData(), nullptr, nullptr, 0, nullptr, 0,
                                         nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK;
        ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

/// An inline-string cell: <c r="A1" t="inlineStr"><is><t>text</t></is></c>.
inline QByteArray textCell(const char *reference, const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    return QByteArray("<c r=\"") + reference + "\" t=\"inlineStr\"><is><t>" + escaped.toUtf8() +
           "</t></is></c>";
}

/// A number cell.
inline QByteArray numberCell(const char *reference, const QByteArray &value)
{
    return QByteArray("<c r=\"") + reference + "\"><v>" + value + "</v></c>";
}

/// A formula cell with its cached result; @p type "e" for an error value, "str" for text, "" for a
/// number.
inline QByteArray formulaCell(const char *reference, const QByteArray &formula,
                              const QByteArray &type, const QByteArray &cached)
{
    return QByteArray("<c r=\"") + reference + "\"" +
           (type.isEmpty() ? QByteArray() : " t=\"" + type + "\"") + "><f>" + formula + "</f><v>" +
           cached + "</v></c>";
}

/// A row of cells.
inline QByteArray sheetRow(int number, const QList<QByteArray> &cells)
{
    return "<row r=\"" + QByteArray::number(number) + "\">" + cells.join() + "</row>";
}

/// A workbook with one sheet holding @p rows (sheetRow()).
inline bool writeXlsx(const QString &path, const QList<QByteArray> &rows)
{
    const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"Raport\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>" +
        rows.join() + "</sheetData></worksheet>";
    return writeZip(path, {{"xl/workbook.xml", workbook},
                           {"xl/_rels/workbook.xml.rels", rels},
                           {"xl/worksheets/sheet1.xml", sheet}});
}

/// An ODS spreadsheet whose first table holds @p rowsXml (table:table-row elements).
inline bool writeOds(const QString &path, const QByteArray &rowsXml)
{
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        "office:version=\"1.3\"><office:body><office:spreadsheet><table:table "
        "table:name=\"Raport\">" +
        rowsXml + "</table:table></office:spreadsheet></office:body></office:document-content>";
    return writeZip(path, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                           {"content.xml", content}});
}

/// A CSV file of @p lines (UTF-8, CRLF).
inline bool writeCsv(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
    return file.write(bytes) == bytes.size();
}

} // namespace dc::test

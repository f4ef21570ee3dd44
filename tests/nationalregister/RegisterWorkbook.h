#pragma once

// Writes small register workbooks for the tests with libxlsxwriter: shared strings by default,
// inline strings in constant-memory mode, an optional merged title row above the header.

#include <QFile>
#include <QList>
#include <QStringList>

#include <xlsxwriter.h>

namespace dc::test {

inline QStringList registerHeader()
{
    return {QStringLiteral("Denumire"),
            QStringLiteral("Numar inreg Reg National"),
            QStringLiteral("Starea actuala"),
            QStringLiteral("Judet"),
            QStringLiteral("Localitate"),
            QStringLiteral("Adresa"),
            QStringLiteral("Scopul initial"),
            QStringLiteral("Modificari ale scopului 1"),
            QStringLiteral("Modificari ale scopului 2"),
            QStringLiteral("Modificari ale scopului 3"),
            QStringLiteral("Modificari ale scopului 4"),
            QStringLiteral("Modificari ale scopului 5"),
            QStringLiteral("HG utilitate publica")};
}

struct WorkbookOptions
{
    bool inlineStrings = false; ///< constant-memory mode: libxlsxwriter then writes inline strings
    bool titleRow = false;      ///< a merged title in row 1 and an empty row 2 above the header
    int trailingEmptyRows = 0;  ///< rows of empty strings (formatted, no text) below the data
};

/// Writes the header and @p rows; a cell "#123" is written as the number 123.
inline bool writeRegisterWorkbook(const QString &path, const QList<QStringList> &rows,
                                  const WorkbookOptions &options = {})
{
    lxw_workbook_options o{};
    o.constant_memory = options.inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &o);
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Registru");
    lxw_row_t r = 0;
    if (options.titleRow) {
        const char *title = "REGISTRUL NAȚIONAL AL PERSOANELOR JURIDICE FĂRĂ SCOP PATRIMONIAL";
        if (options.inlineStrings)
            worksheet_write_string(sheet, 0, 0, title, nullptr);
        else
            worksheet_merge_range(sheet, 0, 0, 0, 5, title, nullptr);
        r = 2;
    }
    const QStringList header = registerHeader();
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, r, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
    for (const QStringList &row : rows) {
        ++r;
        for (int c = 0; c < row.size(); ++c) {
            const QString &cell = row.at(c);
            if (cell.isEmpty())
                continue;
            if (cell.startsWith(QLatin1Char('#')))
                worksheet_write_number(sheet, r, lxw_col_t(c), cell.mid(1).toDouble(), nullptr);
            else
                worksheet_write_string(sheet, r, lxw_col_t(c), cell.toUtf8().constData(), nullptr);
        }
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (int i = 0; i < options.trailingEmptyRows; ++i)
        worksheet_write_blank(sheet, ++r, 0, bold);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

/// A register row: name, number, status, county, locality, address, purposes...
inline QStringList registerRow(const QString &name, const QString &number, const QString &status,
                               const QString &county, const QString &purpose = QString(),
                               const QString &amendment = QString())
{
    QStringList row{name,
                    number,
                    status,
                    county,
                    QStringLiteral("Localitatea ") + county,
                    QStringLiteral("Str. Principală 1"),
                    purpose,
                    amendment};
    return row;
}

} // namespace dc::test

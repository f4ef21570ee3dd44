#pragma once

// Writes small register workbooks for the tests through XlsxWorkbook: shared strings by default,
// inline strings in constant-memory mode, an optional merged title row above the header.

#include "files/XlsxWorkbook.h"

#include <QList>
#include <QStringList>

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
    XlsxWorkbook book(path, options.inlineStrings ? XlsxWorkbook::Memory::Constant
                                                  : XlsxWorkbook::Memory::Whole);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("Registru"));
    if (!sheet)
        return false;
    lxw_row_t r = 0;
    if (options.titleRow) {
        const QString title =
            QStringLiteral(u"REGISTRUL NAȚIONAL AL PERSOANELOR JURIDICE FĂRĂ SCOP PATRIMONIAL");
        if (options.inlineStrings)
            book.writeText(sheet, 0, 0, title);
        else
            book.check(
                worksheet_merge_range(sheet, 0, 0, 0, 5, title.toUtf8().constData(), nullptr));
        r = 2;
    }
    book.writeRow(sheet, r, registerHeader());
    for (const QStringList &row : rows) {
        QVariantList cells;
        for (const QString &cell : row)
            cells << (cell.startsWith(QLatin1Char('#')) ? QVariant(cell.mid(1).toDouble())
                                                        : QVariant(cell));
        book.writeRow(sheet, ++r, cells);
    }
    for (int i = 0; i < options.trailingEmptyRows; ++i)
        book.check(worksheet_write_blank(sheet, ++r, 0, book.bold()));
    return bool(book.close());
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

#pragma once

#include "core/ReplacingFile.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <xlsxwriter.h>

#include <initializer_list>
#include <vector>

namespace dc {

/// An XLSX workbook written with libxlsxwriter, owned: created by the constructor, closed by
/// close() or, on any early return, by the destructor, which then throws the file away. The
/// workbook is written beside the target and renamed over it only when complete (ReplacingFile),
/// so that a failed export (a full disk) never destroys the previous file.
///
/// The first error of any libxlsxwriter call is kept (check()); close() reports it with one
/// message naming the file. For what the wrapper does not cover (merged cells, validation,
/// comments), handle() gives the workbook to libxlsxwriter's own functions.
class XlsxWorkbook final
{
public:
    enum class Memory
    {
        /// The whole workbook in memory; strings shared (libxlsxwriter's default).
        Whole,
        /// Each row goes to a temporary file as it is written (rows strictly in order, strings
        /// stored inline), so that a million rows do not sit in memory.
        Constant
    };

    explicit XlsxWorkbook(const QString &path, Memory memory = Memory::Whole);
    /// Closes a workbook not closed yet and removes its temporary file.
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    /// False when the workbook could not be created or a call failed (reason() says why).
    /// What isGood() says, as the failure commit() or close() would give.
    Status status() const;
    bool isGood() const { return m_error == LXW_NO_ERROR && m_reason.isEmpty(); }
    lxw_workbook *handle() const { return m_workbook; }

    /// A sheet named @p name (null when the workbook could not be created).
    lxw_worksheet *addSheet(const QString &name);
    /// A new format, for libxlsxwriter's format_set_* functions.
    lxw_format *addFormat();
    /// The bold format of the headers, made once.
    lxw_format *bold();
    /// Keeps @p error unless an earlier call failed.
    void check(lxw_error error);
    /// @p text as UTF-8 that lives until the workbook is closed (libxlsxwriter keeps pointers to
    /// some strings: sheet names, validation lists).
    const char *keep(const QString &text);

    /// The widths of the first columns, in characters.
    void setColumnWidths(lxw_worksheet *sheet, std::initializer_list<double> widths);
    /// @p names in bold on the first row, which stays in view (frozen) when scrolling.
    void writeHeader(lxw_worksheet *sheet, const QStringList &names);
    void writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &text,
                   lxw_format *format = nullptr);
    void writeNumber(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, double number,
                     lxw_format *format = nullptr);
    /// One row from its first column; empty cells are left out.
    void writeRow(lxw_worksheet *sheet, lxw_row_t row, const QStringList &cells);
    /// One row from its first column: numbers (int, long long, double) as numbers, the rest as
    /// text; null values and empty texts are left out.
    void writeRow(lxw_worksheet *sheet, lxw_row_t row, const QVariantList &cells);

    /// Closes the workbook and renames it over the target. The message is files::writeError():
    /// "<file>: the file cannot be written (<reason>)."
    Status close();
    /// Why writing failed, without the file's name (for a caller with a message of its own).
    QString reason() const;

private:
    QString m_path;
    ReplacingFile m_target;
    QByteArray m_fileName;
    QByteArray m_tmpDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_reason;
    std::vector<QByteArray> m_strings;
};

} // namespace dc

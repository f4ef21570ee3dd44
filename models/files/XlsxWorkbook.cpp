#include "XlsxWorkbook.h"

#include "files/WriteError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them (shared by the files' writers).
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::files)
};

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &path, Memory memory) : m_path(path), m_target(path)
{
    // libxlsxwriter opens the file only when closing the workbook: find out now whether the
    // folder takes a file, so that the error comes before any work is done.
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        m_reason = Messages::tr("the folder does not exist");
        return;
    }
    if (info.exists() && !info.isDir() && !info.isWritable()) {
        m_reason = Messages::tr("the file is read-only");
        return;
    }
    if (!m_target.isValid()) {
        m_reason = m_target.error();
        return;
    }
    m_fileName = QFile::encodeName(m_target.temporaryPath());
    m_tmpDir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = memory == Memory::Constant ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = m_tmpDir.data();
    m_workbook = workbook_new_opt(m_fileName.constData(), &options);
    if (!m_workbook)
        m_reason = Messages::tr("the workbook cannot be created");
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook)
        workbook_close(m_workbook); // into the temporary file, which m_target removes
}

lxw_worksheet *XlsxWorkbook::addSheet(const QString &name)
{
    if (!m_workbook)
        return nullptr;
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, keep(name));
    if (!sheet)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    return sheet;
}

lxw_format *XlsxWorkbook::addFormat()
{
    return m_workbook ? workbook_add_format(m_workbook) : nullptr;
}

lxw_format *XlsxWorkbook::bold()
{
    if (!m_bold && m_workbook) {
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
    }
    return m_bold;
}

void XlsxWorkbook::check(lxw_error error)
{
    if (m_error == LXW_NO_ERROR)
        m_error = error;
}

const char *XlsxWorkbook::keep(const QString &text)
{
    m_strings.push_back(text.toUtf8());
    return m_strings.back().constData();
}

void XlsxWorkbook::setColumnWidths(lxw_worksheet *sheet, std::initializer_list<double> widths)
{
    if (!sheet)
        return;
    lxw_col_t column = 0;
    for (const double width : widths) {
        check(worksheet_set_column(sheet, column, column, width, nullptr));
        ++column;
    }
}

void XlsxWorkbook::writeHeader(lxw_worksheet *sheet, const QStringList &names)
{
    if (!sheet)
        return;
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_format *format = bold();
    for (int i = 0; i < names.size(); ++i)
        writeText(sheet, 0, lxw_col_t(i), names.at(i), format);
}

void XlsxWorkbook::writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column,
                             const QString &text, lxw_format *format)
{
    if (sheet)
        check(worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format));
}

void XlsxWorkbook::writeNumber(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, double number,
                               lxw_format *format)
{
    if (sheet)
        check(worksheet_write_number(sheet, row, column, number, format));
}

void XlsxWorkbook::writeRow(lxw_worksheet *sheet, lxw_row_t row, const QStringList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (!cells.at(i).isEmpty())
            writeText(sheet, row, lxw_col_t(i), cells.at(i));
    }
}

void XlsxWorkbook::writeRow(lxw_worksheet *sheet, lxw_row_t row, const QVariantList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        const QVariant &cell = cells.at(i);
        if (cell.isNull())
            continue;
        switch (cell.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            writeNumber(sheet, row, lxw_col_t(i), cell.toDouble());
            break;
        default:
            if (const QString text = cell.toString(); !text.isEmpty())
                writeText(sheet, row, lxw_col_t(i), text);
        }
    }
}

Status XlsxWorkbook::status() const
{
    if (isGood())
        return {};
    return Status::failure(files::writeError(m_path, reason()));
}

Status XlsxWorkbook::close()
{
    if (m_workbook) {
        check(workbook_close(m_workbook));
        m_workbook = nullptr;
    } else if (m_reason.isEmpty()) {
        m_reason = Messages::tr("the workbook is closed already");
    }
    if (isGood()) {
        if (Status s = m_target.commit(); !s)
            m_reason = s.error();
    }
    return status();
}

QString XlsxWorkbook::reason() const
{
    if (!m_reason.isEmpty())
        return m_reason;
    if (m_error != LXW_NO_ERROR)
        return QString::fromUtf8(lxw_strerror(m_error));
    return {};
}

} // namespace dc

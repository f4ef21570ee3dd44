#include "RegisterChangeExporter.h"

#include "RegisterChangeModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

#include "core/ReplacingFile.h"
#include "files/CsvText.h"

#include <xlsxwriter.h>

#include <array>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(RegisterChangeExporter)
};

constexpr int columnCount = RegisterChangeModel::ColumnCount;

std::array<QString, columnCount> cellsOf(const RegisterChange &c)
{
    return {c.kindName(), c.registryNumber, c.name, c.county, c.detail(), c.importedAt.left(10)};
}

std::array<QString, columnCount> titles()
{
    std::array<QString, columnCount> t;
    for (int i = 0; i < columnCount; ++i)
        t[size_t(i)] = RegisterChangeModel::columnTitle(RegisterChangeModel::Column(i));
    return t;
}

} // namespace

Status RegisterChangeExporter::exportCsv(const QList<RegisterChange> &changes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, file.errorString()));
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    QString text;
    auto appendRow = [&text](const std::array<QString, columnCount> &cells) {
        for (int i = 0; i < columnCount; ++i) {
            if (i > 0)
                text += QLatin1Char(';');
            csv::appendField(text, cells[size_t(i)]);
        }
        text += QLatin1String("\r\n");
    };
    appendRow(titles());
    for (const RegisterChange &c : changes)
        appendRow(cellsOf(c));
    const QByteArray bytes = encoder.encode(text);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, file.errorString()));
    return {};
}

Status RegisterChangeExporter::exportXlsx(const QList<RegisterChange> &changes, const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() || (info.exists() && !info.isWritable()) || info.isDir())
        return Status::failure(Messages::tr("%1: the file cannot be written.").arg(path));
    // Written beside the target and renamed over it once complete (see ReplacingFile).
    ReplacingFile target(path);
    if (!target.isValid())
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, target.error()));
    const QByteArray fileName = QFile::encodeName(target.temporaryPath());
    const QByteArray tmpDir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return Status::failure(Messages::tr("%1: the file cannot be written.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Modificari");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    static const double widths[columnCount] = {16, 20, 48, 16, 60, 12};
    for (lxw_col_t c = 0; c < columnCount; ++c)
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const auto header = titles();
    for (int i = 0; i < columnCount; ++i)
        worksheet_write_string(sheet, 0, lxw_col_t(i), header[size_t(i)].toUtf8().constData(),
                               bold);
    lxw_row_t r = 0;
    for (const RegisterChange &c : changes) {
        ++r;
        const auto cells = cellsOf(c);
        for (int i = 0; i < columnCount; ++i) {
            if (!cells[size_t(i)].isEmpty())
                worksheet_write_string(sheet, r, lxw_col_t(i),
                                       cells[size_t(i)].toUtf8().constData(), nullptr);
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Status::failure(Messages::tr("%1: the file cannot be written (%2).")
                                   .arg(path, QString::fromUtf8(lxw_strerror(closed))));
    if (Status s = target.commit(); !s)
        return Status::failure(
            Messages::tr("%1: the file cannot be written (%2).").arg(path, s.error()));
    return {};
}

Status RegisterChangeExporter::exportFile(const QList<RegisterChange> &changes, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return exportCsv(changes, path);
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(changes, path);
    return Status::failure(
        Messages::tr("%1: unknown file type; the export writes .csv and .xlsx files.").arg(path));
}

} // namespace dc

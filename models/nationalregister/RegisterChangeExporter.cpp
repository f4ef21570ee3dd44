#include "RegisterChangeExporter.h"

#include "RegisterChangeModel.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "files/CsvWriter.h"
#include "files/XlsxWorkbook.h"

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(RegisterChangeExporter)
};

QStringList cellsOf(const RegisterChange &c)
{
    return {c.kindName(), c.registryNumber, c.name, c.county, c.detail(), c.importedAt.left(10)};
}

QStringList titles()
{
    QStringList t;
    for (int i = 0; i < RegisterChangeModel::ColumnCount; ++i)
        t << RegisterChangeModel::columnTitle(RegisterChangeModel::Column(i));
    return t;
}

} // namespace

Status RegisterChangeExporter::exportCsv(const QList<RegisterChange> &changes, const QString &path)
{
    CsvWriter csv(path);
    csv.writeRow(titles());
    for (const RegisterChange &c : changes)
        csv.writeRow(cellsOf(c));
    return csv.commit();
}

Status RegisterChangeExporter::exportXlsx(const QList<RegisterChange> &changes, const QString &path)
{
    XlsxWorkbook book(path, XlsxWorkbook::Memory::Constant);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("Modificari"));
    book.setColumnWidths(sheet, {16, 20, 48, 16, 60, 12});
    book.writeHeader(sheet, titles());
    lxw_row_t r = 0;
    for (const RegisterChange &c : changes)
        book.writeRow(sheet, ++r, cellsOf(c));
    return book.close();
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

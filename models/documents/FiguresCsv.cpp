#include "documents/FiguresCsv.h"

#include "files/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>

namespace dc::reports {

Status writeFiguresCsv(const TableSpec &figures, const QString &path)
{
    // Without the apostrophe of the formula rule, as this file has always been written: a
    // negative figure stays a number for the spreadsheet.
    CsvWriter csv(path, CsvWriter::Formulas::AsWritten);
    csv.writeRow(figures.header);
    for (const QStringList &row : figures.rows)
        csv.writeRow(row);
    if (!csv.commit())
        return Status::failure(QCoreApplication::translate("FiguresCsv", "%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(path), csv.reason()));
    return Status();
}

} // namespace dc::reports

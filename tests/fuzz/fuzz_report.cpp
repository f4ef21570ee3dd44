// The annual-report reader on any bytes as a returned file (XLSX, ODS or CSV whatever its name
// says; a workbook may be given as parts, see FuzzSupport.h), then the recognizer against the
// built-in models and the consistency checks. Never a crash; the reader's caps hold.

#include "FuzzSupport.h"

#include "transparency/ReportFileReader.h"
#include "transparency/ReportModel.h"
#include "transparency/ReportRecognizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dc;
    fuzz::initialize();
    const QString path = fuzz::writeInput(QStringLiteral("report.xlsx"), data, size);
    const Result<ReportSheet> sheet = ReportFileReader::read(path);
    if (!sheet) {
        if (sheet.error().isEmpty())
            fuzz::fail("read() failed without a message");
        return 0;
    }
    if (sheet->rows.size() > ReportFileReader::maxRows)
        fuzz::fail("more rows than maxRows:", QString::number(sheet->rows.size()));
    for (const QList<ReportCell> &row : sheet->rows) {
        for (const ReportCell &cell : row) {
            if (cell.column < 0 || cell.column >= ReportFileReader::maxColumns)
                fuzz::fail("a column beyond maxColumns:", QString::number(cell.column));
            if (cell.text.size() > ReportFileReader::maxCellLength)
                fuzz::fail("a cell longer than maxCellLength at", cell.reference);
        }
    }
    const RecognizedReport report =
        ReportRecognizer::recognize(*sheet, ReportModel::builtInModels(), 2024);
    ReportRecognizer::inconsistencies(report.values);
    return 0;
}

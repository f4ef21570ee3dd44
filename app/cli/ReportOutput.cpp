#include "ReportOutput.h"

#include "CliSupport.h"
#include "documents/FiguresCsv.h"
#include "documents/PdfExport.h"

namespace dc::cli {

bool hasReportOutput(const QCommandLineParser &parser, const QString &usage)
{
    if (parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("csv")))
        return true;
    fail(usage + QStringLiteral("\n(give --pdf OUT.pdf, --csv OUT.csv or both)"), Usage);
    return false;
}

int writeReport(const QCommandLineParser &parser, const reports::ReportDocument &document)
{
    if (parser.isSet(QStringLiteral("csv"))) {
        const QString path = parser.value(QStringLiteral("csv"));
        if (Status s = reports::writeFiguresCsv(document.figures, path); !s)
            return fail(s.error());
        out() << "csv: " << path << " (" << document.figures.rows.size() << " rows)\n";
    }
    if (parser.isSet(QStringLiteral("pdf"))) {
        const QString path = parser.value(QStringLiteral("pdf"));
        const Result<int> pages = PdfExport::write(document, path);
        if (!pages)
            return fail(pages.error());
        out() << "pdf: " << path << " (" << pages.value() << " pages)\n";
    }
    return Success;
}

int writeReport(const QCommandLineParser &parser, const Result<reports::ReportDocument> &document)
{
    if (!document)
        return fail(document.error());
    return writeReport(parser, document.value());
}

} // namespace dc::cli

#include "CliSupport.h"
#include "ProgramOptions.h"
#include "ReportOutput.h"

#include "documents/ProgramSynthesis.h"

#include <QLocale>

namespace dc::cli {

namespace {

// report synthesis --program NAME --edition YEAR --pdf OUT.pdf [--csv OUT.csv]: the program
// synthesis of an edition, generated from the records (models/reports/ProgramSynthesis).
int reportSynthesis(const QCommandLineParser &parser, const Arguments &args)
{
    const QString usage =
        QStringLiteral("usage: dialogcivic --database PATH report synthesis --program NAME "
                       "--edition YEAR --pdf OUT.pdf [--csv OUT.csv]");
    if (!args.isEmpty() || !parser.isSet(QStringLiteral("program")) ||
        !parser.isSet(QStringLiteral("edition")))
        return fail(usage, Usage);
    if (!hasReportOutput(parser, usage))
        return Usage;
    const std::optional<int> year = editionYearOption(parser);
    if (!year)
        return Usage;
    int code = Success;
    const std::optional<ProgramEdition> chosen = openProgramEdition(parser, *year, code);
    if (!chosen)
        return code;
    return writeReport(
        parser, reports::buildProgramSynthesis(*chosen->database, chosen->edition.id, QLocale()));
}

} // namespace

void addReportCommands(CommandTable &table)
{
    table[{QStringLiteral("report"), QStringLiteral("synthesis")}] = reportSynthesis;
}

} // namespace dc::cli

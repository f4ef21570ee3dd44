#include "CliSupport.h"
#include "ReportOutput.h"

#include "documents/ProgramSynthesis.h"
#include "programs/ProgramRepository.h"

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
    bool ok = false;
    const int year = parser.value(QStringLiteral("edition")).toInt(&ok);
    if (!ok || year < 1990 || year > 2200)
        return fail(QStringLiteral("--edition takes the edition's year, e.g. 2021, not '%1'")
                        .arg(parser.value(QStringLiteral("edition"))),
                    Usage);
    int code = Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    const ProgramRepository programs(db->connection());
    const Result<Program> program = programs.match(parser.value(QStringLiteral("program")));
    if (!program)
        return fail(program.error());
    const Result<Edition> edition = programs.editionOfYear(program.value(), year);
    if (!edition)
        return fail(edition.error());
    const Result<reports::ReportDocument> document =
        reports::buildProgramSynthesis(*db, edition->id, QLocale());
    if (!document)
        return fail(document.error());
    return writeReport(parser, document.value());
}

} // namespace

void addReportCommands(CommandTable &table)
{
    table[{QStringLiteral("report"), QStringLiteral("synthesis")}] = reportSynthesis;
}

} // namespace dc::cli

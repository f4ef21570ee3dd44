#include "CliSupport.h"
#include "ReportOutput.h"

#include "documents/NgoEvidenceReport.h"
#include "documents/TransparencyReports.h"

#include <QLocale>

namespace dc::cli {

namespace {

// report transparency --year YEAR [--institution NAME] --pdf OUT.pdf [--csv OUT.csv]: the annual
// report of one institution, or without --institution the national synthesis of the year.
int reportTransparency(const QCommandLineParser &parser, const Arguments &args)
{
    const QString usage =
        QStringLiteral("usage: dialogcivic --database PATH report transparency --year YEAR "
                       "[--institution NAME] --pdf OUT.pdf [--csv OUT.csv]");
    if (!args.isEmpty() || !parser.isSet(QStringLiteral("year")))
        return fail(usage, Usage);
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1900 || year > 2100)
        return fail(QStringLiteral("--year takes a year, e.g. 2025, not '%1'")
                        .arg(parser.value(QStringLiteral("year"))),
                    Usage);
    if (!hasReportOutput(parser, usage))
        return Usage;
    // The institution is matched as `transparency figures --institution` does.
    return withInstitution(parser, [&](const InstitutionScope &scope) -> int {
        Database &db = *scope.database;
        if (scope.institution == 0)
            return writeReport(parser, reports::buildTransparencySynthesis(db, year, QLocale()));
        return writeReport(parser, reports::buildInstitutionTransparencyReport(
                                       db, scope.institution, year, QLocale()));
    });
}

// report ngos --pdf OUT.pdf [--csv OUT.csv]: the NGO evidence per region, county and domain.
int reportNgos(const QCommandLineParser &parser, const Arguments &args)
{
    const QString usage = QStringLiteral(
        "usage: dialogcivic --database PATH report ngos --pdf OUT.pdf [--csv OUT.csv]");
    if (!args.isEmpty())
        return fail(usage, Usage);
    if (!hasReportOutput(parser, usage))
        return Usage;
    return withDatabase(parser, [&](Database &db) -> int {
        return writeReport(parser, reports::buildNgoEvidence(db, QLocale()));
    });
}

} // namespace

void addTransparencyReportCommands(CommandTable &table)
{
    table[{QStringLiteral("report"), QStringLiteral("transparency")}] = reportTransparency;
    table[{QStringLiteral("report"), QStringLiteral("ngos")}] = reportNgos;
}

} // namespace dc::cli

#include "CliSupport.h"
#include "ReportOutput.h"

#include "core/NameMatcher.h"
#include "documents/NgoEvidenceReport.h"
#include "documents/TransparencyReports.h"
#include "transparency/InstitutionRepository.h"

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
    int code = Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;

    if (!parser.isSet(QStringLiteral("institution"))) {
        return writeReport(parser, reports::buildTransparencySynthesis(*db, year, QLocale()));
    }

    // The institution is matched as `transparency figures --institution` does.
    const QString name = parser.value(QStringLiteral("institution"));
    const NameMatcher::Match match =
        NameMatcher::match(name, InstitutionRepository(db->connection()).candidates());
    switch (match.outcome) {
    case NameMatcher::Outcome::Unique:
        break;
    case NameMatcher::Outcome::Ambiguous:
        return fail(QStringLiteral("'%1' matches several institutions: %2")
                        .arg(name, match.candidates.join(QLatin1String("; "))));
    case NameMatcher::Outcome::None:
        return fail(match.candidates.isEmpty()
                        ? QStringLiteral("no institution matches '%1' (there are no institutions)")
                              .arg(name)
                        : QStringLiteral("no institution matches '%1'; the institutions are: %2")
                              .arg(name, match.candidates.join(QLatin1String("; "))));
    }
    return writeReport(parser,
                       reports::buildInstitutionTransparencyReport(*db, match.id, year, QLocale()));
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
    int code = Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    return writeReport(parser, reports::buildNgoEvidence(*db, QLocale()));
}

} // namespace

void addTransparencyReportCommands(CommandTable &table)
{
    table[{QStringLiteral("report"), QStringLiteral("transparency")}] = reportTransparency;
    table[{QStringLiteral("report"), QStringLiteral("ngos")}] = reportNgos;
}

} // namespace dc::cli

#include "CliSupport.h"
#include "ImportArguments.h"

#include "demo/DemoDataset.h"
#include "registry/OrganizationExporter.h"
#include "registry/OrganizationImporter.h"
#include "registry/OrganizationRepository.h"
#include "storage/Sqlite.h"

namespace dc::cli {

namespace {

int demo(const QCommandLineParser &parser, const Arguments &)
{
    return withDatabase(parser, DatabaseUse::Create, [&](Database &db) -> int {
        const Result<DemoSummary> summary = DemoDataset::load(db.connection());
        if (!summary)
            return fail(summary.error());
        out() << "organizations: added " << summary->organizationsAdded << ", updated "
              << summary->organizationsUpdated << ", unchanged " << summary->organizationsUnchanged
              << '\n';
        const std::pair<const char *, DemoCounts> kinds[] = {
            {"programs", summary->programs},
            {"editions", summary->editions},
            {"partnerships", summary->partnerships},
            {"events", summary->events},
            {"indicators", summary->indicators}};
        for (const auto &[kind, counts] : kinds)
            out() << kind << ": added " << counts.added << ", updated " << counts.updated
                  << ", unchanged " << counts.unchanged << '\n';
        out() << summary->transparency.line() << '\n';
        out() << summary->receivedReports.line() << '\n';
        out() << summary->bodiesFunding.line() << '\n';
        out() << "database: " << db.path() << '\n';
        return Success;
    });
}

int dbCheck(const QCommandLineParser &parser, const Arguments &)
{
    return withDatabase(parser, DatabaseUse::Inspect, [&](Database &db) -> int {
        const Result<QStringList> problems = db.check();
        if (!problems)
            return fail(problems.error());
        out() << "schema version: " << db.schemaVersion() << '\n';
        if (problems->isEmpty()) {
            out() << "integrity: ok\n";
            return Success;
        }
        for (const QString &problem : problems.value())
            out() << "problem: " << problem << '\n';
        out() << "integrity: " << problems->size() << " problem(s)\n";
        return Failure;
    });
}

int ngoImport(const QCommandLineParser &parser, const Arguments &args)
{
    return runImport(parser, args, QStringLiteral("ngo import FILE"),
                     [](const QSqlDatabase &db, const QString &file, const ImportOptions &options) {
                         return OrganizationImporter(db).importFile(file, options);
                     });
}

int ngoSearch(const QCommandLineParser &parser, const Arguments &args)
{
    if (args.isEmpty())
        return fail(
            QStringLiteral("usage: dialogcivic --database PATH ngo search TEXT [--limit N]"),
            Usage);
    int limit = 20;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return fail(QStringLiteral("--limit takes a positive whole number"), Usage);
    }
    return withDatabase(parser, [&](Database &db) -> int {
        OrganizationRepository repository(db.connection());
        const QList<OrganizationHit> hits = repository.search(args.join(QLatin1Char(' ')), limit);
        if (!repository.lastError().isEmpty())
            return fail(repository.lastError());
        for (const OrganizationHit &hit : hits)
            out() << hit.id << '\t' << oneLine(hit.name) << '\t' << oneLine(hit.county) << '\t'
                  << oneLine(hit.cif) << '\n';
        return Success;
    });
}

int ngoExport(const QCommandLineParser &parser, const Arguments &args)
{
    if (args.size() != 1)
        return fail(
            QStringLiteral("usage: dialogcivic --database PATH ngo export OUT.csv|OUT.xlsx"),
            Usage);
    return withDatabase(parser, [&](Database &db) -> int {
        if (Status s = OrganizationExporter::exportFile(db.connection(), OrganizationFilter(),
                                                        args.first());
            !s)
            return fail(s.error());
        return Success;
    });
}

} // namespace

void addRegistryCommands(CommandTable &table)
{
    table[{QStringLiteral("demo")}] = demo;
    table[{QStringLiteral("db"), QStringLiteral("check")}] = dbCheck;
    table[{QStringLiteral("ngo"), QStringLiteral("import")}] = ngoImport;
    table[{QStringLiteral("ngo"), QStringLiteral("search")}] = ngoSearch;
    table[{QStringLiteral("ngo"), QStringLiteral("export")}] = ngoExport;
}

} // namespace dc::cli

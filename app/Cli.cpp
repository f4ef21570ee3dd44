#include "Cli.h"

#include "demo/DemoDataset.h"
#include "registry/OrganizationExporter.h"
#include "registry/OrganizationImporter.h"
#include "registry/OrganizationRepository.h"
#include "storage/Database.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

namespace dc {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = Cli::Failure)
{
    err() << "dialogcivic: " << message << '\n';
    err().flush();
    return code;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode)
{
    const QString path = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : Database::defaultPath();
    auto opened = Database::open(path);
    if (!opened) {
        exitCode = fail(opened.error());
        return nullptr;
    }
    for (const QString &warning : opened.value()->warnings())
        err() << "dialogcivic: " << warning << '\n';
    if (!opened.value()->backupPath().isEmpty())
        err() << "dialogcivic: " << QCoreApplication::translate("Cli", "a copy of the database was kept at %1")
                                        .arg(opened.value()->backupPath())
              << '\n';
    return std::move(opened).value();
}

using Arguments = QStringList;
using Command = std::function<int(const QCommandLineParser &, const Arguments &)>;

int demo(const QCommandLineParser &parser, const Arguments &)
{
    int code = Cli::Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    const Result<DemoSummary> summary = DemoDataset::load(db->connection());
    if (!summary)
        return fail(summary.error());
    out() << "organizations: added " << summary->organizationsAdded << ", updated "
          << summary->organizationsUpdated << ", unchanged " << summary->organizationsUnchanged << '\n';
    out() << "database: " << db->path() << '\n';
    return Cli::Success;
}

int dbCheck(const QCommandLineParser &parser, const Arguments &)
{
    int code = Cli::Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    QSqlDatabase connection = db->connection();
    const Result<QStringList> problems = sqlite::check(connection);
    if (!problems)
        return fail(problems.error());
    out() << "schema version: " << db->schemaVersion() << '\n';
    if (problems->isEmpty()) {
        out() << "integrity: ok\n";
        return Cli::Success;
    }
    for (const QString &problem : problems.value())
        out() << "problem: " << problem << '\n';
    out() << "integrity: " << problems->size() << " problem(s)\n";
    return Cli::Failure;
}

int ngoImport(const QCommandLineParser &parser, const Arguments &args)
{
    if (args.size() != 1)
        return fail(QStringLiteral("usage: dialogcivic --database PATH ngo import FILE [--encoding auto|utf-8|windows-1250] [--dry-run]"), Cli::Usage);
    ImportOptions options;
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = parseTextEncoding(parser.value(QStringLiteral("encoding")));
        if (!encoding)
            return fail(QStringLiteral("unknown encoding '%1' (auto, utf-8 or windows-1250)")
                            .arg(parser.value(QStringLiteral("encoding"))), Cli::Usage);
        options.encoding = *encoding;
    }
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    int code = Cli::Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    const QString file = args.first();
    OrganizationImporter importer(db->connection());
    const Result<ImportSummary> summary = importer.importFile(file, options);
    if (!summary)
        return fail(summary.error());
    for (const RejectedRow &row : summary->rejected)
        err() << file << ':' << row.line << ": " << row.reason << '\n';
    err().flush();
    out() << "imported: " << summary->imported << ", updated: " << summary->updated
          << ", unchanged: " << summary->unchanged << ", rejected: " << summary->rejected.size() << '\n';
    return summary->rejected.isEmpty() ? Cli::Success : Cli::PartlyRejected;
}

int ngoSearch(const QCommandLineParser &parser, const Arguments &args)
{
    if (args.isEmpty())
        return fail(QStringLiteral("usage: dialogcivic --database PATH ngo search TEXT [--limit N]"), Cli::Usage);
    int limit = 20;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return fail(QStringLiteral("--limit takes a positive whole number"), Cli::Usage);
    }
    int code = Cli::Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    OrganizationRepository repository(db->connection());
    const QList<OrganizationHit> hits = repository.search(args.join(QLatin1Char(' ')), limit);
    if (!repository.lastError().isEmpty())
        return fail(repository.lastError());
    for (const OrganizationHit &hit : hits)
        out() << hit.id << '\t' << hit.name << '\t' << hit.county << '\t' << hit.cif << '\n';
    return Cli::Success;
}

int ngoExport(const QCommandLineParser &parser, const Arguments &args)
{
    if (args.size() != 1)
        return fail(QStringLiteral("usage: dialogcivic --database PATH ngo export OUT.csv|OUT.xlsx"), Cli::Usage);
    int code = Cli::Success;
    auto db = openDatabase(parser, code);
    if (!db)
        return code;
    if (Status s = OrganizationExporter::exportFile(db->connection(), OrganizationFilter(), args.first()); !s)
        return fail(s.error());
    return Cli::Success;
}

// The command table: the words that name a command, and what runs it.
const std::map<QStringList, Command> &commands()
{
    static const std::map<QStringList, Command> table = {
        {{QStringLiteral("demo")}, demo},
        {{QStringLiteral("db"), QStringLiteral("check")}, dbCheck},
        {{QStringLiteral("ngo"), QStringLiteral("import")}, ngoImport},
        {{QStringLiteral("ngo"), QStringLiteral("search")}, ngoSearch},
        {{QStringLiteral("ngo"), QStringLiteral("export")}, ngoExport},
    };
    return table;
}

} // namespace

void Cli::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Dialog Civic: the evidence of NGOs, programs and decisional transparency.\n"
        "Without a command it opens the window; with one it runs without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("The database file (created when missing)."), QStringLiteral("path")},
        {QStringLiteral("lang"), QStringLiteral("The language: ro, en or sr."), QStringLiteral("code")},
        {QStringLiteral("encoding"), QStringLiteral("ngo import: auto, utf-8 or windows-1250."), QStringLiteral("name")},
        {QStringLiteral("dry-run"), QStringLiteral("ngo import: check everything, write nothing.")},
        {QStringLiteral("limit"), QStringLiteral("ngo search: at most this many lines (20)."), QStringLiteral("n")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("A command (see below)."),
                                 QStringLiteral("[command [arguments]]"));
}

QString Cli::commandsHelp()
{
    return QStringLiteral(
        "Commands:\n"
        "  demo                      create or refresh the demo dataset\n"
        "  db check                  integrity and foreign-key check, schema version\n"
        "  ngo import FILE           import organizations from CSV [--encoding] [--dry-run]\n"
        "  ngo search TEXT           search organizations [--limit N]\n"
        "  ngo export OUT            export organizations to OUT.csv or OUT.xlsx\n"
        "Exit status: 0 success, 1 failure, 2 some rows rejected, 64 wrong usage.\n");
}

int Cli::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    // The longest command name that the arguments start with.
    for (int words = std::min<int>(2, positional.size()); words >= 1; --words) {
        const QStringList name = positional.mid(0, words);
        const auto it = commands().find(name);
        if (it != commands().end()) {
            const int code = it->second(parser, positional.mid(words));
            out().flush();
            err().flush();
            return code;
        }
    }
    return fail(QStringLiteral("unknown command '%1' (see --help)").arg(positional.join(QLatin1Char(' '))), Usage);
}

} // namespace dc

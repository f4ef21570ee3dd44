#include "CliSupport.h"

#include "storage/DatabaseCopy.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dc::cli {

namespace {

const QString copyUsage = QStringLiteral(
    "usage: dialogcivic --database FILE db copy --to URL, or dialogcivic --database URL db copy "
    "--to FILE (or --from URL --to FILE)");

// `db copy`: the source is --from, else --database; the target is --to, a server database (empty
// but for the rows its schema is made with) or a new file, made at the latest version.
int dbCopy(const QCommandLineParser &parser, const Arguments &args)
{
    const bool from = parser.isSet(QStringLiteral("from"));
    const QString target = parser.value(QStringLiteral("to"));
    if (!args.isEmpty() || target.isEmpty() || (from && parser.isSet(QStringLiteral("database"))) ||
        (from && parser.value(QStringLiteral("from")).isEmpty()))
        return fail(copyUsage, Usage);
    const bool targetIsServer = ServerAddress::isServerUrl(target);
    if (!targetIsServer && QFileInfo::exists(target))
        return fail(QCoreApplication::translate("Cli", "%1 already exists: a copy is written to a "
                                                       "new file only; nothing was written.")
                        .arg(QDir::toNativeSeparators(target)));

    std::unique_ptr<Database> source;
    if (from) {
        auto opened =
            Database::open(parser.value(QStringLiteral("from")), Database::OpenMode::ExistingOnly);
        if (!opened)
            return fail(opened.error());
        source = std::move(opened).value();
    } else {
        int code = Success;
        source = openDatabase(parser, code);
        if (!source)
            return code;
    }

    auto opened = Database::open(target, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        if (!targetIsServer)
            Database::removeFiles(target);
        return fail(opened.error());
    }
    std::unique_ptr<Database> copy = std::move(opened).value();
    const QString shown = copy->path();
    const Result<CopySummary> summary = DatabaseCopy::copy(*source, *copy);
    copy.reset();
    if (!summary) {
        // A new file that did not receive the copy goes: nothing half-made is left.
        if (!targetIsServer)
            Database::removeFiles(target);
        return fail(summary.error());
    }
    for (const TableFigures &table : summary->tables)
        out() << table.table << ": " << table.rows << " rows, sha256 "
              << QString::fromLatin1(table.sha256) << '\n';
    out() << "copied: " << summary->tables.size() << " tables, " << summary->rows << " rows\n";
    out() << "to: " << (targetIsServer ? shown : QDir::toNativeSeparators(shown)) << '\n';
    return Success;
}

} // namespace

void addDatabaseCommands(CommandTable &table)
{
    table[{QStringLiteral("db"), QStringLiteral("copy")}] = dbCopy;
}

} // namespace dc::cli

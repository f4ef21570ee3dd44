#include "CliSupport.h"

#include "storage/DatabaseCopy.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"

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
    // Refused before the source is opened, as before copyInto() existed: nothing is read.
    if (!ServerAddress::isServerUrl(target) && QFileInfo::exists(target))
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

    const Result<CopySummary> summary = DatabaseCopy::copyInto(*source, target);
    if (!summary)
        return fail(summary.error());
    for (const TableFigures &table : summary->tables)
        out() << table.table << ": " << table.rows << " rows, sha256 "
              << QString::fromLatin1(table.sha256) << '\n';
    out() << "copied: " << summary->tables.size() << " tables, " << summary->rows << " rows\n";
    out() << "to: " << summary->target << '\n';
    return Success;
}

// `db init-server`: a shared database made ready on a server, by its administrator: the schema
// when the database is empty (or brought up to date, when it is older), then the three roles
// (reader, editor, administrator) with their privileges on every table. Safe to run again.
int dbInitServer(const QCommandLineParser &parser, const Arguments &args)
{
    const QString target = parser.value(QStringLiteral("database"));
    if (!args.isEmpty() || !ServerAddress::isServerUrl(target))
        return fail(QStringLiteral("usage: dialogcivic --database URL db init-server (URL: "
                                   "postgresql://user@host:port/database)"),
                    Usage);
    bool created = false;
    auto opened = Database::open(target, Database::OpenMode::ExistingOnly);
    if (!opened) {
        opened = Database::open(target, Database::OpenMode::CreateIfMissing);
        if (!opened)
            return fail(opened.error());
        created = true;
    }
    const std::unique_ptr<Database> db = std::move(opened).value();
    if (db->isReadOnly())
        return fail(QCoreApplication::translate(
                        "Cli", "%1: the user %2 may not change this database, so it cannot give "
                               "roles on it; run init-server as the user that created it.")
                        .arg(db->path(), postgres::currentUser(db->connection())));
    out() << "schema: "
          << (created                  ? "created"
              : db->upgradedFrom() > 0 ? "upgraded"
                                       : "present")
          << ", version " << db->schemaVersion();
    if (db->upgradedFrom() > 0)
        out() << " (was " << db->upgradedFrom() << ')';
    out() << '\n';
    const Result<postgres::RolesSummary> roles = postgres::setUpRoles(db->connection());
    if (!roles)
        return fail(roles.error());
    for (const postgres::RoleOutcome &role : roles->roles)
        out() << "role " << role.role << ": " << (role.created ? "created" : "present") << '\n';
    out() << "privileges: granted on " << roles->tables << " tables\n";
    out() << "database: " << db->path() << '\n';
    return Success;
}

} // namespace

void addDatabaseCommands(CommandTable &table)
{
    table[{QStringLiteral("db"), QStringLiteral("copy")}] = dbCopy;
    table[{QStringLiteral("db"), QStringLiteral("init-server")}] = dbInitServer;
}

} // namespace dc::cli

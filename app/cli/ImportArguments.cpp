#include "ImportArguments.h"

#include "files/TextEncoding.h"

#include <memory>
#include <optional>

namespace dc::cli {

namespace {

/// What an import command was asked for, and its database.
struct ImportRun
{
    QString file;
    ImportOptions options;
    std::unique_ptr<Database> database;
};

/// The file, the options and the database of an import command; on failure prints why, sets
/// @p exitCode and returns empty.
std::optional<ImportRun> openForImport(const QCommandLineParser &parser, const Arguments &args,
                                       const QString &usage, int &exitCode)
{
    if (args.size() != 1) {
        exitCode = fail(usage, Usage);
        return std::nullopt;
    }
    ImportRun run;
    run.file = args.first();
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = parseTextEncoding(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            exitCode = fail(QStringLiteral("unknown encoding '%1' (auto, utf-8 or windows-1250)")
                                .arg(parser.value(QStringLiteral("encoding"))),
                            Usage);
            return std::nullopt;
        }
        run.options.encoding = *encoding;
    }
    run.options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    run.database =
        openDatabase(parser, exitCode, run.options.dryRun ? DatabaseUse::Read : DatabaseUse::Write);
    if (!run.database)
        return std::nullopt;
    return run;
}

} // namespace

int runImport(const QCommandLineParser &parser, const Arguments &args, const QString &command,
              const Importer &import)
{
    const QString usage = QStringLiteral("usage: dialogcivic --database PATH %1 [--encoding "
                                         "auto|utf-8|windows-1250] [--dry-run]")
                              .arg(command);
    int code = Success;
    const std::optional<ImportRun> run = openForImport(parser, args, usage, code);
    if (!run)
        return code;
    const QString &file = run->file;
    const Result<ImportSummary> imported = import(run->database->connection(), file, run->options);
    if (!imported)
        return fail(imported.error());
    const ImportSummary &summary = *imported;
    for (const QString &warning : summary.warnings)
        err() << "dialogcivic: warning: " << warning << '\n';
    for (const RejectedRow &row : summary.rejected)
        err() << file << ':' << row.line << ": " << row.reason << '\n';
    err().flush();
    out() << "imported: " << summary.imported << ", updated: " << summary.updated
          << ", unchanged: " << summary.unchanged << ", rejected: " << summary.rejected.size()
          << '\n';
    return summary.rejected.isEmpty() ? Success : PartlyRejected;
}

} // namespace dc::cli

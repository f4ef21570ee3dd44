#include "ImportArguments.h"

#include "files/TextEncoding.h"

namespace dc::cli {

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

int reportImport(const QString &file, const ImportSummary &summary)
{
    for (const RejectedRow &row : summary.rejected)
        err() << file << ':' << row.line << ": " << row.reason << '\n';
    err().flush();
    out() << "imported: " << summary.imported << ", updated: " << summary.updated
          << ", unchanged: " << summary.unchanged << ", rejected: " << summary.rejected.size()
          << '\n';
    return summary.rejected.isEmpty() ? Success : PartlyRejected;
}

} // namespace dc::cli

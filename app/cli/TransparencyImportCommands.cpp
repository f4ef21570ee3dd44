#include "CliSupport.h"

#include "transparency/ReportImporter.h"

#include <QFileInfo>

namespace dc::cli {

namespace {

// transparency import-reports FILE|FOLDER... [--institution NAME] [--year YEAR] [--dry-run]
// stderr: FILE:CELL: reason for each cell rejected, FILE: reason for a file rejected whole, and
// the warnings as FILE:CELL: warning: ...; stdout: read: N, imported: I, replaced: R, unchanged: U,
// rejected: J (files).
int importReports(const QCommandLineParser &parser, const Arguments &args)
{
    bool badYear = false;
    const std::optional<int> year = yearOption(parser, badYear);
    if (args.isEmpty() || badYear)
        return fail(
            QStringLiteral(
                "usage: dialogcivic --database PATH transparency import-reports FILE|FOLDER... "
                "[--institution NAME] [--year YEAR] [--dry-run]"),
            Usage);
    int code = Success;
    const std::optional<InstitutionScope> scope = openWithInstitution(parser, code);
    if (!scope)
        return code;
    const auto &[db, connection, institution] = *scope;

    bool emptyFolder = false;
    for (const QString &path : args) {
        if (QFileInfo(path).isDir() && ReportImporter::expand({path}).isEmpty()) {
            err() << path << ": no report files (.xlsx, .ods, .csv) in this folder\n";
            emptyFolder = true;
        }
    }
    const QStringList files = ReportImporter::expand(args);
    ReportImportOptions options;
    options.institutionId = institution;
    options.year = year.value_or(0);
    ReportImporter importer(connection);
    Result<QList<ReportFilePreview>> previews = importer.preview(files, options);
    if (!previews)
        return fail(previews.error());
    if (!parser.isSet(QStringLiteral("dry-run"))) {
        if (Status s = importer.apply(previews.value()); !s)
            return fail(s.error());
    }

    for (const ReportFilePreview &p : previews.value()) {
        if (!p.importable()) {
            // The message names the file already.
            err() << oneLine(p.error) << '\n';
        }
        for (const ReportIssue &issue : p.rejected)
            err() << p.path << ':' << issue.cell << ": " << oneLine(issue.message) << '\n';
        for (const ReportIssue &issue : p.warnings) {
            err() << p.path;
            if (!issue.cell.isEmpty())
                err() << ':' << issue.cell;
            err() << ": warning: " << oneLine(issue.message) << '\n';
        }
    }
    err().flush();
    const ReportImportCounts counts = ReportImporter::count(previews.value());
    out() << counts.line() << '\n';
    if (counts.imported + counts.replaced + counts.unchanged == 0)
        return Failure;
    return counts.rejected > 0 || counts.rejectedCells > 0 || emptyFolder ? PartlyRejected
                                                                          : Success;
}

} // namespace

void addTransparencyImportCommands(CommandTable &table)
{
    table[{QStringLiteral("transparency"), QStringLiteral("import-reports")}] = importReports;
}

} // namespace dc::cli

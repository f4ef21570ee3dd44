#include "CliSupport.h"

#include "nationalregister/NationalRegisterImporter.h"
#include "nationalregister/RegisterChangeExporter.h"
#include "nationalregister/RegisterChangeRepository.h"

#include <QDate>

namespace dc::cli {

namespace {

int importRegister(const QCommandLineParser &parser, const Arguments &args)
{
    if (args.isEmpty())
        return fail(
            QStringLiteral("usage: dialogcivic --database PATH ngo import-register FILE.xlsx... "
                           "[--kind association|foundation|federation|union] [--dry-run]"),
            Usage);
    RegisterImportOptions options;
    if (parser.isSet(QStringLiteral("kind"))) {
        options.kind = parseRegisterKind(parser.value(QStringLiteral("kind")));
        if (!options.kind)
            return fail(
                QStringLiteral("unknown kind '%1' (association, foundation, federation or union)")
                    .arg(parser.value(QStringLiteral("kind"))),
                Usage);
    } else {
        for (const QString &file : args) {
            if (!registerKindFromFileName(file))
                return fail(QStringLiteral("%1: the file's name does not say the kind; use --kind "
                                           "association|foundation|federation|union")
                                .arg(file),
                            Usage);
        }
    }
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    const DatabaseUse use = options.dryRun ? DatabaseUse::Read : DatabaseUse::Write;
    return withDatabase(parser, use, [&](Database &db) -> int {
        NationalRegisterImporter importer(db.connection());
        const Result<QList<RegisterImportSummary>> summaries = importer.importFiles(args, options);
        if (!summaries)
            return fail(summaries.error());
        int read = 0, added = 0, changed = 0, statusChanged = 0, unchanged = 0, rejected = 0;
        for (const RegisterImportSummary &s : summaries.value()) {
            for (const RegisterRejectedRow &row : s.rejected)
                err() << row.file << ':' << row.row << ": " << row.reason << '\n';
            read += s.read;
            added += s.added;
            changed += s.changed;
            statusChanged += s.statusChanged;
            unchanged += s.unchanged;
            rejected += int(s.rejected.size());
        }
        err().flush();
        for (const RegisterImportSummary &s : summaries.value()) {
            if (!s.alreadyImportedAt.isEmpty())
                out() << s.file << ": already imported on " << s.alreadyImportedAt.left(10)
                      << "; nothing changed\n";
        }
        out() << "read: " << read << ", added: " << added << ", changed: " << changed
              << ", status-changed: " << statusChanged << ", unchanged: " << unchanged
              << ", rejected: " << rejected << '\n';
        return rejected == 0 ? Success : PartlyRejected;
    });
}

int changes(const QCommandLineParser &parser, const Arguments &args)
{
    if (args.size() > 1)
        return fail(
            QStringLiteral(
                "usage: dialogcivic --database PATH ngo changes [--since DATE] [OUT.csv|OUT.xlsx]"),
            Usage);
    RegisterChangeQuery query;
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return fail(QStringLiteral("--since takes a date as YYYY-MM-DD"), Usage);
        query.sinceDate = since.toString(Qt::ISODate);
    }
    return withDatabase(parser, [&](Database &db) -> int {
        const RegisterChangeRepository repository(db.connection());
        const QList<RegisterChange> list =
            query.sinceDate.isEmpty() ? repository.lastImportChanges() : repository.changes(query);
        if (!repository.lastError().isEmpty())
            return fail(repository.lastError());
        if (args.size() == 1) {
            if (Status s = RegisterChangeExporter::exportFile(list, args.first()); !s)
                return fail(s.error());
            return Success;
        }
        for (const RegisterChange &c : list)
            out() << c.kind << '\t' << c.registryNumber << '\t' << c.name << '\t' << c.county
                  << '\t' << c.detail() << '\n';
        return Success;
    });
}

} // namespace

void addNationalRegisterCommands(CommandTable &table)
{
    table[{QStringLiteral("ngo"), QStringLiteral("import-register")}] = importRegister;
    table[{QStringLiteral("ngo"), QStringLiteral("changes")}] = changes;
}

} // namespace dc::cli

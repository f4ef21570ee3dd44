#include "CliSupport.h"

#include "documents/DocumentSettings.h"
#include "transparency/ReminderWriter.h"
#include "transparency/ReportFormWriter.h"

#include <QDir>
#include <QFileInfo>

namespace dc::cli {

namespace {

// The year and the one folder every command here takes.
struct YearAndFolder
{
    int year = 0;
    QString folder;
};

// The year and folder of @p args; empty (with the usage printed) when they are missing or wrong.
std::optional<YearAndFolder> yearAndFolder(const QCommandLineParser &parser, const Arguments &args,
                                           const QString &usage)
{
    bool badYear = false;
    const std::optional<int> year = yearOption(parser, badYear);
    if (args.size() != 1 || badYear || !year) {
        fail(usage, Usage);
        return std::nullopt;
    }
    return YearAndFolder{*year, args.constFirst()};
}

// transparency forms --year YEAR OUTDIR [--institution NAME]: one pre-filled form per institution,
// "form: PATH" for each as it is written.
int forms(const QCommandLineParser &parser, const Arguments &args)
{
    const std::optional<YearAndFolder> target = yearAndFolder(
        parser, args,
        QStringLiteral("usage: dialogcivic --database PATH transparency forms --year YEAR OUTDIR "
                       "[--institution NAME]"));
    if (!target)
        return Usage;
    const auto &[year, folder] = *target;
    if (!QFileInfo(folder).isDir())
        return fail(QStringLiteral("%1: the folder does not exist").arg(folder));
    return withInstitution(parser, [&](const InstitutionScope &scope) -> int {
        const auto &[db, connection, institution] = scope;
        const Result<QList<WrittenForm>> written = ReportFormWriter::writeForms(
            connection, year, folder, institution, [](const WrittenForm &form, int, int) {
                out() << "form: " << QDir::toNativeSeparators(form.path) << '\n';
                out().flush();
                return true;
            });
        if (!written)
            return fail(written.error());
        if (written->isEmpty())
            err() << "dialogcivic: there are no institutions; no form was written\n";
        return Success;
    });
}

// transparency remind --year YEAR OUTDIR [--sender ADDRESS]: one e-mail file per institution
// whose report is overdue, "reminder: PATH" for each, "skipped: INSTITUTION: reason" on stderr.
int remind(const QCommandLineParser &parser, const Arguments &args)
{
    const std::optional<YearAndFolder> target = yearAndFolder(
        parser, args,
        QStringLiteral("usage: dialogcivic --database PATH transparency remind --year YEAR OUTDIR "
                       "[--sender ADDRESS]"));
    if (!target)
        return Usage;
    const auto &[year, folder] = *target;
    const MailSender sender{DocumentSettings::department(),
                            parser.isSet(QStringLiteral("sender"))
                                ? parser.value(QStringLiteral("sender")).trimmed()
                                : ReminderWriter::placeholderAddress()};
    if (const QString problem = ReminderWriter::senderProblem(sender); !problem.isEmpty())
        return fail(QStringLiteral("--sender: %1").arg(problem), Usage);
    if (!QFileInfo(folder).isDir())
        return fail(QStringLiteral("%1: the folder does not exist").arg(folder));
    return withDatabase(parser, [&](Database &db) -> int {
        const Result<ReminderBatch> batch =
            ReminderWriter::writeReminders(db.connection(), year, folder, sender);
        if (!batch)
            return fail(batch.error());
        for (const WrittenReminder &r : batch->written)
            out() << "reminder: " << QDir::toNativeSeparators(r.path) << '\n';
        for (const SkippedReminder &s : batch->skipped)
            err() << "skipped: " << oneLine(s.institution) << ": " << s.reason << '\n';
        return batch->skipped.isEmpty() ? Success : PartlyRejected;
    });
}

} // namespace

void addTransparencyFormCommands(CommandTable &table)
{
    table[{QStringLiteral("transparency"), QStringLiteral("forms")}] = forms;
    table[{QStringLiteral("transparency"), QStringLiteral("remind")}] = remind;
}

} // namespace dc::cli

#include "Cli.h"

#include "cli/CliSupport.h"
#include "storage/Database.h"

namespace dc {

namespace {

const cli::CommandTable &commands()
{
    static const cli::CommandTable table = [] {
        cli::CommandTable t;
        cli::addRegistryCommands(t);
        cli::addDatabaseCommands(t);
        cli::addCalendarCommands(t);
        cli::addTransparencyCommands(t);
        cli::addTransparencyFormCommands(t);
        cli::addTransparencyImportCommands(t);
        cli::addNationalRegisterCommands(t);
        cli::addBodiesFundingCommands(t);
        cli::addReportCommands(t);
        cli::addTransparencyReportCommands(t);
        return t;
    }();
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
        {QStringLiteral("database"),
         QStringLiteral("The database file (only demo and --create make a missing one), or a "
                        "PostgreSQL server's: postgresql://user@host:port/dbname."),
         QStringLiteral("path")},
        {QStringLiteral("create"),
         QStringLiteral("Create the database file when it does not exist.")},
        {QStringLiteral("lang"), QStringLiteral("The language: ro, en or sr."),
         QStringLiteral("code")},
        {QStringLiteral("encoding"), QStringLiteral("ngo import: auto, utf-8 or windows-1250."),
         QStringLiteral("name")},
        {QStringLiteral("dry-run"),
         QStringLiteral(
             "ngo import, transparency import-reports: check everything, write nothing.")},
        {QStringLiteral("limit"), QStringLiteral("ngo search: at most this many lines (20)."),
         QStringLiteral("n")},
        {QStringLiteral("year"),
         QStringLiteral("transparency: the year of the figures or warnings."),
         QStringLiteral("year")},
        {QStringLiteral("institution"),
         QStringLiteral("transparency: one institution (a part of its name is enough)."),
         QStringLiteral("name")},
        {QStringLiteral("program"),
         QStringLiteral("calendar export: the program (a part of its name is enough)."),
         QStringLiteral("name")},
        {QStringLiteral("edition"), QStringLiteral("calendar export: the edition's year."),
         QStringLiteral("year")},
        {QStringLiteral("from"),
         QStringLiteral("calendar list, calendar export: the first day (YYYY-MM-DD); db copy: "
                        "the source database (instead of --database)."),
         QStringLiteral("date")},
        {QStringLiteral("to"),
         QStringLiteral("calendar list, calendar export: the last day (YYYY-MM-DD); db copy: "
                        "the target database (a server's, or a new file)."),
         QStringLiteral("date")},
        {QStringLiteral("kind"),
         QStringLiteral("calendar list: only events of this kind (videoconference, conference, "
                        "seminar, workshop, round-table, study-visit, closing); ngo "
                        "import-register: association, foundation, federation or union."),
         QStringLiteral("kind")},
        {QStringLiteral("since"),
         QStringLiteral(
             "ngo changes: the changes of the imports made on or after this day (YYYY-MM-DD)."),
         QStringLiteral("date")},
        {QStringLiteral("expiring"),
         QStringLiteral("bodies list: only mandates ending within this many days."),
         QStringLiteral("days")},
        {QStringLiteral("by"),
         QStringLiteral("funding summary: institution, domain, county or region (institution)."),
         QStringLiteral("key")},
        {QStringLiteral("sender"),
         QStringLiteral("transparency remind: the office's e-mail address for the From line."),
         QStringLiteral("address")},
        {QStringLiteral("pdf"), QStringLiteral("report: write the document to this PDF file."),
         QStringLiteral("path")},
        {QStringLiteral("csv"),
         QStringLiteral("report: write the figures behind the document to this CSV file."),
         QStringLiteral("path")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("A command (see below)."),
                                 QStringLiteral("[command [arguments]]"));
}

QString Cli::commandsHelp()
{
    return QStringLiteral(
        "Commands:\n"
        "  demo                      create or refresh the demo dataset (creates the database)\n"
        "  db check                  integrity and foreign-key check, schema version; reads only\n"
        "  db copy --to URL|FILE     copy the whole database (--database, or --from URL) into\n"
        "                            an empty server database or a new file, in one\n"
        "                            transaction; every table's rows and sha256 compared and\n"
        "                            printed: 'TABLE: N rows, sha256 HEX', then 'copied: N\n"
        "                            tables, M rows' and 'to: TARGET'\n"
        "  db init-server            on a server (--database URL): the schema when the database\n"
        "                            is empty, the roles dialogcivic_reader, dialogcivic_editor\n"
        "                            and dialogcivic_admin and their privileges; prints\n"
        "                            'schema: created|present, version N', 'role NAME:\n"
        "                            created|present', 'privileges: granted on N tables'\n"
        "  ngo import FILE           import organizations from CSV [--encoding] [--dry-run]\n"
        "  ngo search TEXT           search organizations [--limit N]\n"
        "  ngo export OUT            export organizations to OUT.csv or OUT.xlsx\n"
        "  ngo import-register FILE.xlsx...  import the national NGO register's workbooks\n"
        "                            [--kind association|foundation|federation|union] [--dry-run]\n"
        "  ngo changes [OUT]         what the last register import changed, one per line: kind,\n"
        "                            registry number, name, county, detail [--since DATE];\n"
        "                            with OUT.csv or OUT.xlsx, written there\n"
        "  calendar export OUT       export an edition's events to OUT.ics, OUT.csv or OUT.xlsx\n"
        "                            --program NAME --edition YEAR; or every event of a period,\n"
        "                            of a program or of none: --from DATE --to DATE\n"
        "  calendar list             events, one per line: date, time, program, edition, number,\n"
        "                            regions, co-organizers (several joined by '; '), status;\n"
        "                            program and edition empty for an event of no program\n"
        "                            --from DATE --to DATE [--kind KIND]\n"
        "  transparency figures      the annual figures of Law 52/2003, one per line: code, "
        "label,\n"
        "                            value, source (report, records or manual) --year YEAR\n"
        "                            [--institution NAME]; without it the totals and the\n"
        "                            institutions that have not reported ('missing')\n"
        "  transparency status       the annual reports of a year, one institution per line:\n"
        "                            institution, kind, status (received, late, missing),\n"
        "                            received, days late --year YEAR\n"
        "  transparency forms OUTDIR the annual report's form of each institution, pre-filled "
        "from\n"
        "                            the records, one XLSX per institution into OUTDIR, a line\n"
        "                            'form: PATH' for each --year YEAR [--institution NAME]\n"
        "  transparency remind OUTDIR\n"
        "                            an e-mail (.eml, the form attached, not sent) to the liaison\n"
        "                            of each institution whose report is overdue, a line\n"
        "                            'reminder: PATH' for each, 'skipped: INSTITUTION: reason' on\n"
        "                            stderr for those without an e-mail --year YEAR\n"
        "                            [--sender ADDRESS]\n"
        "  transparency warnings     broken legal deadlines: institution, draft or meeting, rule,\n"
        "                            days [--year YEAR]\n"
        "  transparency import-reports FILE|FOLDER...  import the annual reports the institutions\n"
        "                            returned (XLSX, ODS, CSV); rejected cells and warnings on\n"
        "                            stderr as FILE:CELL: reason, then one line: read, imported,\n"
        "                            replaced, unchanged, rejected (files) [--institution NAME]\n"
        "                            [--year YEAR] [--dry-run]\n"
        "  bodies list               consultative body memberships, one per line: body, member,\n"
        "                            representative, role, mandate start, mandate end\n"
        "                            [--expiring DAYS]\n"
        "  funding summary           awards of a year: key, awards, granted, paid (lei), then\n"
        "                            a total line --year YEAR [--by "
        "institution|domain|county|region]\n"
        "  funding import FILE       import funding awards from CSV or XLSX [--encoding] "
        "[--dry-run]\n"
        "  report synthesis          an edition's program synthesis --program NAME --edition YEAR\n"
        "                            --pdf OUT.pdf and/or --csv OUT.csv [--lang ro|en|sr]\n"
        "  report transparency       the annual transparency report of one institution, or "
        "without\n"
        "                            --institution the national synthesis --year YEAR\n"
        "                            [--institution NAME] --pdf OUT.pdf and/or --csv OUT.csv\n"
        "  report ngos               the NGO evidence per county and region --pdf OUT.pdf\n"
        "                            and/or --csv OUT.csv\n"
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
            // The command's database is closed by now: one it created and then failed in goes.
            if (code == Failure && !cli::createdDatabase().isEmpty())
                Database::removeFiles(cli::createdDatabase());
            cli::out().flush();
            cli::err().flush();
            return code;
        }
    }
    return cli::fail(
        QStringLiteral("unknown command '%1' (see --help)").arg(positional.join(QLatin1Char(' '))),
        Usage);
}

} // namespace dc

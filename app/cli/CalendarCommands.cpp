#include "CliSupport.h"
#include "ProgramOptions.h"

#include "programs/CalendarExporter.h"
#include "programs/EventRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace dc::cli {

namespace {

// calendar list prints one event per line:
//   date<TAB>time<TAB>program<TAB>edition<TAB>number<TAB>regions<TAB>co-organizers<TAB>status
// date ISO 8601 (YYYY-MM-DD), time HH:MM or empty when not known, edition as its year, number the
// event's number within its kind, several regions or co-organizers joined with "; ", status its
// code (planned, held, cancelled, postponed). An event of no program has empty program and
// edition fields.

std::optional<QDate> isoDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return std::nullopt;
    return d;
}

// --from DATE --to DATE: on a date that is not one, or a period that ends before it starts,
// prints why and returns empty (a usage error).
std::optional<std::pair<QDate, QDate>> periodOptions(const QCommandLineParser &parser)
{
    const auto from = isoDate(parser.value(QStringLiteral("from")));
    const auto to = isoDate(parser.value(QStringLiteral("to")));
    if (!from) {
        fail(QStringLiteral("--from takes a date as YYYY-MM-DD, not '%1'")
                 .arg(parser.value(QStringLiteral("from"))),
             Usage);
    } else if (!to) {
        fail(QStringLiteral("--to takes a date as YYYY-MM-DD, not '%1'")
                 .arg(parser.value(QStringLiteral("to"))),
             Usage);
    } else if (*to < *from) {
        fail(QStringLiteral("--to %1 is before --from %2")
                 .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)),
             Usage);
    } else {
        return std::pair{*from, *to};
    }
    return std::nullopt;
}

QString kindCodes()
{
    QStringList codes;
    for (const EventKind k : allEventKinds())
        codes << eventKindCode(k);
    return codes.join(QLatin1Char('|'));
}

int calendarList(const QCommandLineParser &parser, const Arguments &args)
{
    const QString usage =
        QStringLiteral(
            "usage: dialogcivic --database PATH calendar list --from DATE --to DATE [--kind %1]")
            .arg(kindCodes());
    if (!args.isEmpty() || !parser.isSet(QStringLiteral("from")) ||
        !parser.isSet(QStringLiteral("to")))
        return fail(usage, Usage);
    CalendarQuery query;
    const auto period = periodOptions(parser);
    if (!period)
        return Usage;
    const auto &[from, to] = *period;
    query.from = from;
    query.to = to;
    if (parser.isSet(QStringLiteral("kind"))) {
        query.kind = eventKindFromCode(parser.value(QStringLiteral("kind")));
        if (!query.kind)
            return fail(QStringLiteral("unknown --kind '%1' (%2)")
                            .arg(parser.value(QStringLiteral("kind")), kindCodes()),
                        Usage);
    }
    return withDatabase(parser, [&](Database &db) -> int {
        const EventRepository events(db.connection());
        const QList<CalendarEntry> entries = events.calendar(query);
        if (!events.lastError().isEmpty())
            return fail(events.lastError());
        for (const CalendarEntry &e : entries) {
            out() << e.date.toString(Qt::ISODate) << '\t'
                  << (e.startTime.isValid() ? e.startTime.toString(QStringLiteral("HH:mm"))
                                            : QString())
                  << '\t' << e.programName << '\t'
                  << (e.hasProgram() ? QString::number(e.editionYear) : QString()) << '\t'
                  << e.number << '\t' << e.regions.join(CalendarExporter::listSeparator()) << '\t'
                  << e.coorganizers.join(CalendarExporter::listSeparator()) << '\t'
                  << eventStatusCode(e.status) << '\n';
        }
        return Success;
    });
}

// The file a calendar is written to, .ics, .csv or .xlsx; false (with the reason printed) for
// another.
bool isCalendarFile(const QString &path)
{
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    if (path.contains(QLatin1Char('.')) &&
        (suffix == QLatin1String("ics") || suffix == QLatin1String("csv") ||
         suffix == QLatin1String("xlsx")))
        return true;
    fail(QStringLiteral("%1: the calendar is written to a .ics, .csv or .xlsx file").arg(path),
         Usage);
    return false;
}

// calendar export --from DATE --to DATE OUT: every event of the period, of a program or of none
// (seed 000: the Service's own events and those of others it supports).
int calendarExportPeriod(const QCommandLineParser &parser, const Arguments &args)
{
    const QString usage = QStringLiteral("usage: dialogcivic --database PATH calendar export "
                                         "--from DATE --to DATE OUT.ics|OUT.csv|OUT.xlsx");
    if (args.size() != 1 || !parser.isSet(QStringLiteral("from")) ||
        !parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("program")) ||
        parser.isSet(QStringLiteral("edition")))
        return fail(usage, Usage);
    const auto period = periodOptions(parser);
    if (!period)
        return Usage;
    const auto &[from, to] = *period;
    const QString path = args.first();
    if (!isCalendarFile(path))
        return Usage;
    return withDatabase(parser, [&](Database &db) -> int {
        CalendarQuery query;
        query.from = from;
        query.to = to;
        const EventRepository events(db.connection());
        const QList<CalendarEntry> entries = events.calendar(query);
        if (!events.lastError().isEmpty())
            return fail(events.lastError());
        //: The name of an exported calendar of a period; %1 and %2 are dates (YYYY-MM-DD)
        const QString name = QCoreApplication::translate("CalendarCommands", "Events from %1 to %2")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        if (Status s = CalendarExporter::exportFile(entries, path, name); !s)
            return fail(s.error());
        out() << "events: " << entries.size() << '\n';
        return Success;
    });
}

int calendarExport(const QCommandLineParser &parser, const Arguments &args)
{
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))
        return calendarExportPeriod(parser, args);
    const QString usage = QStringLiteral("usage: dialogcivic --database PATH calendar export "
                                         "--program NAME --edition YEAR OUT.ics|OUT.csv|OUT.xlsx");
    if (args.size() != 1 || !parser.isSet(QStringLiteral("program")) ||
        !parser.isSet(QStringLiteral("edition")))
        return fail(usage, Usage);
    const std::optional<int> year = editionYearOption(parser);
    if (!year)
        return Usage;
    const QString path = args.first();
    if (!isCalendarFile(path))
        return Usage;
    int code = Success;
    const std::optional<ProgramEdition> chosen = openProgramEdition(parser, *year, code);
    if (!chosen)
        return code;
    const auto &[db, program, edition] = *chosen;
    CalendarQuery query;
    query.editionId = edition.id;
    const EventRepository events(db->connection());
    const QList<CalendarEntry> entries = events.calendar(query);
    if (!events.lastError().isEmpty())
        return fail(events.lastError());
    const QString name = QCoreApplication::translate("CalendarCommands", "%1, edition %2 (%3)")
                             .arg(program.name)
                             .arg(edition.number)
                             .arg(edition.year);
    if (Status s = CalendarExporter::exportFile(entries, path, name); !s)
        return fail(s.error());
    out() << "events: " << entries.size() << '\n';
    return Success;
}

} // namespace

void addCalendarCommands(CommandTable &table)
{
    table[{QStringLiteral("calendar"), QStringLiteral("list")}] = calendarList;
    table[{QStringLiteral("calendar"), QStringLiteral("export")}] = calendarExport;
}

} // namespace dc::cli

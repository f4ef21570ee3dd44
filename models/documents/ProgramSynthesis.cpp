#include "documents/ProgramSynthesis.h"

#include "core/Dates.h"
#include "core/Ordinals.h"
#include "documents/SynthesisTexts.h"
#include "programs/CalendarEntry.h"
#include "programs/CalendarQuery.h"
#include "programs/EventRepository.h"
#include "programs/IndicatorRepository.h"
#include "programs/Partnership.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace dc::reports {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ProgramSynthesis)
};

struct Partner
{
    QString name;
    PartnerRole role = PartnerRole::Promoter;
    qint64 countedId =
        0;              ///< the record counted for it: its own, or the one it is marked the same as
    QString sameAsName; ///< the name of that record when it is another
};

// The organizations of the edition with their role, withdrawn ones left out, in the order of
// their names, with the record each is counted as (an official may mark two records as one
// organization).
Result<QList<Partner>> partnersOf(QSqlDatabase db, qint64 editionId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT o.name, p.role, coalesce(a.same_as_id, o.id), s.name FROM partnership p "
        "JOIN organization o ON o.id = p.organization_id "
        "LEFT JOIN organization_same_as a ON a.organization_id = o.id "
        "LEFT JOIN organization s ON s.id = a.same_as_id "
        "WHERE p.edition_id = :e AND p.status <> 'withdrawn' ORDER BY o.name_sort, o.id"));
    q.bindValue(QStringLiteral(":e"), editionId);
    if (!q.exec())
        return Result<QList<Partner>>::failure(q.lastError().text());
    QList<Partner> partners;
    while (q.next())
        partners.append({q.value(0).toString(),
                         partnerRoleFromCode(q.value(1).toString()).value_or(PartnerRole::Partner),
                         q.value(2).toLongLong(), q.value(3).toString()});
    return partners;
}

QString valueText(const QLocale &locale, std::optional<qint64> value, ValueQualifier qualifier)
{
    if (!value)
        return QStringLiteral("—");
    return indicatorValueText(value, qualifier, locale);
}

// The program's name as the title needs it: Romanian puts it in the genitive ("Sinteza
// Programului Promotorii Voluntariatului în România"); other languages quote the name as it is.
QString programNameForTitle(const QString &name, const QLocale &locale)
{
    if (locale.language() != QLocale::Romanian)
        return name;
    for (const auto &[nominative, genitive] :
         {std::pair{"Programul ", "Programului "}, std::pair{"Proiectul ", "Proiectului "}}) {
        if (name.startsWith(QLatin1String(nominative)))
            return QLatin1String(genitive) + name.mid(int(qstrlen(nominative)));
    }
    return name;
}

QString percentText(const QLocale &locale, std::optional<double> percent)
{
    if (!percent)
        return QStringLiteral("—");
    return locale.toString(*percent, 'f', 0) + QLatin1Char('%');
}

// "A, B, C and D".
QString enumeration(const QStringList &names)
{
    if (names.size() <= 1)
        return names.join(QString());
    //: Joins the last two names of a list: "A, B, C and D"
    return Messages::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString shortCategory(const CalendarEntry &e)
{
    if (e.kind == EventKind::Videoconference)
        return QString::number(e.number);
    return e.number > 1 ? QStringLiteral("%1 %2").arg(eventKindName(e.kind)).arg(e.number)
                        : eventKindName(e.kind);
}

QList<CalendarEntry> eventsOf(Database &db, qint64 editionId, QString *error = nullptr)
{
    CalendarQuery query;
    query.editionId = editionId;
    const EventRepository events(db.connection());
    QList<CalendarEntry> entries = events.calendar(query);
    if (error)
        *error = events.lastError();
    return entries;
}

struct IndicatorRow
{
    Indicator indicator;
    std::optional<qint64> achieved;
    std::optional<double> percent;
};

QList<IndicatorRow> indicatorsOf(Database &db, qint64 editionId)
{
    const IndicatorRepository repository(db.connection());
    QList<IndicatorRow> rows;
    for (const Indicator &i : repository.ofEdition(editionId)) {
        IndicatorRow row{i, repository.achievedValue(i), std::nullopt};
        row.percent = percentAchieved(i.target, row.achieved);
        rows.append(row);
    }
    return rows;
}

} // namespace

ChartSpec participantsPerEventChart(Database &db, qint64 editionId)
{
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::Bars;
    chart.title = Messages::tr("Participants per event");
    chart.valueAxisTitle = Messages::tr("Participants");
    ChartSpec::Series series;
    series.name = Messages::tr("Participants");
    const QList<CalendarEntry> entries = eventsOf(db, editionId);
    // Videoconferences first, in their order, then the other events by date.
    QList<CalendarEntry> ordered;
    for (const CalendarEntry &e : entries)
        if (e.kind == EventKind::Videoconference && e.status != EventStatus::Cancelled)
            ordered.append(e);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const CalendarEntry &a, const CalendarEntry &b) { return a.number < b.number; });
    for (const CalendarEntry &e : entries)
        if (e.kind != EventKind::Videoconference && e.status != EventStatus::Cancelled)
            ordered.append(e);
    for (const CalendarEntry &e : ordered) {
        chart.categories << shortCategory(e);
        chart.categoryKeys << QString::number(e.eventId);
        series.values << double(e.participants.value_or(0));
    }
    chart.series << series;
    return chart;
}

ChartSpec indicatorAchievementChart(Database &db, qint64 editionId)
{
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::BarsWithTarget;
    chart.title = Messages::tr("Indicators: achieved in percent of the target");
    chart.valueAxisTitle = Messages::tr("% of the target");
    chart.targetName = Messages::tr("Target");
    chart.percent = true;
    ChartSpec::Series series;
    series.name = Messages::tr("Achieved");
    bool informs = false;
    for (const IndicatorRow &row : indicatorsOf(db, editionId)) {
        if (!row.percent)
            continue;
        // The whole name: the chart wraps its labels (ChartBuilder::wrapLabel).
        chart.categories << row.indicator.name;
        chart.categoryKeys << QString::number(row.indicator.id);
        series.values << *row.percent;
        chart.targets << 100.0;
        informs = informs || std::abs(*row.percent - 100.0) >= 0.5;
    }
    // Bars that all reach their target exactly say nothing the table does not (issue 15: three
    // identical 100 % bars): no chart then.
    if (informs)
        chart.series << series;
    else
        chart.categories.clear();
    return chart;
}

Result<ReportDocument> buildProgramSynthesis(Database &db, qint64 editionId, const QLocale &locale)
{
    using R = Result<ReportDocument>;
    const ProgramRepository programs(db.connection());
    const std::optional<Edition> edition = programs.findEdition(editionId);
    if (!edition)
        return R::failure(Messages::tr("The edition no. %1 does not exist.").arg(editionId));
    const std::optional<Program> program = programs.find(edition->programId);
    if (!program)
        return R::failure(
            Messages::tr("The program of the edition no. %1 does not exist.").arg(editionId));
    const Result<SynthesisTexts> texts = SynthesisTextRepository(db.connection()).texts(editionId);
    if (!texts)
        return R::failure(texts.error());
    const Result<QList<Partner>> partners = partnersOf(db.connection(), editionId);
    if (!partners)
        return R::failure(partners.error());
    QString eventError;
    const QList<CalendarEntry> events = eventsOf(db, editionId, &eventError);
    if (!eventError.isEmpty())
        return R::failure(eventError);
    const QList<IndicatorRow> indicators = indicatorsOf(db, editionId);

    // The locale's short format with the whole year (28.04.2021, 4/28/2021, 28.4.2021.).
    const auto date = [&](const QDate &d) { return shortDate(locale, d); };
    const auto number = [&](qint64 n) { return locale.toString(n); };

    ReportDocument doc;
    doc.language = locale.name().section(QLatin1Char('_'), 0, 0);
    doc.generatedOn = QDate::currentDate();
    doc.official = true; // signed and sent by the office
    //: The edition in a title: "2nd edition" (Romanian "Ediția a II-a", Serbian "2. izdanje"); %1
    //: is the ordinal as the language writes it
    const QString editionName =
        Messages::tr("%1 edition").arg(editionOrdinal(edition->number, locale));
    //: The title of a program synthesis: "Sinteza Programului Promotorii Voluntariatului în
    //: România, Ediția a II-a, 2021" (%1 the program, in the genitive in Romanian; %2 the edition;
    //: %3 the year)
    doc.title = Messages::tr("Synthesis of the %1, %2, %3")
                    .arg(programNameForTitle(program->name, locale), editionName)
                    .arg(edition->year);
    TableSpec &figures = doc.figures;
    figures.header =
        QStringList{Messages::tr("Section"), Messages::tr("Item"), Messages::tr("Value")};
    const auto figure = [&](const QString &section, const QString &item, const QString &value) {
        figures.rows.append({section, item, value});
    };
    figure(Messages::tr("Edition"), Messages::tr("Program"), program->name);
    figure(Messages::tr("Edition"), Messages::tr("Number"), QString::number(edition->number));
    figure(Messages::tr("Edition"), Messages::tr("Year"), QString::number(edition->year));
    figure(Messages::tr("Edition"), Messages::tr("Start"),
           edition->startDate.toString(Qt::ISODate));
    figure(Messages::tr("Edition"), Messages::tr("End"), edition->endDate.toString(Qt::ISODate));
    // The dates of the activities as recorded, which is all the synthesis says of an edition
    // whose period no document gives.
    QDate firstActivity;
    QDate lastActivity;
    for (const CalendarEntry &e : events) {
        if (e.status == EventStatus::Cancelled || !e.date.isValid())
            continue;
        if (!firstActivity.isValid() || e.date < firstActivity)
            firstActivity = e.date;
        if (!lastActivity.isValid() || e.date > lastActivity)
            lastActivity = e.date;
    }
    figure(Messages::tr("Edition"), Messages::tr("First activity"),
           firstActivity.toString(Qt::ISODate));
    figure(Messages::tr("Edition"), Messages::tr("Last activity"),
           lastActivity.toString(Qt::ISODate));

    int section = 0;
    const auto heading = [&](const QString &text) {
        doc.add(Block::heading(Messages::tr("%1. %2").arg(++section).arg(text)));
    };

    if (!texts->introduction.isEmpty()) {
        heading(Messages::tr("Introduction"));
        doc.add(Block::paragraph(texts->introduction));
    }

    // Period and objective.
    heading(Messages::tr("Period and objective"));
    if (edition->hasPeriod()) {
        doc.add(Block::paragraph(
            Messages::tr("The edition %1 of the %2 ran from %3 to %4.")
                .arg(edition->number)
                .arg(program->name, date(edition->startDate), date(edition->endDate))));
    } else if (firstActivity.isValid()) {
        doc.add(Block::paragraph(
            Messages::tr("The records give no period for the edition %1 of the %2; they "
                         "show activities between %3 and %4.")
                .arg(edition->number)
                .arg(program->name, date(firstActivity), date(lastActivity))));
    } else {
        doc.add(Block::paragraph(
            Messages::tr(
                "The records give no period for the edition %1 of the %2, and no activity.")
                .arg(edition->number)
                .arg(program->name)));
    }
    if (!edition->objective.isEmpty())
        doc.add(Block::paragraph(Messages::tr("Its main objective: %1").arg(edition->objective)));

    // Partnership.
    QStringList promoters;
    QSet<qint64> promoterOrganizations; // aliases counted once
    QStringList merged;                 // "B / A": a record marked the same as another promoter
    QStringList structures;
    QStringList others;
    for (const Partner &p : *partners) {
        if (p.role == PartnerRole::Promoter) {
            promoters << p.name;
            promoterOrganizations.insert(p.countedId);
        } else if (p.role == PartnerRole::AssociativeStructure)
            structures << p.name;
        else
            others << p.name;
    }
    for (const Partner &p : *partners) {
        if (p.role == PartnerRole::Promoter && !p.sameAsName.isEmpty() &&
            std::any_of(partners->cbegin(), partners->cend(), [&p](const Partner &other) {
                return other.role == PartnerRole::Promoter && &other != &p &&
                       other.countedId == p.countedId;
            }))
            merged << QStringLiteral("%1 / %2").arg(p.sameAsName, p.name);
    }
    heading(Messages::tr("Partnership"));
    const int promoterRecords = int(promoters.size());
    const int promoterCount = int(promoterOrganizations.size());
    const int structureCount = int(structures.size());
    // The number the office's own synthesis states wins in the text (seed 003: 19), and the note
    // says why the records name another (seed 004: 20).
    const int promotersInText = texts->promotersStated.value_or(promoterCount);
    QString partnership = Messages::tr(
        "The program was carried out in an active partnership with %n promoter(s) of volunteering, "
        "non-governmental organizations active in the field of volunteering",
        nullptr, promotersInText);
    if (structureCount > 0)
        partnership =
            Messages::tr("%1, and with %2: %3.")
                .arg(partnership,
                     Messages::tr("%n associative structure(s) of the local public authorities",
                                  nullptr, structureCount),
                     enumeration(structures));
    else
        partnership += QLatin1Char('.');
    doc.add(Block::paragraph(partnership));
    if (!merged.isEmpty()) {
        //: %n is the number of promoter records; %1 the pairs of records marked as one
        //: organization ("A / B; C / D")
        doc.add(Block::paragraph(
            Messages::tr(
                "Note: the table below names %n promoter record(s); the records marked as the same "
                "organization are counted once: %1.",
                nullptr, promoterRecords)
                .arg(merged.join(QLatin1String("; ")))));
    }
    // The office's note explains a difference between the number it states and the records; once
    // the records marked as one organization give the stated number, there is none left.
    if (texts->promotersStated && *texts->promotersStated != promoterCount) {
        //: %n is the number of promoters in the records; %1 the office's note on the difference
        doc.add(Block::paragraph(
            Messages::tr("Note: the records name %n promoter(s) (the table below). %1", nullptr,
                         promoterCount)
                .arg(texts->partnershipNote)
                .trimmed()));
    } else if (!texts->partnershipNote.isEmpty() && merged.isEmpty()) {
        doc.add(Block::paragraph(Messages::tr("Note: %1").arg(texts->partnershipNote)));
    }
    if (texts->promotersStated)
        figure(Messages::tr("Partnership"), Messages::tr("Promoters stated"),
               QString::number(*texts->promotersStated));
    figure(Messages::tr("Partnership"), Messages::tr("Promoters"), QString::number(promoterCount));
    if (!merged.isEmpty())
        figure(Messages::tr("Partnership"), Messages::tr("Promoter records"),
               QString::number(promoterRecords));
    figure(Messages::tr("Partnership"), Messages::tr("Associative structures"),
           QString::number(structureCount));
    figure(Messages::tr("Partnership"), Messages::tr("Other partners"),
           QString::number(others.size()));
    if (!partners->isEmpty()) {
        TableSpec table;
        table.header =
            QStringList{Messages::tr("No."), Messages::tr("Organization"), Messages::tr("Role")};
        table.stretch = {1, 9, 5};
        table.numericColumns = {0};
        int n = 0;
        for (const Partner &p : *partners) {
            //: A record marked as the same organization as another: "Freamăt de Speranță (the
            //: same organization as Centrul de Voluntariat FSC)"
            const QString name =
                p.sameAsName.isEmpty()
                    ? p.name
                    : Messages::tr("%1 (the same organization as %2)").arg(p.name, p.sameAsName);
            table.rows.append({number(++n), name, partnerRoleName(p.role)});
        }
        doc.add(Block::tableBlock(table));
    }

    // Results.
    heading(Messages::tr("Results"));
    if (indicators.isEmpty()) {
        doc.add(Block::paragraph(Messages::tr("No indicator is recorded for this edition.")));
    } else {
        TableSpec table;
        table.header =
            QStringList{Messages::tr("No."), Messages::tr("Indicator"), Messages::tr("Target"),
                        Messages::tr("Achieved"), Messages::tr("% achieved")};
        table.stretch = {1, 10, 3, 3, 3};
        table.numericColumns = {0, 2, 3, 4};
        int n = 0;
        for (const IndicatorRow &row : indicators) {
            const Indicator &i = row.indicator;
            const ValueQualifier achievedQualifier =
                i.isComputed() ? ValueQualifier::Exactly : i.achievedQualifier;
            table.rows.append({number(++n), i.name, valueText(locale, i.target, i.targetQualifier),
                               valueText(locale, row.achieved, achievedQualifier),
                               percentText(locale, row.percent)});
            // The CSV keeps the qualifier with the number ("peste 600"), in the document's
            // language, with no grouping so that a script can still read the number.
            const QLocale plain = [&] {
                QLocale l = locale;
                l.setNumberOptions(QLocale::OmitGroupSeparator);
                return l;
            }();
            figure(Messages::tr("Results"), i.name + QStringLiteral(": ") + Messages::tr("target"),
                   indicatorValueText(i.target, i.targetQualifier, plain));
            figure(Messages::tr("Results"),
                   i.name + QStringLiteral(": ") + Messages::tr("achieved"),
                   indicatorValueText(row.achieved, achievedQualifier, plain));
            figure(Messages::tr("Results"),
                   i.name + QStringLiteral(": ") + Messages::tr("% achieved"),
                   row.percent ? QString::number(*row.percent, 'f', 1) : QString());
        }
        doc.add(Block::tableBlock(table));
        const ChartSpec chart = indicatorAchievementChart(db, editionId);
        if (!chart.isEmpty())
            doc.add(Block::chartBlock(chart));
    }

    // Calendar: every event but the closing one, laid out as the calendar of the edition (seed
    // 004).
    QList<CalendarEntry> calendar;
    std::optional<CalendarEntry> closing;
    int videoconferences = 0;
    for (const CalendarEntry &e : events) {
        if (e.kind == EventKind::Closing) {
            if (!closing || e.status == EventStatus::Held)
                closing = e;
            continue;
        }
        calendar.append(e);
        if (e.kind == EventKind::Videoconference && e.status != EventStatus::Cancelled)
            ++videoconferences;
    }
    heading(Messages::tr("Calendar of the activities"));
    const int eventCount = int(calendar.size());
    if (calendar.isEmpty()) {
        doc.add(Block::paragraph(Messages::tr("No event is recorded for this edition.")));
    } else {
        doc.add(Block::paragraph(
            videoconferences == eventCount
                ? Messages::tr("The edition held %n regional videoconference(s):", nullptr,
                               videoconferences)
                : Messages::tr("The edition held %n event(s), of which %1 videoconference(s):",
                               nullptr, eventCount)
                      .arg(videoconferences)));
        TableSpec table;
        table.header =
            QStringList{Messages::tr("Activity"), Messages::tr("Date"), Messages::tr("Regions"),
                        Messages::tr("Co-organizing promoters")};
        table.stretch = {5, 3, 4, 8};
        for (const CalendarEntry &e : calendar) {
            QString when = date(e.date);
            if (e.status == EventStatus::Cancelled || e.status == EventStatus::Postponed)
                when += QStringLiteral(" (%1)").arg(eventStatusName(e.status).toLower());
            table.rows.append({e.displayTitle(), when, e.regions.join(QStringLiteral(", ")),
                               e.coorganizers.isEmpty() ? QStringLiteral("—")
                                                        : e.coorganizers.join(QLatin1Char('\n'))});
            figure(Messages::tr("Calendar"), e.displayTitle(), e.date.toString(Qt::ISODate));
        }
        doc.add(Block::tableBlock(table));
    }
    figure(Messages::tr("Calendar"), Messages::tr("Videoconferences"),
           QString::number(videoconferences));
    figure(Messages::tr("Calendar"), Messages::tr("Events"), QString::number(eventCount));

    // Participants.
    heading(Messages::tr("Participants"));
    std::optional<qint64> total;
    int known = 0;
    for (const CalendarEntry &e : events) {
        if (e.participants) {
            total = total.value_or(0) + *e.participants;
            ++known;
        }
    }
    if (!total) {
        doc.add(Block::paragraph(Messages::tr(
            "The number of participants is not recorded for any event of the edition.")));
    } else {
        const int totalCount = int(*total);
        doc.add(Block::paragraph(
            known == int(events.size())
                ? Messages::tr("The events of the edition gathered %n participant(s) in total.",
                               nullptr, totalCount)
                : Messages::tr("The events whose participants are recorded (%1 of %2) gathered %n "
                               "participant(s) in total.",
                               nullptr, totalCount)
                      .arg(known)
                      .arg(events.size())));
        TableSpec table;
        table.header =
            QStringList{Messages::tr("Event"), Messages::tr("Date"), Messages::tr("Participants")};
        table.stretch = {8, 3, 3};
        table.numericColumns = {2};
        table.totalRow = true;
        for (const CalendarEntry &e : events) {
            if (e.status == EventStatus::Cancelled)
                continue;
            table.rows.append({e.displayTitle(), date(e.date),
                               e.participants ? number(*e.participants) : QStringLiteral("—")});
            figure(Messages::tr("Participants"), e.displayTitle(),
                   e.participants ? QString::number(*e.participants) : QString());
        }
        table.rows.append({Messages::tr("Total"), QString(), number(*total)});
        doc.add(Block::tableBlock(table));
        doc.add(Block::chartBlock(participantsPerEventChart(db, editionId)));
    }
    figure(Messages::tr("Participants"), Messages::tr("Total"),
           total ? QString::number(*total) : QString());
    for (const IndicatorRow &row : indicators) {
        if (row.indicator.unit == IndicatorUnit::Persons && row.achieved &&
            !row.indicator.isComputed())
            doc.add(Block::paragraph(
                Messages::tr("As reported in the indicators: %1, %2.")
                    .arg(row.indicator.name,
                         valueText(locale, row.achieved, row.indicator.achievedQualifier))));
    }

    // Themes debated: those of the whole series, kept with the edition (seed 004), then those
    // recorded on single events, each once, in the order they first came up.
    QStringList centralThemes;
    QStringList otherThemes;
    if (!edition->centralTheme.isEmpty())
        centralThemes << edition->centralTheme;
    otherThemes << edition->otherThemes;
    for (const CalendarEntry &e : calendar) {
        if (!e.centralTheme.isEmpty() && !centralThemes.contains(e.centralTheme))
            centralThemes << e.centralTheme;
        for (const QString &t : e.otherThemes)
            if (!otherThemes.contains(t))
                otherThemes << t;
    }
    heading(Messages::tr("Themes debated"));
    if (centralThemes.isEmpty() && otherThemes.isEmpty()) {
        doc.add(
            Block::paragraph(Messages::tr("No theme is recorded for the events of this edition.")));
    } else {
        if (!centralThemes.isEmpty())
            doc.add(Block::paragraph(
                Messages::tr("Central theme: %1").arg(centralThemes.join(QStringLiteral("\n")))));
        if (!otherThemes.isEmpty()) {
            QStringList lines;
            for (const QString &t : otherThemes)
                lines << QStringLiteral("• ") + t;
            doc.add(Block::paragraph(Messages::tr("Other themes debated:") + QLatin1Char('\n') +
                                     lines.join(QLatin1Char('\n'))));
        }
    }
    figure(Messages::tr("Themes"), Messages::tr("Central themes"),
           QString::number(centralThemes.size()));
    figure(Messages::tr("Themes"), Messages::tr("Other themes"),
           QString::number(otherThemes.size()));

    // Closing event.
    heading(Messages::tr("Closing event"));
    if (!closing) {
        doc.add(Block::paragraph(Messages::tr("No closing event is recorded for this edition.")));
    } else {
        QString text = closing->status == EventStatus::Held
                           ? Messages::tr("The closing event of the edition took place on %1: %2.")
                                 .arg(date(closing->date), closing->displayTitle())
                           : Messages::tr("The closing event of the edition is planned for %1: %2.")
                                 .arg(date(closing->date), closing->displayTitle());
        if (!closing->place.isEmpty())
            text += QLatin1Char(' ') + Messages::tr("Place: %1.").arg(closing->place);
        if (!closing->centralTheme.isEmpty())
            text += QLatin1Char('\n') + closing->centralTheme;
        doc.add(Block::paragraph(text));
        if (!closing->notes.isEmpty())
            doc.add(Block::paragraph(Messages::tr("Note: %1").arg(closing->notes)));
        figure(Messages::tr("Closing event"), Messages::tr("Date"),
               closing->date.toString(Qt::ISODate));
    }

    if (!texts->conclusion.isEmpty()) {
        heading(Messages::tr("Conclusion"));
        doc.add(Block::paragraph(texts->conclusion));
    }
    return doc;
}

} // namespace dc::reports

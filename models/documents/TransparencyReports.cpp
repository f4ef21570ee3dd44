#include "documents/TransparencyReports.h"

#include "core/Dates.h"
#include "core/NameMatcher.h"
#include "registry/Geography.h"
#include "storage/Database.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dc::reports {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(TransparencyReports)
};

// Not Messages::tr(): lupdate would file it under "dc::reports", which the translator asks after
// "dc", where "Closed" is a consultation's.
QString closedMeetings()
{
    return QCoreApplication::translate("TransparencyReports", "Closed");
}

const Figure *figureOf(const QList<Figure> &figures, const QString &code)
{
    const int i = FormIndicators::indexOf(code);
    return i >= 0 && i < figures.size() ? &figures.at(i) : nullptr;
}

qint64 count(const QList<Figure> &figures, const char *code)
{
    const Figure *f = figureOf(figures, QLatin1String(code));
    return f ? f->value.toLongLong() : 0;
}

bool manual(const QList<Figure> &figures, std::initializer_list<const char *> codes)
{
    for (const char *code : codes) {
        const Figure *f = figureOf(figures, QLatin1String(code));
        if (f && f->source == FigureSource::Manual)
            return true;
    }
    return false;
}

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

QString percentText(const QLocale &locale, std::optional<double> value)
{
    if (!value)
        return Messages::tr("n/a");
    return locale.toString(*value, 'f', 1) + locale.percent();
}

// A figure's value as printed in the document: counts with the locale's digit grouping, the
// share by the locale, D as its text.
QString valueText(const QLocale &locale, const Figure &f)
{
    const FormIndicator *indicator = FormIndicators::find(f.code);
    if (!indicator)
        return f.value.toString();
    switch (indicator->kind) {
    case FigureKind::Percent:
        return percentText(locale, f.value.isNull() ? std::nullopt
                                                    : std::optional<double>(f.value.toDouble()));
    case FigureKind::Text:
        return f.value.toString();
    case FigureKind::Choice:
        return FormIndicators::evaluationLabel(f.value.toString());
    case FigureKind::Count:
        break;
    }
    if (!f.provided)
        return QStringLiteral("—"); // unknown, never a zero
    return locale.toString(f.value.toLongLong());
}

QString sourceText(const QLocale &locale, const Figure &f)
{
    if (f.source == FigureSource::Manual) {
        if (f.enteredBy.isEmpty())
            return Messages::tr("manual entry");
        return Messages::tr("manual: %1, %2")
            .arg(f.enteredBy, shortDate(locale, f.enteredAt.date()));
    }
    if (f.source == FigureSource::Report) {
        if (f.differsFromRecords())
            return Messages::tr("report (records: %1)")
                .arg(locale.toString(f.recordsValue.toLongLong()));
        return Messages::tr("report");
    }
    return f.provided ? Messages::tr("records") : Messages::tr("no records");
}

// The section of the evaluation form a code belongs to: its first letter.
QChar sectionOf(const QString &code)
{
    return code.isEmpty() ? QChar() : code.at(0);
}

TableSpec indicatorTable(const QLocale &locale, const QList<Figure> &figures, QChar section,
                         bool totals)
{
    TableSpec table;
    table.header = {Messages::tr("Code"), Messages::tr("Indicator"),
                    totals ? Messages::tr("Total") : Messages::tr("Value"), Messages::tr("Source")};
    table.stretch = {2, 12, 3, 5};
    table.numericColumns = {2};
    for (const Figure &f : figures) {
        if (sectionOf(f.code) != section)
            continue;
        const FormIndicator *indicator = FormIndicators::find(f.code);
        const bool answer = indicator && (indicator->kind == FigureKind::Text ||
                                          indicator->kind == FigureKind::Choice);
        if (!indicator || (answer && !totals))
            continue;
        QString value = valueText(locale, f);
        QString label = FormIndicators::label(*indicator);
        if (answer) { // a text or D1 in the totals: the answers received
            value = locale.toString(f.value.toLongLong());
            label = Messages::tr("%1: answers received").arg(label);
        }
        QString source =
            totals ? (f.source == FigureSource::Manual
                          ? Messages::tr("records and manual entries")
                          : (f.provided ? Messages::tr("records") : Messages::tr("no records")))
                   : sourceText(locale, f);
        table.rows << QStringList{f.code, label, value, source};
    }
    return table;
}

QString sectionTitle(QChar section)
{
    switch (section.unicode()) {
    case 'A':
        return Messages::tr("A. Consultations on draft normative acts");
    case 'B':
        return Messages::tr("B. Public meetings");
    case 'C':
        return Messages::tr("C. Court cases under the law");
    case 'D':
        return Messages::tr("D. The institution's own evaluation");
    default:
        return QString(section);
    }
}

QString languageOf(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

InstitutionTransparency lineOf(const Institution &institution, bool reported,
                               const QList<Figure> &figures)
{
    InstitutionTransparency line;
    line.institutionId = institution.id;
    line.name = institution.name;
    line.kind = institution.kind;
    line.reported = reported;
    line.received = count(figures, "A7");
    line.included = count(figures, "A8");
    line.debates = count(figures, "A9");
    line.publicMeetings = count(figures, "B1");
    line.closedMeetings = count(figures, "B7");
    line.manual = manual(figures, {"A7", "A8", "A9", "B1", "B7"});
    return line;
}

// The n institutions with the largest key, then by name (the input is in name order already).
template <typename Key>
QList<InstitutionTransparency> topInstitutions(const QList<InstitutionTransparency> &all, int limit,
                                               Key key)
{
    QList<InstitutionTransparency> lines;
    for (const InstitutionTransparency &line : all) {
        if (line.reported && key(line) > 0) // the others are listed, never charted
            lines << line;
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const InstitutionTransparency &a, const InstitutionTransparency &b) {
                         return key(a) > key(b);
                     });
    if (limit > 0 && lines.size() > limit)
        lines.resize(limit);
    return lines;
}

} // namespace

std::optional<double> InstitutionTransparency::includedShare() const
{
    return share(included, received);
}

InstitutionGroup institutionGroup(InstitutionKind kind)
{
    switch (kind) {
    case InstitutionKind::Ministry:
    case InstitutionKind::CentralAgency:
    case InstitutionKind::OtherCentral:
        return InstitutionGroup::Central;
    case InstitutionKind::Prefecture:
        return InstitutionGroup::Prefecture;
    case InstitutionKind::CountyCouncil:
    case InstitutionKind::CityHall:
    case InstitutionKind::LocalCouncil:
    case InstitutionKind::OtherLocal:
        break;
    }
    return InstitutionGroup::Local;
}

QString institutionGroupName(InstitutionGroup group)
{
    switch (group) {
    case InstitutionGroup::Central:
        return Messages::tr("Central administration");
    case InstitutionGroup::Prefecture:
        return Messages::tr("Prefectures");
    case InstitutionGroup::Local:
        break;
    }
    return Messages::tr("Local administration");
}

// The same as a column title, short enough for a narrow column.
static QString groupColumn(InstitutionGroup group)
{
    switch (group) {
    case InstitutionGroup::Central:
        return QCoreApplication::translate("TransparencyReports", "Central",
                                           "column: the central administration");
    case InstitutionGroup::Prefecture:
        return QCoreApplication::translate("TransparencyReports", "Prefectures", "column");
    case InstitutionGroup::Local:
        break;
    }
    return QCoreApplication::translate("TransparencyReports", "Local",
                                       "column: the local administration");
}

InstitutionTransparency TransparencySynthesisData::sum() const
{
    InstitutionTransparency total;
    total.name = Messages::tr("Total");
    for (const InstitutionTransparency &line : institutions) {
        if (!line.reported)
            continue; // listed as missing, never counted as zeros
        total.reported = true;
        total.received += line.received;
        total.included += line.included;
        total.debates += line.debates;
        total.publicMeetings += line.publicMeetings;
        total.closedMeetings += line.closedMeetings;
        total.manual = total.manual || line.manual;
    }
    return total;
}

std::optional<double> TransparencySynthesisData::Completion::rate() const
{
    return share(received(), expected);
}

TransparencySynthesisData::Completion
TransparencySynthesisData::completion(std::optional<InstitutionGroup> group) const
{
    Completion c;
    for (const InstitutionTransparency &line : institutions) {
        if (group && institutionGroup(line.kind) != *group)
            continue;
        ++c.expected;
        switch (line.status.state) {
        case ReportStatus::State::Received:
            ++c.onTime;
            break;
        case ReportStatus::State::Late:
            ++c.late;
            break;
        case ReportStatus::State::Missing:
            ++c.missing;
            break;
        }
    }
    return c;
}

Result<TransparencySynthesisData> transparencySynthesisData(const QSqlDatabase &db, int year,
                                                            const QDate &today)
{
    using R = Result<TransparencySynthesisData>;
    TransparencySynthesisData data;
    data.year = year;
    data.missing = AnnualFigures::missing(db, year);
    data.conclusions = AnnualReportRepository(db).conclusions(year);
    const Result<QList<ReportStatus>> statuses = ReportStatus::forYear(db, year, dayOrToday(today));
    if (!statuses)
        return R::failure(statuses.error());
    // Each institution's figures once: its row, and the totals summed from the same lists
    // (AnnualFigures::sum, the code behind AnnualFigures::totals), over those that reported.
    QList<QList<Figure>> reported;
    QMap<InstitutionGroup, QList<QList<Figure>>> reportedByGroup;
    for (const ReportStatus &status : statuses.value()) {
        const Institution &institution = status.institution;
        const Result<QList<Figure>> figures = AnnualFigures::compute(db, institution.id, year);
        if (!figures)
            return R::failure(figures.error());
        const bool hasReport = status.state != ReportStatus::State::Missing;
        InstitutionTransparency line = lineOf(institution, hasReport, figures.value());
        line.status = status;
        data.institutions << line;
        if (!hasReport)
            continue;
        const InstitutionGroup group = institutionGroup(institution.kind);
        reported << figures.value();
        reportedByGroup[group] << figures.value();
        const Figure &d1 = figures->at(FormIndicators::indexOf(QStringLiteral("D1")));
        ++data.evaluations[d1.provided ? d1.value.toString() : QString()][group];
    }
    data.totals = AnnualFigures::sum(reported);
    for (const InstitutionGroup group : institutionGroups)
        data.groupTotals[group] = AnnualFigures::sum(reportedByGroup.value(group));

    QList<QList<Figure>> previous;
    for (const NameMatcher::Candidate &institution : InstitutionRepository(db).candidates()) {
        if (!AnnualFigures::reported(db, institution.id, year - 1))
            continue;
        const Result<QList<Figure>> figures = AnnualFigures::compute(db, institution.id, year - 1);
        if (!figures)
            return R::failure(figures.error());
        previous << figures.value();
    }
    if (!previous.isEmpty())
        data.previousTotals = AnnualFigures::sum(previous);
    return data;
}

Result<ReportDocument> buildInstitutionTransparencyReport(const QSqlDatabase &db,
                                                          qint64 institutionId, int year,
                                                          const QLocale &locale, const QDate &today)
{
    using R = Result<ReportDocument>;
    const std::optional<Institution> institution = InstitutionRepository(db).find(institutionId);
    if (!institution)
        return R::failure(
            Messages::tr("The institution no. %1 does not exist.").arg(institutionId));
    const Result<QList<Figure>> computed = AnnualFigures::compute(db, institutionId, year);
    if (!computed)
        return R::failure(computed.error());
    const QList<Figure> &figures = computed.value();
    const std::optional<AnnualReport> report =
        AnnualReportRepository(db).report(institutionId, year);

    ReportDocument doc;
    doc.title = Messages::tr("Annual report on decisional transparency");
    doc.subtitle = Messages::tr("%1 — year %2").arg(institution->name).arg(year);
    doc.generatedOn = dayOrToday(today);
    doc.language = languageOf(locale);

    doc.add(Block::paragraph(
        Messages::tr(
            "The report of %1 for %2 on applying Law no. 52/2003 on decisional transparency "
            "in public administration (republished). Each figure is the one of the report the "
            "institution sent, where it gives it, otherwise the one computed from the records "
            "kept by the office (the Source column says which, and what the records give where "
            "they differ); a figure typed from a paper report is marked as a manual entry, with "
            "who entered it and when; — is a figure nobody gave.")
            .arg(institution->name)
            .arg(year)));
    QStringList about;
    QString level = institutionKindName(institution->kind);
    if (institution->countyId > 0) {
        const Geography geography = Geography::load(db);
        if (const County *county = geography.county(institution->countyId))
            level = Messages::tr("%1, county %2").arg(level, county->name);
    }
    about << Messages::tr("Kind: %1").arg(level);
    if (!institution->liaisonName.isEmpty()) {
        QStringList contact = {institution->liaisonName};
        for (const QString &part :
             {institution->liaisonFunction, institution->liaisonEmail, institution->liaisonPhone}) {
            if (!part.isEmpty())
                contact << part;
        }
        about << Messages::tr("Person designated for the relation with civil society: %1")
                     .arg(contact.join(QLatin1String(", ")));
    } else {
        about << Messages::tr(
            "Person designated for the relation with civil society: none recorded");
    }
    const std::optional<ReceivedReport> file =
        AnnualReportRepository(db).received(institutionId, year);
    if (file)
        about << Messages::tr("Annual report received on %1, file %2 (SHA-256 %3…).")
                     .arg(shortDate(locale, file->receivedOn), file->fileName,
                          file->fileSha256.left(12));
    else
        about << (report
                      ? Messages::tr("Annual report received on %1.")
                            .arg(shortDate(locale, report->receivedOn))
                      : Messages::tr("The annual report for %1 has not been received.").arg(year));
    doc.add(Block::paragraph(about.join(QLatin1Char('\n'))));

    for (const QChar section : {QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C')}) {
        doc.add(Block::heading(sectionTitle(section)));
        doc.add(Block::tableBlock(indicatorTable(locale, figures, section, false)));
        // The report's own words (A6_1, A6_2): under the table, as the institution wrote them.
        QStringList texts;
        for (const Figure &f : figures) {
            const FormIndicator *indicator = FormIndicators::find(f.code);
            if (sectionOf(f.code) == section && indicator && indicator->kind == FigureKind::Text &&
                f.provided && !f.value.toString().trimmed().isEmpty())
                texts << QStringLiteral("%1 %2: %3")
                             .arg(f.code, FormIndicators::label(*indicator),
                                  f.value.toString().trimmed());
        }
        if (!texts.isEmpty())
            doc.add(Block::paragraph(texts.join(QLatin1Char('\n'))));
        // Each chart beside the figures it draws, of one kind each (issue 15: recommendations,
        // debates and meetings on one axis, alone on the last page). Titled by itself: a heading
        // of its own would stay behind when the chart moves to the next page.
        const ChartSpec chart = section == QLatin1Char('A')
                                    ? institutionRecommendationsChart(figures)
                                : section == QLatin1Char('B') ? institutionMeetingsChart(figures)
                                                              : ChartSpec();
        if (!chart.isEmpty())
            doc.add(Block::chartBlock(chart));
    }
    doc.add(Block::heading(sectionTitle(QLatin1Char('D'))));
    const Figure *d1 = figureOf(figures, QStringLiteral("D1"));
    const Figure *d2 = figureOf(figures, QStringLiteral("D2"));
    const QString evaluation =
        d1 && d1->provided ? FormIndicators::evaluationLabel(d1->value.toString()) : QString();
    const QString measures = d2 ? d2->value.toString().trimmed() : QString();
    QStringList own;
    own << (evaluation.isEmpty()
                ? Messages::tr("The institution has not given its own evaluation.")
                : Messages::tr("The institution's own evaluation of the partnership: %1.")
                      .arg(evaluation));
    if (!measures.isEmpty())
        own << Messages::tr("Measures to improve the partnership: %1").arg(measures);
    if (report && !report->selfEvaluation.trimmed().isEmpty())
        own << report->selfEvaluation.trimmed();
    doc.add(Block::paragraph(own.join(QLatin1Char('\n'))));

    QStringList ignored;
    for (const Figure &f : figures) {
        if (f.manualIgnored)
            ignored << f.code;
    }
    if (!ignored.isEmpty()) {
        doc.add(Block::paragraph(
            Messages::tr("Manual entries not used because the records provide the figure: %1.")
                .arg(ignored.join(QLatin1String(", ")))));
    }

    doc.figures.header = {QStringLiteral("code"),       QStringLiteral("indicator"),
                          QStringLiteral("value"),      QStringLiteral("source"),
                          QStringLiteral("entered_by"), QStringLiteral("entered_at")};
    for (const Figure &f : figures) {
        const FormIndicator *indicator = FormIndicators::find(f.code);
        doc.figures.rows << QStringList{
            f.code,
            indicator ? FormIndicators::label(*indicator) : QString(),
            f.displayValue(),
            Figure::sourceCode(f.source),
            f.enteredBy,
            f.enteredAt.isValid() ? f.enteredAt.toString(Qt::ISODate) : QString()};
    }
    return doc;
}

Result<ReportDocument> buildInstitutionTransparencyReport(Database &db, qint64 institutionId,
                                                          int year, const QLocale &locale,
                                                          const QDate &today)
{
    return buildInstitutionTransparencyReport(db.connection(), institutionId, year, locale, today);
}

namespace {

QString signedNumber(const QLocale &locale, qint64 value)
{
    if (value > 0)
        return QLatin1Char('+') + locale.toString(value);
    if (value < 0)
        return QChar(0x2212) + locale.toString(-value); // the minus sign, not a hyphen
    return locale.toString(value);
}

QString signedPoints(const QLocale &locale, double value)
{
    const QString number = locale.toString(std::abs(value), 'f', 1);
    return value > 0.05 ? QLatin1Char('+') + number
                        : (value < -0.05 ? QChar(0x2212) + number : locale.toString(0.0, 'f', 1));
}

// The lines of the totals table (and of the CSV): counts and the share, per group and in all,
// with the change against the year before where it is known.
QList<QStringList> totalLines(const QLocale &locale, const TransparencySynthesisData &data,
                              QChar section, bool csv)
{
    QList<QStringList> lines;
    const bool previous = !data.previousTotals.isEmpty();
    for (int i = 0; i < data.totals.size(); ++i) {
        const Figure &total = data.totals.at(i);
        const FormIndicator &indicator = FormIndicators::all()[i];
        if (sectionOf(total.code) != section ||
            (indicator.kind != FigureKind::Count && indicator.kind != FigureKind::Percent))
            continue;
        QStringList line;
        if (csv)
            line << QString(section);
        line << total.code << FormIndicators::label(indicator);
        const bool percent = indicator.kind == FigureKind::Percent;
        auto text = [&](const Figure &f) {
            if (percent)
                return percentText(locale, f.value.isNull()
                                               ? std::nullopt
                                               : std::optional<double>(f.value.toDouble()));
            return f.provided ? locale.toString(f.value.toLongLong()) : QStringLiteral("—");
        };
        for (const InstitutionGroup group : institutionGroups)
            line << text(data.groupTotals.value(group).value(i));
        line << text(total);
        if (previous) {
            const Figure &before = data.previousTotals.at(i);
            line << text(before);
            if (percent)
                line << (before.value.isNull() || total.value.isNull()
                             ? QStringLiteral("—")
                             : signedPoints(locale,
                                            total.value.toDouble() - before.value.toDouble()));
            else
                line << (before.provided && total.provided
                             ? signedNumber(locale,
                                            total.value.toLongLong() - before.value.toLongLong())
                             : QStringLiteral("—"));
        }
        lines << line;
    }
    return lines;
}

QString evaluationName(const QString &key)
{
    return key.isEmpty() ? Messages::tr("not given") : FormIndicators::evaluationLabel(key);
}

} // namespace

Result<ReportDocument> buildTransparencySynthesis(const QSqlDatabase &db, int year,
                                                  const QLocale &locale, const QDate &todayIn)
{
    using R = Result<ReportDocument>;
    const QDate today = dayOrToday(todayIn);
    const Result<TransparencySynthesisData> result = transparencySynthesisData(db, year, today);
    if (!result)
        return R::failure(result.error());
    const TransparencySynthesisData &data = result.value();
    const InstitutionTransparency total = data.sum();
    const TransparencySynthesisData::Completion all = data.completion();
    const bool previous = !data.previousTotals.isEmpty();

    ReportDocument doc;
    doc.title = Messages::tr("National synthesis of the annual reports on decisional transparency");
    doc.subtitle = Messages::tr("Law no. 52/2003 — year %1").arg(year);
    doc.generatedOn = today;
    doc.language = languageOf(locale);

    QStringList summary;
    summary << Messages::tr(
                   "Institutions expected to report for %1: %2; reports received: %3 (%4 on time, "
                   "%5 late), a completion "
                   "rate of %6; reports missing: %7.")
                   .arg(year)
                   .arg(locale.toString(all.expected), locale.toString(all.received()),
                        locale.toString(all.onTime), locale.toString(all.late),
                        percentText(locale, all.rate()), locale.toString(all.missing));
    summary << Messages::tr(
        "The figures below add up only the reports received: an institution that sent "
        "none is listed in "
        "section 5 and never counted as zero.");
    if (total.reported) {
        summary
            << Messages::tr(
                   "Recommendations received: %1, of which included in the adopted acts: %2 (%3).")
                   .arg(locale.toString(total.received), locale.toString(total.included),
                        percentText(locale, total.includedShare()));
        summary << Messages::tr(
                       "Public debates held: %1. Decision-making meetings: %2 public, %3 closed.")
                       .arg(locale.toString(total.debates), locale.toString(total.publicMeetings),
                            locale.toString(total.closedMeetings));
    }
    if (total.manual)
        summary << Messages::tr("Some figures were typed from paper reports (manual entries).");
    doc.add(Block::paragraph(summary.join(QLatin1Char('\n'))));

    doc.add(Block::heading(Messages::tr("1. Reports received by kind of institution")));
    TableSpec completion;
    completion.header = {Messages::tr("Kind of institution"),
                         Messages::tr("Expected"),
                         Messages::tr("Received"),
                         Messages::tr("On time"),
                         Messages::tr("Late"),
                         Messages::tr("Missing"),
                         Messages::tr("Completion")};
    completion.stretch = {7, 4, 3, 3, 4, 3, 4};
    completion.numericColumns = {1, 2, 3, 4, 5, 6};
    completion.totalRow = true;
    auto completionLine = [&](const QString &name, const TransparencySynthesisData::Completion &c) {
        return QStringList{name,
                           locale.toString(c.expected),
                           locale.toString(c.received()),
                           locale.toString(c.onTime),
                           locale.toString(c.late),
                           locale.toString(c.missing),
                           percentText(locale, c.rate())};
    };
    for (const InstitutionGroup group : institutionGroups)
        completion.rows << completionLine(institutionGroupName(group), data.completion(group));
    completion.rows << completionLine(Messages::tr("Total"), all);
    doc.add(Block::tableBlock(completion));

    doc.add(Block::heading(
        previous ? Messages::tr("2. Totals of the report, by kind of institution, against %1")
                       .arg(year - 1)
                 : Messages::tr("2. Totals of the report, by kind of institution")));
    for (const QChar section : {QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C')}) {
        doc.add(Block::heading(sectionTitle(section), 2));
        TableSpec table;
        table.header = {Messages::tr("Code"), Messages::tr("Indicator")};
        for (const InstitutionGroup group : institutionGroups)
            table.header << groupColumn(group);
        table.header << Messages::tr("Total");
        table.stretch = {2, 9, 3, 3, 3, 3};
        table.numericColumns = {2, 3, 4, 5};
        if (previous) {
            table.header << QString::number(year - 1) << Messages::tr("Change");
            table.stretch = {2, 8, 3, 3, 3, 3, 3, 3};
            table.numericColumns << 6 << 7;
        }
        table.rows = totalLines(locale, data, section, false);
        doc.add(Block::tableBlock(table));
    }

    doc.add(Block::heading(
        Messages::tr("3. The institutions' own evaluation of the partnership (D1)")));
    TableSpec evaluations;
    evaluations.header = {Messages::tr("Evaluation")};
    for (const InstitutionGroup group : institutionGroups)
        evaluations.header << groupColumn(group);
    evaluations.header << Messages::tr("Total") << Messages::tr("Share");
    evaluations.stretch = {6, 3, 3, 3, 3, 3};
    evaluations.numericColumns = {1, 2, 3, 4, 5};
    QStringList keys = FormIndicators::evaluationKeys();
    keys << QString();
    const int answers = int(all.received());
    for (const QString &key : keys) {
        QStringList line{evaluationName(key)};
        int sum = 0;
        for (const InstitutionGroup group : institutionGroups) {
            const int n = data.evaluations.value(key).value(group);
            sum += n;
            line << locale.toString(n);
        }
        line << locale.toString(sum) << percentText(locale, share(sum, answers));
        evaluations.rows << line;
    }
    doc.add(Block::tableBlock(evaluations));

    doc.add(Block::heading(Messages::tr("4. Per institution that reported")));
    doc.add(Block::paragraph(Messages::tr(
        "Recommendations received and included in the adopted acts, public debates held, "
        "decision-making meetings public and closed (not public).")));
    TableSpec table;
    table.header = {Messages::tr("Institution"),     Messages::tr("Received on"),
                    Messages::tr("Recommendations"), Messages::tr("Included"),
                    Messages::tr("% included"),      Messages::tr("Debates"),
                    Messages::tr("Public meetings"), Messages::tr("Closed meetings")};
    table.stretch = {7, 4, 6, 4, 4, 5, 4, 5};
    table.numericColumns = {2, 3, 4, 5, 6, 7};
    table.totalRow = true;
    auto row = [&](const InstitutionTransparency &line, const QString &received) {
        return QStringList{line.manual ? Messages::tr("%1 (manual entries)").arg(line.name)
                                       : line.name,
                           received,
                           locale.toString(line.received),
                           locale.toString(line.included),
                           percentText(locale, line.includedShare()),
                           locale.toString(line.debates),
                           locale.toString(line.publicMeetings),
                           locale.toString(line.closedMeetings)};
    };
    for (const InstitutionTransparency &line : data.institutions) {
        if (line.reported)
            table.rows << row(line, shortDate(locale, line.status.receivedOn));
    }
    InstitutionTransparency totalLine = total;
    totalLine.manual = false;
    table.rows << row(totalLine, locale.toString(all.received()));
    doc.add(Block::tableBlock(table));

    const ChartSpec recommendations = recommendationsPerInstitutionChart(data);
    if (!recommendations.isEmpty())
        doc.add(Block::chartBlock(recommendations));
    const ChartSpec meetings = meetingsPerInstitutionChart(data);
    if (!meetings.isEmpty())
        doc.add(Block::chartBlock(meetings));

    doc.add(Block::heading(Messages::tr("5. Institutions that sent no report")));
    if (data.missing.isEmpty()) {
        doc.add(Block::paragraph(
            Messages::tr("Every institution sent its annual report for %1.").arg(year)));
    } else {
        const Geography geography = Geography::load(db);
        TableSpec missing;
        missing.header = {Messages::tr("Institution"), Messages::tr("Kind"), Messages::tr("County"),
                          Messages::tr("Days past the deadline")};
        missing.stretch = {10, 4, 3, 3};
        missing.numericColumns = {3};
        for (const InstitutionTransparency &line : data.institutions) {
            if (line.reported)
                continue;
            const Institution &i = line.status.institution;
            const County *county = i.countyId > 0 ? geography.county(i.countyId) : nullptr;
            missing.rows << QStringList{i.name, institutionKindName(i.kind),
                                        county ? county->name : QString(),
                                        locale.toString(line.status.daysLate)};
        }
        doc.add(Block::tableBlock(missing));
    }

    doc.add(Block::heading(Messages::tr("6. Conclusions and recommendations of the Service")));
    doc.add(Block::paragraph(
        data.conclusions.isEmpty()
            ? Messages::tr(
                  "The Service has not written its conclusions for %1 yet (Annual figures page, "
                  "Conclusions…).")
                  .arg(year)
            : data.conclusions));

    // The figures: every total and subtotal line, in the document's language and number format.
    doc.figures.header = {Messages::tr("Section"), Messages::tr("Code"), Messages::tr("Indicator")};
    for (const InstitutionGroup group : institutionGroups)
        doc.figures.header << institutionGroupName(group);
    doc.figures.header << Messages::tr("Total");
    if (previous)
        doc.figures.header << QString::number(year - 1) << Messages::tr("Change");
    const QString reports = Messages::tr("Reports");
    auto completionRow = [&](const QString &label, auto value) {
        QStringList line{reports, QString(), label};
        for (const InstitutionGroup group : institutionGroups)
            line << value(data.completion(group));
        line << value(all);
        if (previous)
            line << QString() << QString();
        return line;
    };
    doc.figures.rows << completionRow(Messages::tr("Expected"),
                                      [&](const auto &c) { return locale.toString(c.expected); });
    doc.figures.rows << completionRow(Messages::tr("Received"),
                                      [&](const auto &c) { return locale.toString(c.received()); });
    doc.figures.rows << completionRow(Messages::tr("On time"),
                                      [&](const auto &c) { return locale.toString(c.onTime); });
    doc.figures.rows << completionRow(Messages::tr("Late"),
                                      [&](const auto &c) { return locale.toString(c.late); });
    doc.figures.rows << completionRow(Messages::tr("Missing"),
                                      [&](const auto &c) { return locale.toString(c.missing); });
    doc.figures.rows << completionRow(Messages::tr("Completion"),
                                      [&](const auto &c) { return percentText(locale, c.rate()); });
    for (const QChar section : {QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C')})
        doc.figures.rows << totalLines(locale, data, section, true);
    for (const QString &key : keys) {
        QStringList line{QStringLiteral("D"), QStringLiteral("D1"), evaluationName(key)};
        int sum = 0;
        for (const InstitutionGroup group : institutionGroups) {
            const int n = data.evaluations.value(key).value(group);
            sum += n;
            line << locale.toString(n);
        }
        line << locale.toString(sum);
        if (previous)
            line << QString() << QString();
        doc.figures.rows << line;
    }
    return doc;
}

Result<ReportDocument> buildTransparencySynthesis(Database &db, int year, const QLocale &locale,
                                                  const QDate &today)
{
    return buildTransparencySynthesis(db.connection(), year, locale, today);
}

namespace {

/// One bar series of an institution chart: its name and the count it shows.
struct InstitutionBar
{
    QString name;
    qint64 InstitutionTransparency::*count;
};

/// Grouped bars of the institutions in @p lines (already ranked and cut), one series a bar.
ChartSpec institutionBars(const QList<InstitutionTransparency> &lines, const QString &title,
                          const QString &valueAxisTitle, const QList<InstitutionBar> &bars)
{
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::GroupedBars;
    chart.title = title;
    chart.valueAxisTitle = valueAxisTitle;
    for (const InstitutionBar &bar : bars)
        chart.series << ChartSpec::Series{bar.name, {}};
    for (const InstitutionTransparency &line : lines) {
        chart.categories << line.name;
        chart.categoryKeys << QString::number(line.institutionId);
        for (qsizetype i = 0; i < bars.size(); ++i)
            chart.series[i].values << double(line.*bars[i].count);
    }
    return chart;
}

} // namespace

ChartSpec recommendationsPerInstitutionChart(const TransparencySynthesisData &data, int limit)
{
    const QList<InstitutionTransparency> lines = topInstitutions(
        data.institutions, limit, [](const InstitutionTransparency &l) { return l.received; });
    const qint64 withRecommendations =
        std::count_if(data.institutions.cbegin(), data.institutions.cend(),
                      [](const InstitutionTransparency &l) { return l.received > 0; });
    const QString title =
        withRecommendations > lines.size()
            ? Messages::tr(
                  "Recommendations received and included, %1: the %2 institutions with the most")
                  .arg(data.year)
                  .arg(lines.size())
            : Messages::tr("Recommendations received and included per institution, %1")
                  .arg(data.year);
    return institutionBars(lines, title, Messages::tr("Recommendations"),
                           {{Messages::tr("Received"), &InstitutionTransparency::received},
                            {Messages::tr("Included"), &InstitutionTransparency::included}});
}

ChartSpec recommendationsPerInstitutionChart(const QSqlDatabase &db, int year, int limit)
{
    const Result<TransparencySynthesisData> data = transparencySynthesisData(db, year);
    if (!data)
        return {};
    return recommendationsPerInstitutionChart(data.value(), limit);
}

ChartSpec recommendationsPerInstitutionChart(Database &db, int year, int limit)
{
    return recommendationsPerInstitutionChart(db.connection(), year, limit);
}

ChartSpec meetingsPerInstitutionChart(const TransparencySynthesisData &data, int limit)
{
    const QList<InstitutionTransparency> lines =
        topInstitutions(data.institutions, limit, [](const InstitutionTransparency &l) {
            return l.publicMeetings + l.closedMeetings;
        });
    const qint64 withMeetings =
        std::count_if(data.institutions.cbegin(), data.institutions.cend(),
                      [](const auto &l) { return l.publicMeetings + l.closedMeetings > 0; });
    const QString title =
        withMeetings > lines.size()
            ? Messages::tr("Public and closed meetings, %1: the %2 institutions with the most")
                  .arg(data.year)
                  .arg(lines.size())
            : Messages::tr("Public and closed meetings per institution, %1").arg(data.year);
    return institutionBars(lines, title, Messages::tr("Meetings"),
                           {{Messages::tr("Public"), &InstitutionTransparency::publicMeetings},
                            {closedMeetings(), &InstitutionTransparency::closedMeetings}});
}

namespace {

// Bars of one institution's figures @p codes (with their labels), or no chart when all are 0.
ChartSpec figuresChart(const QList<Figure> &figures, const QString &title,
                       std::initializer_list<std::pair<const char *, const char *>> bars)
{
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::Bars;
    chart.title = title;
    chart.valueAxisTitle = Messages::tr("Number");
    ChartSpec::Series series{Messages::tr("Number"), {}};
    bool any = false;
    for (const auto &[code, label] : bars) {
        const qint64 value = count(figures, code);
        any = any || value > 0;
        chart.categories << Messages::tr(label);
        chart.categoryKeys << QLatin1String(code);
        series.values << double(value);
    }
    if (!any)
        return {};
    chart.series = {series};
    return chart;
}

} // namespace

ChartSpec institutionRecommendationsChart(const QList<Figure> &figures)
{
    return figuresChart(figures, Messages::tr("Recommendations"),
                        {
                            {"A7", QT_TRANSLATE_NOOP("TransparencyReports", "Received")},
                            {"A7_1", QT_TRANSLATE_NOOP("TransparencyReports", "received online")},
                            {"A8", QT_TRANSLATE_NOOP("TransparencyReports", "included")},
                        });
}

ChartSpec institutionMeetingsChart(const QList<Figure> &figures)
{
    return figuresChart(
        figures, Messages::tr("Public debates and meetings"),
        {
            {"A9_1", QT_TRANSLATE_NOOP("TransparencyReports", "Debates (associations)")},
            {"A9_2", QT_TRANSLATE_NOOP("TransparencyReports", "Debates (authorities)")},
            {"B1", QT_TRANSLATE_NOOP("TransparencyReports", "Public meetings")},
            {"B7", QT_TRANSLATE_NOOP("TransparencyReports", "Closed meetings")},
        });
}

} // namespace dc::reports

#include "reports/TransparencyReports.h"

#include "registry/Geography.h"
#include "storage/Database.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <algorithm>

namespace dc::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TransparencyReports", text);
}

// Not tr(): lupdate would file it under "dc::reports", which the translator asks after "dc",
// where "Closed" is a consultation's.
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
        return tr("n/a");
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
        return percentText(locale, f.value.isNull() ? std::nullopt : std::optional<double>(f.value.toDouble()));
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
            return tr("manual entry");
        return tr("manual: %1, %2").arg(f.enteredBy, locale.toString(f.enteredAt.date(), QLocale::ShortFormat));
    }
    if (f.source == FigureSource::Report) {
        if (f.differsFromRecords())
            return tr("report (records: %1)").arg(locale.toString(f.recordsValue.toLongLong()));
        return tr("report");
    }
    return f.provided ? tr("records") : tr("no records");
}

// The section of the evaluation form a code belongs to: its first letter.
QChar sectionOf(const QString &code)
{
    return code.isEmpty() ? QChar() : code.at(0);
}

TableSpec indicatorTable(const QLocale &locale, const QList<Figure> &figures, QChar section, bool totals)
{
    TableSpec table;
    table.header = {tr("Code"), tr("Indicator"), totals ? tr("Total") : tr("Value"), tr("Source")};
    table.stretch = {2, 12, 3, 5};
    table.numericColumns = {2};
    for (const Figure &f : figures) {
        if (sectionOf(f.code) != section)
            continue;
        const FormIndicator *indicator = FormIndicators::find(f.code);
        const bool answer = indicator && (indicator->kind == FigureKind::Text || indicator->kind == FigureKind::Choice);
        if (!indicator || (answer && !totals))
            continue;
        QString value = valueText(locale, f);
        QString label = FormIndicators::label(*indicator);
        if (answer) { // a text or D1 in the totals: the answers received
            value = locale.toString(f.value.toLongLong());
            label = tr("%1: answers received").arg(label);
        }
        QString source = totals ? (f.source == FigureSource::Manual ? tr("records and manual entries")
                                                                   : (f.provided ? tr("records") : tr("no records")))
                                : sourceText(locale, f);
        table.rows << QStringList{f.code, label, value, source};
    }
    return table;
}

QString sectionTitle(QChar section)
{
    switch (section.unicode()) {
    case 'A':
        return tr("A. Consultations on draft normative acts");
    case 'B':
        return tr("B. Public meetings");
    case 'C':
        return tr("C. Court cases under the law");
    case 'D':
        return tr("D. The institution's own evaluation");
    default:
        return QString(section);
    }
}

QString languageOf(const QLocale &locale)
{
    return QLocale::languageToCode(locale.language());
}

InstitutionTransparency lineOf(const Institution &institution, bool reported, const QList<Figure> &figures)
{
    InstitutionTransparency line;
    line.institutionId = institution.id;
    line.name = institution.name;
    line.reported = reported;
    line.received = count(figures, "A7");
    line.included = count(figures, "A8");
    line.debates = count(figures, "A9_1") + count(figures, "A9_2");
    line.publicMeetings = count(figures, "B1");
    line.closedMeetings = count(figures, "B7");
    line.manual = manual(figures, {"A7", "A8", "A9_1", "A9_2", "B1", "B7"});
    return line;
}

// The n institutions with the largest key, then by name (the input is in name order already).
template <typename Key>
QList<InstitutionTransparency> topInstitutions(const QList<InstitutionTransparency> &all, int limit, Key key)
{
    QList<InstitutionTransparency> lines;
    for (const InstitutionTransparency &line : all) {
        if (key(line) > 0)
            lines << line;
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const InstitutionTransparency &a, const InstitutionTransparency &b) { return key(a) > key(b); });
    if (limit > 0 && lines.size() > limit)
        lines.resize(limit);
    return lines;
}

} // namespace

std::optional<double> InstitutionTransparency::includedShare() const
{
    return share(included, received);
}

InstitutionTransparency TransparencySynthesisData::sum() const
{
    InstitutionTransparency total;
    total.name = tr("Total");
    for (const InstitutionTransparency &line : institutions) {
        total.reported = total.reported || line.reported;
        total.received += line.received;
        total.included += line.included;
        total.debates += line.debates;
        total.publicMeetings += line.publicMeetings;
        total.closedMeetings += line.closedMeetings;
        total.manual = total.manual || line.manual;
    }
    return total;
}

Result<TransparencySynthesisData> transparencySynthesisData(const QSqlDatabase &db, int year)
{
    using R = Result<TransparencySynthesisData>;
    TransparencySynthesisData data;
    data.year = year;
    data.missing = AnnualFigures::missing(db, year);
    QSet<qint64> missingIds;
    for (const Institution &i : std::as_const(data.missing))
        missingIds.insert(i.id);
    // Each institution's figures once: its row, and the totals summed from the same lists
    // (AnnualFigures::sum, the code behind AnnualFigures::totals).
    QList<QList<Figure>> perInstitution;
    for (const Institution &institution : InstitutionRepository(db).all()) {
        const Result<QList<Figure>> figures = AnnualFigures::compute(db, institution.id, year);
        if (!figures)
            return R::failure(figures.error());
        perInstitution << figures.value();
        data.institutions << lineOf(institution, !missingIds.contains(institution.id), figures.value());
    }
    data.totals = AnnualFigures::sum(perInstitution);
    return data;
}

Result<ReportDocument> buildInstitutionTransparencyReport(const QSqlDatabase &db, qint64 institutionId, int year,
                                                          const QLocale &locale)
{
    using R = Result<ReportDocument>;
    const std::optional<Institution> institution = InstitutionRepository(db).find(institutionId);
    if (!institution)
        return R::failure(tr("The institution no. %1 does not exist.").arg(institutionId));
    const Result<QList<Figure>> computed = AnnualFigures::compute(db, institutionId, year);
    if (!computed)
        return R::failure(computed.error());
    const QList<Figure> &figures = computed.value();
    const std::optional<AnnualReport> report = AnnualReportRepository(db).report(institutionId, year);

    ReportDocument doc;
    doc.title = tr("Annual report on decisional transparency");
    doc.subtitle = tr("%1 — year %2").arg(institution->name).arg(year);
    doc.generatedOn = QDate::currentDate();
    doc.language = languageOf(locale);

    doc.add(Block::paragraph(tr("The report of %1 for %2 on applying Law no. 52/2003 on decisional transparency "
                                "in public administration (republished), with the indicators of the evaluation "
                                "form. Every figure is computed from the records kept by the office; a figure "
                                "typed from a paper report is marked as a manual entry, with who entered it and "
                                "when.")
                                 .arg(institution->name)
                                 .arg(year)));
    QStringList about;
    QString level = institutionKindName(institution->kind);
    if (institution->countyId > 0) {
        const Geography geography = Geography::load(db);
        if (const County *county = geography.county(institution->countyId))
            level = tr("%1, county %2").arg(level, county->name);
    }
    about << tr("Kind: %1").arg(level);
    if (!institution->liaisonName.isEmpty()) {
        QStringList contact = {institution->liaisonName};
        for (const QString &part : {institution->liaisonFunction, institution->liaisonEmail, institution->liaisonPhone}) {
            if (!part.isEmpty())
                contact << part;
        }
        about << tr("Person designated for the relation with civil society: %1").arg(contact.join(QLatin1String(", ")));
    } else {
        about << tr("Person designated for the relation with civil society: none recorded");
    }
    about << (report ? tr("Annual report received on %1.").arg(locale.toString(report->receivedOn, QLocale::ShortFormat))
                     : tr("The annual report for %1 has not been received.").arg(year));
    doc.add(Block::paragraph(about.join(QLatin1Char('\n'))));

    for (const QChar section : {QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C')}) {
        doc.add(Block::heading(sectionTitle(section)));
        doc.add(Block::tableBlock(indicatorTable(locale, figures, section, false)));
    }
    doc.add(Block::heading(sectionTitle(QLatin1Char('D'))));
    const Figure *d1 = figureOf(figures, QStringLiteral("D1"));
    const Figure *d2 = figureOf(figures, QStringLiteral("D2"));
    const QString evaluation = d1 && d1->provided ? FormIndicators::evaluationLabel(d1->value.toString()) : QString();
    const QString measures = d2 ? d2->value.toString().trimmed() : QString();
    QStringList own;
    own << (evaluation.isEmpty() ? tr("The institution has not given its own evaluation.")
                                 : tr("The institution's own evaluation of the partnership: %1.").arg(evaluation));
    if (!measures.isEmpty())
        own << tr("Measures to improve the partnership: %1").arg(measures);
    if (report && !report->selfEvaluation.trimmed().isEmpty())
        own << report->selfEvaluation.trimmed();
    doc.add(Block::paragraph(own.join(QLatin1Char('\n'))));

    QStringList ignored;
    for (const Figure &f : figures) {
        if (f.manualIgnored)
            ignored << f.code;
    }
    if (!ignored.isEmpty()) {
        doc.add(Block::paragraph(tr("Manual entries not used because the records provide the figure: %1.")
                                     .arg(ignored.join(QLatin1String(", ")))));
    }

    const ChartSpec chart = institutionFiguresChart(figures);
    if (!chart.isEmpty()) // titled by itself: a heading of its own would stay behind when the chart moves to the next page
        doc.add(Block::chartBlock(chart));

    doc.figures.header = {QStringLiteral("code"), QStringLiteral("indicator"), QStringLiteral("value"),
                          QStringLiteral("source"), QStringLiteral("entered_by"), QStringLiteral("entered_at")};
    for (const Figure &f : figures) {
        const FormIndicator *indicator = FormIndicators::find(f.code);
        doc.figures.rows << QStringList{f.code,
                                        indicator ? FormIndicators::label(*indicator) : QString(),
                                        f.displayValue(),
                                        Figure::sourceCode(f.source),
                                        f.enteredBy,
                                        f.enteredAt.isValid() ? f.enteredAt.toString(Qt::ISODate) : QString()};
    }
    return doc;
}

Result<ReportDocument> buildInstitutionTransparencyReport(Database &db, qint64 institutionId, int year,
                                                          const QLocale &locale)
{
    return buildInstitutionTransparencyReport(db.connection(), institutionId, year, locale);
}

Result<ReportDocument> buildTransparencySynthesis(const QSqlDatabase &db, int year, const QLocale &locale)
{
    using R = Result<ReportDocument>;
    const Result<TransparencySynthesisData> result = transparencySynthesisData(db, year);
    if (!result)
        return R::failure(result.error());
    const TransparencySynthesisData &data = result.value();
    const InstitutionTransparency total = data.sum();
    const qint64 institutionCount = data.institutions.size();
    const qint64 missingCount = data.missing.size();

    ReportDocument doc;
    doc.title = tr("National synthesis of the annual reports on decisional transparency");
    doc.subtitle = tr("Law no. 52/2003 — year %1").arg(year);
    doc.generatedOn = QDate::currentDate();
    doc.language = languageOf(locale);

    QStringList summary;
    summary << tr("Institutions in the records: %1; annual reports received for %2: %3; not received: %4.")
                   .arg(locale.toString(institutionCount))
                   .arg(year)
                   .arg(locale.toString(institutionCount - missingCount), locale.toString(missingCount));
    summary << tr("Recommendations received: %1, of which included in the adopted acts: %2 (%3).")
                   .arg(locale.toString(total.received), locale.toString(total.included),
                        percentText(locale, total.includedShare()));
    summary << tr("Public debates held: %1. Decision-making meetings: %2 public, %3 closed.")
                   .arg(locale.toString(total.debates), locale.toString(total.publicMeetings),
                        locale.toString(total.closedMeetings));
    if (total.manual)
        summary << tr("Some figures were typed from paper reports (manual entries); the others are computed from the records.");
    doc.add(Block::paragraph(summary.join(QLatin1Char('\n'))));

    doc.add(Block::heading(tr("1. Totals of the evaluation form")));
    for (const QChar section : {QLatin1Char('A'), QLatin1Char('B'), QLatin1Char('C'), QLatin1Char('D')}) {
        doc.add(Block::heading(sectionTitle(section), 2));
        doc.add(Block::tableBlock(indicatorTable(locale, data.totals, section, true)));
    }

    doc.add(Block::heading(tr("2. Per institution")));
    TableSpec table;
    doc.add(Block::paragraph(tr("Recommendations received and included in the adopted acts, public debates held, "
                                "decision-making meetings public and closed.")));
    table.header = {tr("Institution"), tr("Report"), tr("Received"), tr("Included"),
                    tr("% included"), tr("Debates"), tr("Public"), closedMeetings()};
    table.stretch = {9, 4, 4, 4, 4, 4, 3, 3};
    table.numericColumns = {2, 3, 4, 5, 6, 7};
    table.totalRow = true;
    auto row = [&](const InstitutionTransparency &line, const QString &reported) {
        return QStringList{line.manual ? tr("%1 (manual entries)").arg(line.name) : line.name,
                           reported,
                           locale.toString(line.received),
                           locale.toString(line.included),
                           percentText(locale, line.includedShare()),
                           locale.toString(line.debates),
                           locale.toString(line.publicMeetings),
                           locale.toString(line.closedMeetings)};
    };
    for (const InstitutionTransparency &line : data.institutions)
        table.rows << row(line, line.reported ? tr("received") : tr("missing"));
    InstitutionTransparency totalLine = total;
    totalLine.manual = false;
    table.rows << row(totalLine, locale.toString(institutionCount - missingCount));
    doc.add(Block::tableBlock(table));

    const ChartSpec recommendations = recommendationsPerInstitutionChart(data);
    if (!recommendations.isEmpty())
        doc.add(Block::chartBlock(recommendations));
    const ChartSpec meetings = meetingsPerInstitutionChart(data);
    if (!meetings.isEmpty())
        doc.add(Block::chartBlock(meetings));

    doc.add(Block::heading(tr("3. Institutions that sent no report")));
    if (data.missing.isEmpty()) {
        doc.add(Block::paragraph(tr("Every institution sent its annual report for %1.").arg(year)));
    } else {
        const Geography geography = Geography::load(db);
        TableSpec missing;
        missing.header = {tr("Institution"), tr("Kind"), tr("County")};
        missing.stretch = {10, 4, 3};
        for (const Institution &i : data.missing) {
            const County *county = i.countyId > 0 ? geography.county(i.countyId) : nullptr;
            missing.rows << QStringList{i.name, institutionKindName(i.kind), county ? county->name : QString()};
        }
        doc.add(Block::tableBlock(missing));
    }

    doc.figures.header = {QStringLiteral("institution"), QStringLiteral("report_received"), QStringLiteral("A7"),
                          QStringLiteral("A8"), QStringLiteral("included_percent"), QStringLiteral("debates"),
                          QStringLiteral("B1"), QStringLiteral("B7"), QStringLiteral("source")};
    auto csvRow = [](const InstitutionTransparency &line, const QString &reported) {
        const std::optional<double> s = line.includedShare();
        return QStringList{line.name,
                           reported,
                           QString::number(line.received),
                           QString::number(line.included),
                           s ? QString::number(*s, 'f', 1) : QStringLiteral("n/a"),
                           QString::number(line.debates),
                           QString::number(line.publicMeetings),
                           QString::number(line.closedMeetings),
                           Figure::sourceCode(line.manual ? FigureSource::Manual : FigureSource::Records)};
    };
    for (const InstitutionTransparency &line : data.institutions)
        doc.figures.rows << csvRow(line, line.reported ? QStringLiteral("yes") : QStringLiteral("no"));
    doc.figures.rows << csvRow(total, QString::number(institutionCount - missingCount));
    doc.figures.totalRow = true;
    return doc;
}

Result<ReportDocument> buildTransparencySynthesis(Database &db, int year, const QLocale &locale)
{
    return buildTransparencySynthesis(db.connection(), year, locale);
}

ChartSpec recommendationsPerInstitutionChart(const TransparencySynthesisData &data, int limit)
{
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::GroupedBars;
    const QList<InstitutionTransparency> lines =
        topInstitutions(data.institutions, limit, [](const InstitutionTransparency &l) { return l.received; });
    const qint64 withRecommendations =
        std::count_if(data.institutions.cbegin(), data.institutions.cend(),
                      [](const InstitutionTransparency &l) { return l.received > 0; });
    chart.title = withRecommendations > lines.size()
                      ? tr("Recommendations received and included, %1: the %2 institutions with the most")
                            .arg(data.year)
                            .arg(lines.size())
                      : tr("Recommendations received and included per institution, %1").arg(data.year);
    chart.valueAxisTitle = tr("Recommendations");
    ChartSpec::Series received{tr("Received"), {}};
    ChartSpec::Series included{tr("Included"), {}};
    for (const InstitutionTransparency &line : lines) {
        chart.categories << line.name;
        chart.categoryKeys << QString::number(line.institutionId);
        received.values << double(line.received);
        included.values << double(line.included);
    }
    chart.series = {received, included};
    return chart;
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
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::GroupedBars;
    const QList<InstitutionTransparency> lines = topInstitutions(
        data.institutions, limit, [](const InstitutionTransparency &l) { return l.publicMeetings + l.closedMeetings; });
    const qint64 withMeetings = std::count_if(data.institutions.cbegin(), data.institutions.cend(), [](const auto &l) {
        return l.publicMeetings + l.closedMeetings > 0;
    });
    chart.title = withMeetings > lines.size()
                      ? tr("Public and closed meetings, %1: the %2 institutions with the most").arg(data.year).arg(lines.size())
                      : tr("Public and closed meetings per institution, %1").arg(data.year);
    chart.valueAxisTitle = tr("Meetings");
    ChartSpec::Series open{tr("Public"), {}};
    ChartSpec::Series closed{closedMeetings(), {}};
    for (const InstitutionTransparency &line : lines) {
        chart.categories << line.name;
        chart.categoryKeys << QString::number(line.institutionId);
        open.values << double(line.publicMeetings);
        closed.values << double(line.closedMeetings);
    }
    chart.series = {open, closed};
    return chart;
}

ChartSpec institutionFiguresChart(const QList<Figure> &figures)
{
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::Bars;
    chart.title = tr("Recommendations, debates and meetings");
    chart.valueAxisTitle = tr("Number");
    const std::pair<const char *, const char *> bars[] = {
        {"A7", QT_TRANSLATE_NOOP("TransparencyReports", "Recommendations received")},
        {"A7_1", QT_TRANSLATE_NOOP("TransparencyReports", "received online")},
        {"A8", QT_TRANSLATE_NOOP("TransparencyReports", "included")},
        {"A9_1", QT_TRANSLATE_NOOP("TransparencyReports", "Debates (associations)")},
        {"A9_2", QT_TRANSLATE_NOOP("TransparencyReports", "Debates (authorities)")},
        {"B1", QT_TRANSLATE_NOOP("TransparencyReports", "Public meetings")},
        {"B7", QT_TRANSLATE_NOOP("TransparencyReports", "Closed meetings")},
    };
    ChartSpec::Series series{tr("Number"), {}};
    bool any = false;
    for (const auto &[code, label] : bars) {
        const qint64 value = count(figures, code);
        any = any || value > 0;
        chart.categories << tr(label);
        chart.categoryKeys << QLatin1String(code);
        series.values << double(value);
    }
    if (!any)
        return {};
    chart.series = {series};
    return chart;
}

} // namespace dc::reports

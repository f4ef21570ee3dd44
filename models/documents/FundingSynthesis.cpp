#include "documents/FundingSynthesis.h"
#include "core/Dates.h"

#include "core/Language.h"
#include "funding/FundingSummary.h"

#include <cmath>

namespace dc::reports {

namespace {

/// Whole lei for a chart to draw and label (issue 15: a bar read "350,500.5" for 350,500.49 lei);
/// the exact sums stay in the tables and the figures.
double lei(Money amount)
{
    return std::round(double(amount.bani()) / 100.0);
}

QString share(const SummaryRow &row)
{
    const std::optional<qint64> bp = row.shareBasisPoints();
    return bp ? formatBasisPoints(*bp) : QStringLiteral("–");
}

} // namespace

ReportDocument FundingSynthesis::build(const QSqlDatabase &db, int year, const QDate &generatedOn)
{
    ReportDocument doc;
    doc.title = tr("Synthesis on the public funding of NGOs");
    doc.subtitle = tr("Year %1").arg(year);
    doc.generatedOn = dayOrToday(generatedOn);
    doc.official = true; // signed and sent by the office
    doc.language = Language::current();
    doc.figures.header = {QStringLiteral("table"),     QStringLiteral("key"),
                          QStringLiteral("awards"),    QStringLiteral("budget"),
                          QStringLiteral("requested"), QStringLiteral("granted"),
                          QStringLiteral("paid")};

    const SummaryRow total = FundingSummary::total(db, year);
    const int awards = total.awards;
    doc.add(Block::paragraph(
        tr("In %1 the public authorities recorded here granted %2 to non-governmental "
           "organizations through %n award(s) under the non-refundable financing of non-profit "
           "activities of general interest (Law 350/2005), of a total budget of %3 (%4 awarded); "
           "%5 were paid. Cancelled awards are left out of every sum.",
           nullptr, awards)
            .arg(QString::number(year), total.granted.toDisplay(),
                 total.budget.value_or(Money()).toDisplay(), share(total),
                 total.paid.toDisplay())));

    struct Section
    {
        FundingSummary::Key key;
        QString heading;
        bool withBudget;
    };
    const Section sections[] = {
        {FundingSummary::Key::Institution, tr("By institution"), true},
        {FundingSummary::Key::Domain, tr("By domain"), true},
        {FundingSummary::Key::County, tr("By county"), false},
        {FundingSummary::Key::Region, tr("By region"), false},
    };
    for (const Section &section : sections) {
        const QList<SummaryRow> rows = FundingSummary::compute(db, year, section.key);
        const QString code = FundingSummary::keyCode(section.key);
        doc.add(Block::heading(section.heading));
        TableSpec table;
        if (section.withBudget) {
            table.header = {FundingSummary::keyName(section.key),
                            tr("Awards"),
                            tr("Budget"),
                            tr("Granted"),
                            tr("Share of the budget"),
                            tr("Paid")};
            table.numericColumns = {1, 2, 3, 4, 5};
            table.stretch = {4, 1, 2, 2, 2, 2};
        } else {
            table.header = {FundingSummary::keyName(section.key), tr("Awards"), tr("Requested"),
                            tr("Granted"), tr("Paid")};
            table.numericColumns = {1, 2, 3, 4};
            table.stretch = {4, 1, 2, 2, 2};
        }
        SummaryRow sum;
        sum.budget = Money();
        for (const SummaryRow &row : rows) {
            if (section.withBudget)
                table.rows << QStringList{row.key,
                                          QString::number(row.awards),
                                          row.budget.value_or(Money()).toDisplay(),
                                          row.granted.toDisplay(),
                                          share(row),
                                          row.paid.toDisplay()};
            else
                table.rows << QStringList{row.key, QString::number(row.awards),
                                          row.requested.toDisplay(), row.granted.toDisplay(),
                                          row.paid.toDisplay()};
            doc.figures.rows << QStringList{code,
                                            row.key,
                                            QString::number(row.awards),
                                            row.budget ? row.budget->toDecimal() : QString(),
                                            row.requested.toDecimal(),
                                            row.granted.toDecimal(),
                                            row.paid.toDecimal()};
            sum.awards += row.awards;
            sum.requested += row.requested;
            sum.granted += row.granted;
            sum.paid += row.paid;
            if (row.budget)
                *sum.budget += *row.budget;
        }
        if (rows.isEmpty()) {
            doc.add(Block::paragraph(tr("No award in %1.").arg(year)));
            continue;
        }
        if (section.withBudget)
            table.rows << QStringList{tr("Total"),
                                      QString::number(sum.awards),
                                      sum.budget->toDisplay(),
                                      sum.granted.toDisplay(),
                                      share(sum),
                                      sum.paid.toDisplay()};
        else
            table.rows << QStringList{tr("Total"), QString::number(sum.awards),
                                      sum.requested.toDisplay(), sum.granted.toDisplay(),
                                      sum.paid.toDisplay()};
        table.totalRow = true;
        doc.add(Block::tableBlock(table));

        if (section.key == FundingSummary::Key::Institution ||
            section.key == FundingSummary::Key::Region) {
            ChartSpec chart;
            const bool perInstitution = section.key == FundingSummary::Key::Institution;
            chart.kind =
                perInstitution ? ChartSpec::Kind::HorizontalBars : ChartSpec::Kind::GroupedBars;
            chart.title = perInstitution ? tr("Granted per institution, %1").arg(year)
                                         : tr("Granted and paid per region, %1").arg(year);
            chart.valueAxisTitle = tr("lei");
            ChartSpec::Series granted{tr("Granted"), {}};
            ChartSpec::Series paid{tr("Paid"), {}};
            for (const SummaryRow &row : rows) {
                chart.categories << row.key;
                chart.categoryKeys << QString::number(row.keyId);
                granted.values << lei(row.granted);
                paid.values << lei(row.paid);
            }
            chart.series << granted;
            if (!perInstitution)
                chart.series << paid;
            doc.add(Block::chartBlock(chart));
        }
    }
    doc.figures.rows << QStringList{
        QStringLiteral("total"),       QString(),
        QString::number(total.awards), total.budget.value_or(Money()).toDecimal(),
        total.requested.toDecimal(),   total.granted.toDecimal(),
        total.paid.toDecimal()};

    doc.add(Block::heading(tr("Organizations funded by several institutions")));
    const QList<MultiFundedOrganization> multi = FundingSummary::multiFunded(db, year);
    if (multi.isEmpty()) {
        doc.add(Block::paragraph(
            tr("No organization was funded by more than one institution in %1.").arg(year)));
    } else {
        const int count = int(multi.size());
        doc.add(Block::paragraph(
            tr("%n organization(s) received awards from two or more institutions in the year; "
               "the list helps to check that the same activity is not financed twice.",
               nullptr, count)));
        TableSpec table;
        table.header = {tr("Organization"), tr("Institutions"), tr("Awards"), tr("Granted")};
        table.numericColumns = {2, 3};
        table.stretch = {4, 5, 1, 2};
        for (const MultiFundedOrganization &o : multi) {
            const QString institutions = o.institutions.join(QLatin1String("; "));
            table.rows << QStringList{o.name, institutions, QString::number(o.awards),
                                      o.granted.toDisplay()};
            doc.figures.rows << QStringList{QStringLiteral("multi-funded"),
                                            o.name,
                                            QString::number(o.awards),
                                            QString(),
                                            QString(),
                                            o.granted.toDecimal(),
                                            QString()};
        }
        doc.add(Block::tableBlock(table));
    }
    return doc;
}

} // namespace dc::reports

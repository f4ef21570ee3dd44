#include "AnnualFiguresTableModel.h"

#include "AnnualFigures.h"
#include "FormIndicators.h"
#include "InstitutionRepository.h"
#include "ReportStatus.h"
#include "core/Dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace dc {

namespace {

/// A figure as the table shows it, in the user's locale (12,5 in Romanian and Serbian); the
/// command line keeps Figure::displayValue() (12.5) for scripts.
QString localizedValue(const Figure &f)
{
    const FormIndicator *indicator = FormIndicators::find(f.code);
    if (indicator && indicator->kind == FigureKind::Percent && f.value.isNull())
        return QCoreApplication::translate("AnnualFiguresTableModel",
                                           "n/a"); // a share of nothing received
    if (!indicator || f.value.isNull())
        return f.displayValue();
    if (!f.provided)
        return QStringLiteral("—"); // unknown, never a zero
    if (indicator->kind == FigureKind::Percent)
        return QLocale().toString(f.value.toDouble(), 'f', 1);
    if (indicator->kind == FigureKind::Count) {
        if (f.differsFromRecords())
            return QCoreApplication::translate("AnnualFiguresTableModel", "%1 (records: %2)",
                                               "report value, then the office's")
                .arg(QLocale().toString(f.value.toLongLong()),
                     QLocale().toString(f.recordsValue.toLongLong()));
        return QLocale().toString(f.value.toLongLong());
    }
    return f.displayValue();
}

QString cellToolTip(const Figure &f)
{
    switch (f.source) {
    case FigureSource::Manual:
        return QCoreApplication::translate("AnnualFiguresTableModel", "Entered by hand by %1 on %2")
            .arg(f.enteredBy, QLocale().toString(f.enteredAt.toLocalTime(), QLocale::ShortFormat));
    case FigureSource::Report:
        if (f.differsFromRecords())
            return QCoreApplication::translate(
                       "AnnualFiguresTableModel",
                       "From the report (cell %1); the office's records give %2")
                .arg(f.cell, QLocale().toString(f.recordsValue.toLongLong()));
        return f.cell.isEmpty()
                   ? QCoreApplication::translate("AnnualFiguresTableModel", "From the report")
                   : QCoreApplication::translate("AnnualFiguresTableModel",
                                                 "From the report (cell %1)")
                         .arg(f.cell);
    case FigureSource::Records:
        break;
    }
    return QString();
}

} // namespace

AnnualFiguresTableModel::AnnualFiguresTableModel(QSqlDatabase db, int year, QObject *parent)
    : RowTableModel(std::move(db), headings(), parent), m_year(year)
{
    refresh();
}

void AnnualFiguresTableModel::setYear(int year)
{
    m_year = year;
    refresh();
}

QVariant AnnualFiguresTableModel::data(const QModelIndex &index, int role) const
{
    if ((role == ManualRole || role == SourceRole || role == DiffersRole) &&
        checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const int i = index.column() - FirstIndicator;
        const QList<Cell> cells = m_cells.value(idAt(index.row()));
        if (i < 0 || i >= cells.size())
            return role == SourceRole ? QVariant() : QVariant(false);
        const Cell &cell = cells.at(i);
        if (role == ManualRole)
            return cell.provided && cell.source == FigureSource::Manual;
        if (role == DiffersRole)
            return cell.differs;
        return cell.provided ? QVariant(Figure::sourceCode(cell.source)) : QVariant();
    }
    return RowTableModel::data(index, role);
}

QVariant AnnualFiguresTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    const int i = section - FirstIndicator;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && i >= 0 &&
        i < formIndicatorCount)
        return FormIndicators::label(FormIndicators::all()[i]);
    return RowTableModel::headerData(section, orientation, role);
}

QList<RowTableModel::Row> AnnualFiguresTableModel::load() const
{
    QList<Row> rows;
    QSet<qint64> missing;
    QHash<qint64, ReportStatus> statuses;
    if (const Result<QList<ReportStatus>> all = ReportStatus::forYear(db(), m_year)) {
        for (const ReportStatus &status : all.value()) {
            statuses.insert(status.institution.id, status);
            if (status.state == ReportStatus::State::Missing)
                missing.insert(status.institution.id);
        }
    }
    m_cells.clear();
    auto makeRow = [this](qint64 id, const QString &name, const QVariant &reported,
                          const QString &reportedText, const QList<Figure> &figures) {
        Row row;
        row.id = id;
        row.raw = {name, reported};
        row.display = {name, reportedText};
        row.cellToolTips = {QString(), QString()};
        QList<Cell> &cells = m_cells[id];
        for (const Figure &f : figures) {
            row.raw << (f.provided ? f.value : QVariant());
            row.display << localizedValue(f);
            row.cellToolTips << cellToolTip(f);
            cells << Cell{f.source, f.provided, f.differsFromRecords()};
        }
        return row;
    };
    for (const NameMatcher::Candidate &c : InstitutionRepository(db()).candidates()) {
        const Result<QList<Figure>> figures = AnnualFigures::compute(db(), c.id, m_year);
        if (!figures)
            continue;
        const bool reported = !missing.contains(c.id);
        const ReportStatus status = statuses.value(c.id);
        QString statusText = tr("not reported");
        if (status.state == ReportStatus::State::Received)
            statusText = tr("received %1").arg(shortDate(QLocale(), status.receivedOn));
        else if (status.state == ReportStatus::State::Late)
            statusText = tr("received %1, %n day(s) late", nullptr, status.daysLate)
                             .arg(shortDate(QLocale(), status.receivedOn));
        else if (status.daysLate > 0)
            statusText = tr("not reported, %n day(s) late", nullptr, status.daysLate);
        Row row = makeRow(c.id, c.name, reported ? 1 : 0, statusText, figures.value());
        row.warning = !reported;
        rows << row;
    }
    if (const Result<QList<Figure>> totals = AnnualFigures::totals(db(), m_year)) {
        const int reported = int(rows.size() - missing.size());
        rows << makeRow(0, tr("Total"), reported, tr("%1 of %2").arg(reported).arg(rows.size()),
                        totals.value());
    }
    return rows;
}

QList<RowTableModel::Heading> AnnualFiguresTableModel::headings()
{
    QList<Heading> headings{{QT_TR_NOOP("Institution")}, {QT_TR_NOOP("Report received")}};
    for (const FormIndicator &indicator : FormIndicators::all())
        headings << Heading{nullptr, indicator.kind == FigureKind::Count ||
                                         indicator.kind == FigureKind::Percent};
    return headings;
}

QString AnnualFiguresTableModel::columnTitle(int column) const
{
    if (column < FirstIndicator)
        return RowTableModel::columnTitle(column);
    return FormIndicators::code(FormIndicators::all()[column - FirstIndicator]);
}

} // namespace dc

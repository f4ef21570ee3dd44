#include "FundingSummaryTableModel.h"

namespace dc {

FundingSummaryTableModel::FundingSummaryTableModel(QSqlDatabase db, int year,
                                                   FundingSummary::Key key, QObject *parent)
    : RowTableModel(std::move(db),
                    {{nullptr},
                     {QT_TR_NOOP("Awards"), Numeric},
                     {QT_TR_NOOP("Requested"), Numeric},
                     {QT_TR_NOOP("Granted"), Numeric},
                     {QT_TR_NOOP("Paid"), Numeric},
                     {QT_TR_NOOP("Budget"), Numeric},
                     {QT_TR_NOOP("Share of budget"), Numeric}},
                    parent),
      m_year(year), m_key(key)
{
    refresh();
}

void FundingSummaryTableModel::setYear(int year)
{
    m_year = year;
    refresh();
}

void FundingSummaryTableModel::setKey(FundingSummary::Key key)
{
    m_key = key;
    refresh();
}

QList<RowTableModel::Row> FundingSummaryTableModel::load() const
{
    QList<Row> rows;
    QList<SummaryRow> summary = FundingSummary::compute(db(), m_year, m_key);
    SummaryRow total = FundingSummary::total(db(), m_year);
    total.key = tr("Total");
    summary << total;
    qint64 id = 0;
    for (const SummaryRow &s : std::as_const(summary)) {
        const std::optional<qint64> share = s.shareBasisPoints();
        Row row;
        // The key's id is not unique across the total row; the row number is.
        row.id = ++id;
        row.raw = {s.key,
                   s.awards,
                   s.requested.bani(),
                   s.granted.bani(),
                   s.paid.bani(),
                   s.budget ? QVariant(s.budget->bani()) : QVariant(),
                   share ? QVariant(*share) : QVariant()};
        row.display = row.raw;
        row.display[Requested] = s.requested.toDisplay();
        row.display[Granted] = s.granted.toDisplay();
        row.display[Paid] = s.paid.toDisplay();
        row.display[Budget] = s.budget ? s.budget->toDisplay() : QString();
        row.display[Share] = share ? formatBasisPoints(*share) : QString();
        rows << row;
    }
    return rows;
}

QString FundingSummaryTableModel::columnTitle(int column) const
{
    return column == Key ? FundingSummary::keyName(m_key) : RowTableModel::columnTitle(column);
}

} // namespace dc

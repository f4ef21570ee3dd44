#include "RowTableModel.h"

namespace dc {

RowTableModel::RowTableModel(QSqlDatabase db, const QList<Heading> &headings, QObject *parent)
    : RecordListModel(std::move(db), columns(headings), parent)
{
}

QList<RowTableModel::ColumnSpec> RowTableModel::columns(const QList<Heading> &headings)
{
    QList<ColumnSpec> columns;
    for (int i = 0; i < headings.size(); ++i) {
        columns << ColumnSpec{
            headings.at(i).title, [i](const Row &row) { return row.raw.value(i); },
            [i](const Row &row) { return row.display.value(i); }, headings.at(i).numeric,
            [i](const Row &row) -> QVariant {
                if (!row.cellToolTips.value(i).isEmpty())
                    return row.cellToolTips.at(i);
                if (!row.toolTip.isEmpty())
                    return row.toolTip;
                return {};
            }};
    }
    return columns;
}

qint64 RowTableModel::recordId(const Row &row) const
{
    return row.id;
}

QVariant RowTableModel::recordData(const Row &row, int role) const
{
    return role == WarningRole ? QVariant(row.warning) : QVariant();
}

} // namespace dc

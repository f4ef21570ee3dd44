#include "RecordTableModel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace dc {

RecordTableModel::RecordTableModel(QSqlDatabase db, int columns, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_columns(columns)
{
}

void RecordTableModel::refresh()
{
    beginResetModel();
    loadRecords();
    sortRows();
    endResetModel();
}

int RecordTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < recordCount(); ++i) {
        if (idAt(i) == id)
            return i;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case IdRole:
        return idAt(index.row());
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return cellData(index.row(), index.column(), role);
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids << idAt(i.row());
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfId(ids.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordTableModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    QCollator collator(QLocale(QStringLiteral("ro_RO")));
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const bool numeric = isNumeric(column);
    QList<QVariant> raw;
    for (int row = 0; row < recordCount(); ++row)
        raw << cellData(row, column, RawValueRole);
    auto less = [&](int a, int b) {
        const QVariant &x = raw.at(a);
        const QVariant &y = raw.at(b);
        if (numeric)
            return x.toDouble() < y.toDouble();
        return collator.compare(x.toString(), y.toString()) < 0;
    };
    QList<int> order(raw.size());
    std::iota(order.begin(), order.end(), 0);
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(order.begin(), order.end(), less);
    else
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return less(b, a); });
    reorder(order);
}

} // namespace dc

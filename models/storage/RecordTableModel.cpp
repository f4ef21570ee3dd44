#include "RecordTableModel.h"

#include <QCollator>

#include <algorithm>

namespace dc {

RecordTableModel::RecordTableModel(QSqlDatabase db, int columns, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_columns(columns)
{
}

void RecordTableModel::refresh()
{
    beginResetModel();
    m_rows = load();
    sortRows();
    endResetModel();
}

qint64 RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RecordTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool RecordTableModel::isNumeric(int) const
{
    return false;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case RawValueRole:
        return row.raw.value(index.column());
    case WarningRole:
        return row.warning;
    case Qt::DisplayRole:
        return row.display.value(index.column());
    case Qt::ToolTipRole:
        if (!row.cellToolTips.value(index.column()).isEmpty())
            return row.cellToolTips.at(index.column());
        if (!row.toolTip.isEmpty())
            return row.toolTip;
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
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
    auto less = [&](const Row &a, const Row &b) {
        const QVariant &x = a.raw.value(column);
        const QVariant &y = b.raw.value(column);
        if (numeric)
            return x.toDouble() < y.toDouble();
        return collator.compare(x.toString(), y.toString()) < 0;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](const Row &a, const Row &b) { return less(b, a); });
}

} // namespace dc

#include "IndicatorTableModel.h"

#include "IndicatorRepository.h"

#include <QLocale>

namespace dc {

IndicatorTableModel::IndicatorTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void IndicatorTableModel::setEdition(qint64 editionId)
{
    m_editionId = editionId;
    refresh();
}

void IndicatorTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_editionId > 0) {
        const IndicatorRepository repository(m_db);
        for (const Indicator &i : repository.ofEdition(m_editionId))
            m_rows.append({i, repository.achievedValue(i)});
    }
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Indicator &i = row.indicator;
    const std::optional<double> percent = percentAchieved(i.target, row.achieved);
    if (role == IdRole)
        return i.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return i.name;
        case Unit:
            return indicatorUnitCode(i.unit);
        case Target:
            return i.target ? QVariant(*i.target) : QVariant();
        case Achieved:
            return row.achieved ? QVariant(*row.achieved) : QVariant();
        case Percent:
            return percent ? QVariant(*percent) : QVariant();
        case Source:
            return indicatorComputationCode(i.computation);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Target || index.column() == Achieved || index.column() == Percent))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !i.notes.isEmpty())
        return i.notes;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return i.name;
    case Unit:
        return indicatorUnitName(i.unit);
    case Target:
        return indicatorValueText(i.target, i.targetQualifier);
    case Achieved:
        return indicatorValueText(row.achieved,
                                  i.isComputed() ? ValueQualifier::Exactly : i.achievedQualifier);
    case Percent:
        return percent ? QVariant(QLocale().toString(*percent, 'f', 0) + QLatin1Char('%'))
                       : QVariant();
    case Source:
        if (i.isComputed() && i.eventKind)
            return tr("%1: %2").arg(indicatorComputationName(i.computation),
                                    eventKindName(*i.eventKind).toLower());
        return indicatorComputationName(i.computation);
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Indicator");
    case Unit:
        return tr("Unit");
    case Target:
        return tr("Target");
    case Achieved:
        return tr("Achieved");
    case Percent:
        return tr("Achieved %");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace dc

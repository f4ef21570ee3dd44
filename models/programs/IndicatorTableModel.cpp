#include "IndicatorTableModel.h"

#include "IndicatorRepository.h"

#include <QLocale>

namespace dc {

namespace {

std::optional<double> percent(const IndicatorProgress &row)
{
    return percentAchieved(row.indicator.target, row.achieved);
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QSqlDatabase db, QObject *parent)
    : RecordListModel(
          std::move(db),
          {{QT_TR_NOOP("Indicator"),
            [](const IndicatorProgress &r) { return QVariant(r.indicator.name); }},
           {QT_TR_NOOP("Unit"),
            [](const IndicatorProgress &r) {
                return QVariant(indicatorUnitCode(r.indicator.unit));
            },
            [](const IndicatorProgress &r) {
                return QVariant(indicatorUnitName(r.indicator.unit));
            }},
           {QT_TR_NOOP("Target"),
            [](const IndicatorProgress &r) {
                return r.indicator.target ? QVariant(*r.indicator.target) : QVariant();
            },
            [](const IndicatorProgress &r) {
                return QVariant(
                    indicatorValueText(r.indicator.target, r.indicator.targetQualifier));
            },
            Numeric},
           {QT_TR_NOOP("Achieved"),
            [](const IndicatorProgress &r) {
                return r.achieved ? QVariant(*r.achieved) : QVariant();
            },
            [](const IndicatorProgress &r) {
                const Indicator &i = r.indicator;
                return QVariant(indicatorValueText(
                    r.achieved, i.isComputed() ? ValueQualifier::Exactly : i.achievedQualifier));
            },
            Numeric},
           {QT_TR_NOOP("Achieved %"),
            [](const IndicatorProgress &r) {
                const std::optional<double> p = percent(r);
                return p ? QVariant(*p) : QVariant();
            },
            [](const IndicatorProgress &r) {
                const std::optional<double> p = percent(r);
                return p ? QVariant(QLocale().toString(*p, 'f', 0) + QLatin1Char('%')) : QVariant();
            },
            Numeric},
           {QT_TR_NOOP("Source"),
            [](const IndicatorProgress &r) {
                return QVariant(indicatorComputationCode(r.indicator.computation));
            },
            [](const IndicatorProgress &r) {
                const Indicator &i = r.indicator;
                if (i.isComputed() && i.eventKind)
                    return QVariant(tr("%1: %2").arg(indicatorComputationName(i.computation),
                                                     eventKindName(*i.eventKind).toLower()));
                return QVariant(indicatorComputationName(i.computation));
            }}},
          parent)
{
}

void IndicatorTableModel::setEdition(qint64 editionId)
{
    m_editionId = editionId;
    refresh();
}

QList<IndicatorProgress> IndicatorTableModel::load() const
{
    QList<IndicatorProgress> rows;
    if (m_editionId > 0) {
        const IndicatorRepository repository(db());
        for (const Indicator &i : repository.ofEdition(m_editionId))
            rows.append({i, repository.achievedValue(i)});
    }
    return rows;
}

qint64 IndicatorTableModel::recordId(const IndicatorProgress &row) const
{
    return row.indicator.id;
}

QVariant IndicatorTableModel::recordData(const IndicatorProgress &row, int role) const
{
    if (role == Qt::ToolTipRole && !row.indicator.notes.isEmpty())
        return row.indicator.notes;
    return {};
}

} // namespace dc

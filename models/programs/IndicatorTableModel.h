#pragma once

#include "Indicator.h"
#include "storage/RecordListModel.h"

#include <optional>

namespace dc {

/// An indicator with its achieved value, computed from the events or typed (a row of the table).
struct IndicatorProgress
{
    Indicator indicator;
    std::optional<qint64> achieved;
};

/// An edition's indicators with target, achieved value (computed from the events where the
/// indicator says so) and the percentage achieved.
class IndicatorTableModel final : public RecordListModel<IndicatorProgress>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTableModel)

public:
    enum Column
    {
        Name,
        Unit,
        Target,
        Achieved,
        Percent,
        Source,
        ColumnCount
    };
    // IdRole: the indicator's id; RawValueRole: the number behind the display text (target,
    // achieved, percent).

    explicit IndicatorTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setEdition(qint64 editionId);

protected:
    QList<IndicatorProgress> load() const override;
    qint64 recordId(const IndicatorProgress &row) const override;
    /// The notes as the tooltip of every cell.
    QVariant recordData(const IndicatorProgress &row, int role) const override;

private:
    qint64 m_editionId = 0;
};

} // namespace dc

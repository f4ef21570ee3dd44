#pragma once

#include "Indicator.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// An edition's indicators with target, achieved value (computed from the events where the
/// indicator says so) and the percentage achieved.
class IndicatorTableModel final : public QAbstractTableModel
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
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the indicator's id (qint64)
        RawValueRole, ///< the number behind the display text (target, achieved, percent)
    };

    explicit IndicatorTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setEdition(qint64 editionId);
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Indicator indicator;
        std::optional<qint64> achieved; // computed or typed
    };

    QSqlDatabase m_db;
    qint64 m_editionId = 0;
    QList<Row> m_rows;
};

} // namespace dc

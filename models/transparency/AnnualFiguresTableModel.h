#pragma once

#include "FormIndicators.h"
#include "RecordTableModel.h"

namespace dc {

/// The annual figures of all institutions for one year side by side: one row per institution and
/// a last row of totals (id 0), one column per indicator of the evaluation form, and whether the
/// institution's report was received.
class AnnualFiguresTableModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnualFiguresTableModel)

public:
    enum Column { Institution, Reported, FirstIndicator, ColumnCount = FirstIndicator + formIndicatorCount };
    enum ExtraRole {
        ManualRole = WarningRole + 1, ///< true on a figure entered by hand
    };

    explicit AnnualFiguresTableModel(QSqlDatabase db, int year, QObject *parent = nullptr);
    void setYear(int year);
    int year() const { return m_year; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The codes as titles, the labels as tooltips.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<Row> load() const override;
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override;

private:
    int m_year;
};

} // namespace dc

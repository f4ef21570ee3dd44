#pragma once

#include "AnnualFigures.h"
#include "FormIndicators.h"
#include "storage/RowTableModel.h"

#include <QHash>

namespace dc {

/// The annual figures of all institutions for one year side by side: one row per institution and
/// a last row of totals over those that reported (id 0), one column per code of the report, and
/// whether the institution's report was received. A figure of a received report that differs from
/// what the office's records give shows both and is flagged (DiffersRole).
class AnnualFiguresTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnualFiguresTableModel)

public:
    enum Column
    {
        Institution,
        Reported,
        FirstIndicator,
        ColumnCount = FirstIndicator + formIndicatorCount
    };
    enum ExtraRole
    {
        ManualRole = WarningRole + 1, ///< true on a figure entered by hand
        SourceRole,                   ///< "report", "records" or "manual" (Figure::sourceCode)
        DiffersRole,                  ///< true where the report and the office's records differ
    };

    explicit AnnualFiguresTableModel(QSqlDatabase db, int year, QObject *parent = nullptr);
    void setYear(int year);
    int year() const { return m_year; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The codes as titles, the labels as tooltips.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<Row> load() const override;
    /// The indicator columns are titled with their codes.
    QString columnTitle(int column) const override;

private:
    /// The institution, whether it reported, then the indicators (counts and shares as numbers).
    static QList<Heading> headings();

    struct Cell
    {
        FigureSource source = FigureSource::Records;
        bool provided = false;
        bool differs = false;
    };

    int m_year;
    mutable QHash<qint64, QList<Cell>> m_cells; ///< per row id, per indicator; filled by load()
};

} // namespace dc

#pragma once

#include "FundingSummary.h"
#include "storage/RowTableModel.h"

namespace dc {

/// A funding summary of a year by institution, domain, county or region, with a last row for the
/// whole year; the amounts exact to the ban.
class FundingSummaryTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingSummaryTableModel)

public:
    enum Column
    {
        Key,
        Awards,
        Requested,
        Granted,
        Paid,
        Budget,
        Share,
        ColumnCount
    };

    explicit FundingSummaryTableModel(QSqlDatabase db, int year,
                                      FundingSummary::Key key = FundingSummary::Key::Institution,
                                      QObject *parent = nullptr);
    void setYear(int year);
    void setKey(FundingSummary::Key key);
    FundingSummary::Key key() const { return m_key; }

protected:
    QList<Row> load() const override;
    /// The key column is named after the key (institution, domain...).
    QString columnTitle(int column) const override;

private:
    int m_year = 0;
    FundingSummary::Key m_key = FundingSummary::Key::Institution;
};

} // namespace dc

#pragma once

#include "storage/RowTableModel.h"

namespace dc {

/// The funding calls of a year (every year when 0): institution, domain, budget, deadlines, and
/// what was granted under each with the share of its budget.
class FundingCallTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingCallTableModel)

public:
    enum Column
    {
        Year,
        Institution,
        Name,
        Domain,
        Budget,
        Awards,
        Granted,
        Share,
        Deadline,
        ColumnCount
    };

    explicit FundingCallTableModel(QSqlDatabase db, int year = 0, QObject *parent = nullptr);
    void setYear(int year);

protected:
    QList<Row> load() const override;

private:
    int m_year = 0;
};

} // namespace dc

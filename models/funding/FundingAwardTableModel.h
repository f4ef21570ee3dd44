#pragma once

#include "storage/RowTableModel.h"

namespace dc {

/// The awards of one call (or of one year, or all, or of one organization's history): contract,
/// organization, project, the amounts to the ban, status.
class FundingAwardTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingAwardTableModel)

public:
    enum Column
    {
        Year,
        Institution,
        Call,
        Contract,
        Organization,
        County,
        Project,
        Requested,
        Granted,
        Paid,
        OwnContribution,
        Status,
        ContractDate,
        ColumnCount
    };

    explicit FundingAwardTableModel(QSqlDatabase db, QObject *parent = nullptr);
    /// The awards of @p callId, else of @p year, else all.
    void setFilter(qint64 callId, int year);
    /// An organization's funding history (the call and year filters are then ignored); 0 ends it.
    void setOrganization(qint64 organizationId);

protected:
    QList<Row> load() const override;

private:
    qint64 m_callId = 0;
    int m_year = 0;
    qint64 m_organizationId = 0;
};

} // namespace dc

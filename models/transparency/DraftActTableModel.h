#pragma once

#include "DraftAct.h"
#include "storage/RowTableModel.h"

#include <optional>

namespace dc {

/// The drafts of an institution (or of all), with their consultation dates, the recommendations
/// received and included, and the broken legal deadlines in a column of their own.
class DraftActTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftActTableModel)

public:
    enum Column
    {
        Title,
        Institution,
        Kind,
        Status,
        Announced,
        RecommendationsDeadline,
        SentForApproval,
        Submitted,
        Adopted,
        Recommendations,
        Included,
        Debate,
        DeadlineWarnings,
        ColumnCount
    };

    struct Filter
    {
        qint64 institutionId = 0; ///< 0: all institutions
        int year = 0;             ///< the year announced; 0: all years
        std::optional<DraftActStatus> status;
        bool warningsOnly = false;
        qint64 debateRequestedBy = 0; ///< an organization: the drafts whose debate it requested
    };

    explicit DraftActTableModel(QSqlDatabase db, QObject *parent = nullptr);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

protected:
    QList<Row> load() const override;

private:
    Filter m_filter;
};

} // namespace dc

#pragma once

#include "storage/RowTableModel.h"

namespace dc {

/// The decision-making meetings of an institution (or of all), public or closed with the reason,
/// with the announcement checked against art. 8.
class PublicMeetingTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicMeetingTableModel)

public:
    enum Column
    {
        Date,
        Institution,
        Subject,
        Access,
        Announced,
        Participants,
        NgosTookPart,
        RecommendationsExpressed,
        RecommendationsIncluded,
        MinutesPublished,
        DeadlineWarnings,
        ColumnCount
    };

    explicit PublicMeetingTableModel(QSqlDatabase db, QObject *parent = nullptr);
    /// 0 for all institutions / all years; a negative institution id shows none.
    void setFilter(qint64 institutionId, int year);

protected:
    QList<Row> load() const override;

private:
    qint64 m_institutionId = 0;
    int m_year = 0;
};

} // namespace dc

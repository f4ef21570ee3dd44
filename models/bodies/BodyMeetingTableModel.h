#pragma once

#include "storage/RowTableModel.h"

namespace dc {

/// The meetings of one consultative body: date, agenda, members present, decisions, minutes,
/// with a warning on a meeting below the quorum.
class BodyMeetingTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMeetingTableModel)

public:
    enum Column
    {
        Date,
        Agenda,
        Present,
        Decisions,
        MinutesPublished,
        ColumnCount
    };

    explicit BodyMeetingTableModel(QSqlDatabase db, qint64 bodyId = 0, QObject *parent = nullptr);
    void setBody(qint64 bodyId);

protected:
    QList<Row> load() const override;

private:
    qint64 m_bodyId = 0;
};

} // namespace dc

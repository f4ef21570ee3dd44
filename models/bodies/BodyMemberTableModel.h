#pragma once

#include "storage/RowTableModel.h"

#include <QDate>

namespace dc {

/// The members of one consultative body (or of every body), with their mandates, attendance rate
/// over the body's meetings and a warning on an expired mandate.
class BodyMemberTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMemberTableModel)

public:
    enum Column
    {
        Body,
        Member,
        Representative,
        Role,
        MandateStart,
        MandateEnd,
        Attendance,
        ColumnCount
    };

    explicit BodyMemberTableModel(QSqlDatabase db, qint64 bodyId = 0, const QDate &today = QDate(),
                                  QObject *parent = nullptr);
    /// Shows the members of @p bodyId (every body when 0).
    void setBody(qint64 bodyId);
    qint64 bodyId() const { return m_bodyId; }
    /// Shows only the seats of @p organizationId across bodies (0: every member).
    void setOrganization(qint64 organizationId);

protected:
    QList<Row> load() const override;

private:
    qint64 m_bodyId = 0;
    qint64 m_organizationId = 0;
    QDate m_today;
};

} // namespace dc

#pragma once

#include "bodies/BodyMeeting.h"
#include "bodies/BodyMember.h"

#include "common/RecordFormOf.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ui {
class BodyMeetingDialog;
}

namespace dc {

/// The form of a meeting of a consultative body: date, agenda, which members came (ticked in the
/// list of the body's members), decisions, minutes. Fewer voting members present than the
/// body's quorum is a warning, never a refusal.
class BodyMeetingDialog final : public RecordFormOf<BodyMeeting, Ui::BodyMeetingDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMeetingDialog)

public:
    explicit BodyMeetingDialog(QSqlDatabase db, QWidget *parent = nullptr);

    BodyMeeting record() const override;
    QStringList problems() const override;
    QStringList warnings() const override;
    /// Ticks or unticks the member @p memberId in the attendance list.
    void setPresent(qint64 memberId, bool present);

private:
    /// Lists the members of the meeting's body and ticks those present.
    void load(const BodyMeeting &meeting) override;

    QSqlDatabase m_db;
    QList<BodyMember> m_members;
    std::optional<int> m_quorum;
};

} // namespace dc

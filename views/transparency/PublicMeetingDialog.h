#pragma once

#include "transparency/PublicMeeting.h"

#include "common/RecordFormOf.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class PublicMeetingDialog;
}

namespace dc {

/// The form of a decision-making meeting: public or closed for a legal reason, announcement,
/// participation, recommendations and minutes; the art. 8 deadline is a warning, the record's
/// own problems (closed with no reason, included > expressed) block Save.
class PublicMeetingDialog final : public RecordFormOf<PublicMeeting, Ui::PublicMeetingDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicMeetingDialog)

public:
    explicit PublicMeetingDialog(QSqlDatabase db, QWidget *parent = nullptr);

    PublicMeeting record() const override;
    QStringList problems() const override;
    QStringList warnings() const override;

private:
    void load(const PublicMeeting &meeting) override;

    void updateFields() override;
};

} // namespace dc

#pragma once

#include "transparency/PublicMeeting.h"

#include "common/RecordForm.h"

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
class PublicMeetingDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicMeetingDialog)

public:
    explicit PublicMeetingDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~PublicMeetingDialog() override;

    void setMeeting(const PublicMeeting &meeting);
    PublicMeeting meeting() const;
    QStringList problems() const override;
    QStringList warnings() const override;
    bool isChanged() const override;

private:
    void updateFields() override;

    std::unique_ptr<Ui::PublicMeetingDialog> m_ui;
    PublicMeeting m_original;
};

} // namespace dc

#pragma once

#include "bodies/BodyMeeting.h"
#include "bodies/BodyMember.h"
#include "bodies/ConsultativeBody.h"
#include "common/Page.h"
#include "common/RecordEditing.h"

#include <QDate>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace dc {

class BodyDialog;
class BodyMeetingDialog;
class BodyMemberDialog;
class RecordCommand;
class RecordListActions;
class BodyMeetingTableModel;
class BodyMemberTableModel;
class BodyTableModel;

/// The consultative bodies: the list (with the members serving today and the warnings), the
/// record of the selected body (founding act, secretariat, quorum, the warnings, the mandates
/// ending in the next 90 days), its members with their mandates and attendance, its meetings.
/// Bodies, members and meetings are added, edited and deleted through their forms as undoable
/// commands (buttons, double click, Insert/Enter/Delete on the lists).
class BodiesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodiesPage)

public:
    /// @p today is the day the rules are checked on (the current date when invalid; tests fix it).
    explicit BodiesPage(const PageContext &context, QWidget *parent = nullptr,
                        const QDate &today = QDate());

    QString statusText() const override;
    void setReadOnly(bool readOnly) override;
    /// The membership list of the chosen body.
    bool hasDocument() const override;
    reports::ReportDocument document() const override;

    BodyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *record() const { return m_record; }
    BodyMemberTableModel *members() const { return m_members; }
    BodyMeetingTableModel *meetings() const { return m_meetings; }
    QTableView *memberView() const { return m_memberView; }
    QTableView *meetingView() const { return m_meetingView; }
    void selectRow(int row);
    /// Selects the body @p id in the list; false when it is not there.
    bool selectBody(qint64 id);
    /// "bodyId": that body selected, its members and meetings read again; "memberId": that member
    /// selected in it.
    void applyNavigationFilter(const QVariantMap &filter) override;
    qint64 currentBodyId() const;
    qint64 currentMemberId() const;
    qint64 currentMeetingId() const;

    void addBody();
    void editBody();
    void deleteBody();
    void addMember();
    void editMember();
    /// Ends the current member's mandate today (an edit of its mandate end).
    void endMandate();
    void deleteMember();
    void addMeeting();
    void editMeeting();
    void deleteMeeting();
    /// The forms while they are open (for tests).
    BodyDialog *bodyDialog() const { return m_bodies.form; }
    BodyMemberDialog *memberDialog() const { return m_memberDialog; }
    BodyMeetingDialog *meetingDialog() const { return m_meetingEditor.form; }

protected:
    void reloadRecords() override;

private:
    void showCurrent();
    /// Reloads the list and shows the body @p bodyId (0: the current one).
    void refresh(qint64 bodyId);
    void openMemberDialog(const BodyMember &member);
    RecordCommandContext commandContext(qint64 bodyId);

    QDate m_today;
    BodyTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_record = nullptr;
    BodyMemberTableModel *m_members = nullptr;
    QTableView *m_memberView = nullptr;
    BodyMeetingTableModel *m_meetings = nullptr;
    QTableView *m_meetingView = nullptr;
    RecordListActions *m_actions = nullptr;
    RecordEditor<ConsultativeBody, BodyDialog> m_bodies;
    BodyMemberDialog *m_memberDialog = nullptr;
    RecordEditor<BodyMeeting, BodyMeetingDialog> m_meetingEditor;
};

} // namespace dc

#pragma once

#include "common/Page.h"

#include <QDate>

class QLabel;
class QTableView;

namespace dc {

class BodyMeetingTableModel;
class BodyMemberTableModel;
class BodyTableModel;

/// The consultative bodies: the list (with the members serving today and the warnings), the
/// record of the selected body (founding act, secretariat, quorum, the warnings, the mandates
/// ending in the next 90 days), its members with their mandates and attendance, its meetings.
class BodiesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodiesPage)

public:
    /// @p today is the day the rules are checked on (the current date when invalid; tests fix it).
    explicit BodiesPage(const PageContext &context, QWidget *parent = nullptr,
                        const QDate &today = QDate());

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;

    BodyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *record() const { return m_record; }
    BodyMemberTableModel *members() const { return m_members; }
    BodyMeetingTableModel *meetings() const { return m_meetings; }
    void selectRow(int row);

private:
    void showCurrent();

    PageContext m_context;
    QDate m_today;
    BodyTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_record = nullptr;
    BodyMemberTableModel *m_members = nullptr;
    QTableView *m_memberView = nullptr;
    BodyMeetingTableModel *m_meetings = nullptr;
    QTableView *m_meetingView = nullptr;
};

} // namespace dc

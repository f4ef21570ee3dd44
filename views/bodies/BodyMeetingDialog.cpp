#include "BodyMeetingDialog.h"

#include "ui_BodyMeetingDialog.h"

#include "bodies/BodyRepository.h"
#include "bodies/BodyRules.h"
#include "bodies/Seat.h"

#include <QHash>

namespace dc {

BodyMeetingDialog::BodyMeetingDialog(QSqlDatabase db, QWidget *parent)
    : RecordFormOf(parent), m_db(std::move(db))
{
    m_ui->heldOn->setCalendarPopup(true);
    m_ui->heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setUpForm(m_ui->buttons, m_ui->problems, m_ui->warnings);
    watch({m_ui->heldOn, m_ui->agenda, m_ui->decisions, m_ui->minutesPublished, m_ui->attendance});
    setRecord(BodyMeeting());
}

void BodyMeetingDialog::load(const BodyMeeting &meeting)
{
    const BodyRepository repository(m_db);
    m_members = meeting.bodyId > 0 ? repository.members(meeting.bodyId) : QList<BodyMember>();
    const std::optional<ConsultativeBody> body =
        meeting.bodyId > 0 ? repository.body(meeting.bodyId) : std::nullopt;
    m_quorum = body ? body->quorum : std::nullopt;
    QHash<qint64, QString> names;
    for (const Seat &seat : repository.seats()) {
        if (seat.member.bodyId == meeting.bodyId)
            names.insert(seat.member.id, seat.memberName);
    }
    m_ui->attendance->clear();
    for (const BodyMember &m : std::as_const(m_members)) {
        //: A member in the attendance list: %1 organization or institution, %2 representative,
        //: %3 role
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)").arg(names.value(m.id), m.representative, memberRoleName(m.role)),
            m_ui->attendance);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(meeting.attendees.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->heldOn->setDate(meeting.heldOn.isValid() ? meeting.heldOn : QDate::currentDate());
    m_ui->agenda->setPlainText(meeting.agenda);
    m_ui->decisions->setPlainText(meeting.decisions);
    m_ui->minutesPublished->setChecked(meeting.minutesPublished);
}

BodyMeeting BodyMeetingDialog::record() const
{
    BodyMeeting m;
    m.id = m_original.id;
    m.bodyId = m_original.bodyId;
    m.heldOn = m_ui->heldOn->date();
    m.agenda = m_ui->agenda->toPlainText();
    m.decisions = m_ui->decisions->toPlainText();
    m.minutesPublished = m_ui->minutesPublished->isChecked();
    for (int row = 0; row < m_ui->attendance->count(); ++row) {
        const QListWidgetItem *item = m_ui->attendance->item(row);
        if (item->checkState() == Qt::Checked)
            m.attendees << item->data(Qt::UserRole).toLongLong();
    }
    normalizeMeeting(m);
    return m;
}

QStringList BodyMeetingDialog::problems() const
{
    return validateMeeting(record());
}

QStringList BodyMeetingDialog::warnings() const
{
    const BodyMeeting m = record();
    QStringList result;
    if (m_quorum) {
        const int present = BodyRules::presentVotingMembers(m, m_members);
        if (present < *m_quorum)
            result << tr("Attendance: %1 voting members present, below the quorum of %2.")
                          .arg(present)
                          .arg(*m_quorum);
    }
    for (const BodyMember &member : m_members) {
        if (m.attendees.contains(member.id) && m.heldOn.isValid() && !member.servesOn(m.heldOn)) {
            result << tr("Attendance: a member ticked as present had no mandate on that day.");
            break;
        }
    }
    return result;
}

void BodyMeetingDialog::setPresent(qint64 memberId, bool present)
{
    for (int row = 0; row < m_ui->attendance->count(); ++row) {
        QListWidgetItem *item = m_ui->attendance->item(row);
        if (item->data(Qt::UserRole).toLongLong() == memberId)
            item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace dc

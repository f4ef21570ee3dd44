#include "BodyMeetingTableModel.h"

#include "BodyRepository.h"
#include "BodyRules.h"

namespace dc {

BodyMeetingTableModel::BodyMeetingTableModel(QSqlDatabase db, qint64 bodyId, QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Date")},
                     {QT_TR_NOOP("Agenda")},
                     {QT_TR_NOOP("Members present"), Numeric},
                     {QT_TR_NOOP("Decisions and recommendations")},
                     {QT_TR_NOOP("Minutes")}},
                    parent),
      m_bodyId(bodyId)
{
    refresh();
}

void BodyMeetingTableModel::setBody(qint64 bodyId)
{
    m_bodyId = bodyId;
    refresh();
}

QList<RowTableModel::Row> BodyMeetingTableModel::load() const
{
    QList<Row> rows;
    if (m_bodyId == 0)
        return rows;
    const BodyRepository repository(db());
    const std::optional<ConsultativeBody> body = repository.body(m_bodyId);
    if (!body)
        return rows;
    const QList<BodyMember> members = repository.members(m_bodyId);
    for (const BodyMeeting &m : repository.meetings(m_bodyId)) {
        const int present = BodyRules::presentVotingMembers(m, members);
        Row row;
        row.id = m.id;
        row.raw = {m.heldOn.toString(Qt::ISODate), m.agenda, present, m.decisions,
                   m.minutesPublished};
        row.display = row.raw;
        row.display[Date] = m.heldOn.toString(QStringLiteral("dd.MM.yyyy"));
        // Alternates and the secretariat come too, but do not count for the quorum.
        row.display[Present] = tr("%1 (%2 in all)").arg(present).arg(m.attendees.size());
        row.display[MinutesPublished] = m.minutesPublished ? tr("published") : tr("not published");
        if (body->quorum && present < *body->quorum) {
            BodyWarning w{BodyWarning::Kind::MeetingBelowQuorum,
                          body->id,
                          0,
                          m.id,
                          m.heldOn,
                          present,
                          *body->quorum};
            row.warning = true;
            row.toolTip = w.message();
        }
        rows << row;
    }
    return rows;
}

} // namespace dc

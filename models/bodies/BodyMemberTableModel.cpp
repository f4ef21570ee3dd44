#include "BodyMemberTableModel.h"
#include "core/Dates.h"

#include "BodyRepository.h"
#include "BodyRules.h"

#include <QHash>

namespace dc {

BodyMemberTableModel::BodyMemberTableModel(QSqlDatabase db, qint64 bodyId, const QDate &today,
                                           QObject *parent)
    : RowTableModel(std::move(db),
                    {{QT_TR_NOOP("Body")},
                     {QT_TR_NOOP("Member")},
                     {QT_TR_NOOP("Representative")},
                     {QT_TR_NOOP("Role")},
                     {QT_TR_NOOP("Mandate start")},
                     {QT_TR_NOOP("Mandate end")},
                     {QT_TR_NOOP("Attendance"), Numeric}},
                    parent),
      m_bodyId(bodyId), m_today(dayOrToday(today))
{
    refresh();
}

void BodyMemberTableModel::setBody(qint64 bodyId)
{
    m_bodyId = bodyId;
    refresh();
}

void BodyMemberTableModel::setOrganization(qint64 organizationId)
{
    m_organizationId = organizationId;
    refresh();
}

QList<RowTableModel::Row> BodyMemberTableModel::load() const
{
    const BodyRepository repository(db());
    QHash<qint64, QString> warnings;
    QHash<qint64, AttendanceRate> rates;
    for (const ConsultativeBody &b : repository.bodies()) {
        if (m_bodyId != 0 && b.id != m_bodyId)
            continue;
        const QList<BodyMember> members = repository.members(b.id);
        const QList<BodyMeeting> meetings = repository.meetings(b.id);
        for (const BodyWarning &w : BodyRules::check(b, members, meetings, m_today)) {
            if (w.memberId > 0)
                warnings.insert(w.memberId, w.message());
        }
        for (const AttendanceRate &r :
             BodyRules::attendance(members, meetings, QDate(1900, 1, 1), m_today))
            rates.insert(r.memberId, r);
    }
    QList<Row> rows;
    for (const Seat &seat : repository.seats(m_organizationId)) {
        const BodyMember &m = seat.member;
        if (m_bodyId != 0 && m.bodyId != m_bodyId)
            continue;
        const AttendanceRate rate = rates.value(m.id);
        Row row;
        row.id = m.id;
        row.raw = {seat.bodyName,
                   seat.memberName,
                   m.representative,
                   memberRoleCode(m.role),
                   m.mandateStart.toString(Qt::ISODate),
                   m.mandateEnd.toString(Qt::ISODate),
                   rate.meetings > 0 ? QVariant(rate.percent()) : QVariant()};
        row.display = row.raw;
        row.display[Role] = memberRoleName(m.role);
        row.display[MandateStart] = m.mandateStart.toString(QStringLiteral("dd.MM.yyyy"));
        row.display[MandateEnd] = m.mandateEnd.isValid()
                                      ? m.mandateEnd.toString(QStringLiteral("dd.MM.yyyy"))
                                      : QString();
        row.display[Attendance] =
            rate.meetings > 0
                ? tr("%1% (%2 of %3)").arg(rate.percent()).arg(rate.attended).arg(rate.meetings)
                : QString();
        row.warning = warnings.contains(m.id);
        row.toolTip = warnings.value(m.id);
        rows << row;
    }
    return rows;
}

} // namespace dc

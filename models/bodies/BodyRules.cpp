#include "BodyRules.h"

namespace dc {

namespace {

bool sameSeatHolder(const BodyMember &a, const BodyMember &b)
{
    return a.bodyId == b.bodyId && a.organizationId == b.organizationId &&
           a.institutionId == b.institutionId && a.role == b.role;
}

} // namespace

QList<BodyWarning> BodyRules::check(const ConsultativeBody &body, const QList<BodyMember> &members,
                                    const QList<BodyMeeting> &meetings, const QDate &today)
{
    QList<BodyWarning> warnings;
    if (body.status == BodyStatus::Dissolved)
        return warnings;
    for (const BodyMember &m : members) {
        if (!m.mandateEnd.isValid() || m.mandateEnd >= today)
            continue;
        // A seat renewed by a later mandate of the same holder is history, not a warning.
        bool renewed = false;
        for (const BodyMember &other : members) {
            if (other.id != m.id && sameSeatHolder(m, other) && other.mandateStart > m.mandateStart)
                renewed = true;
        }
        if (!renewed)
            warnings.append(
                {BodyWarning::Kind::MandateExpired, body.id, m.id, 0, m.mandateEnd, 0, 0});
    }
    if (body.quorum) {
        const int serving = servingVotingMembers(members, today);
        if (serving < *body.quorum)
            warnings.append(
                {BodyWarning::Kind::BelowQuorum, body.id, 0, 0, today, serving, *body.quorum});
        for (const BodyMeeting &meeting : meetings) {
            const int present = presentVotingMembers(meeting, members);
            if (present < *body.quorum) {
                warnings.append({BodyWarning::Kind::MeetingBelowQuorum, body.id, 0, meeting.id,
                                 meeting.heldOn, present, *body.quorum});
            }
        }
    }
    return warnings;
}

int BodyRules::servingVotingMembers(const QList<BodyMember> &members, const QDate &day)
{
    int count = 0;
    for (const BodyMember &m : members) {
        if (m.countsForQuorum() && m.servesOn(day))
            ++count;
    }
    return count;
}

int BodyRules::presentVotingMembers(const BodyMeeting &meeting, const QList<BodyMember> &members)
{
    int count = 0;
    for (const BodyMember &m : members) {
        if (m.countsForQuorum() && meeting.attendees.contains(m.id))
            ++count;
    }
    return count;
}

QList<BodyMember> BodyRules::expiring(const QList<BodyMember> &members, const QDate &today,
                                      int days)
{
    QList<BodyMember> result;
    const QDate last = today.addDays(days);
    for (const BodyMember &m : members) {
        if (m.mandateEnd.isValid() && m.mandateEnd >= today && m.mandateEnd <= last)
            result << m;
    }
    return result;
}

QList<AttendanceRate> BodyRules::attendance(const QList<BodyMember> &members,
                                            const QList<BodyMeeting> &meetings, const QDate &from,
                                            const QDate &to)
{
    QList<AttendanceRate> rates;
    for (const BodyMember &m : members) {
        AttendanceRate rate;
        rate.memberId = m.id;
        for (const BodyMeeting &meeting : meetings) {
            if (meeting.bodyId != m.bodyId || meeting.heldOn < from || meeting.heldOn > to ||
                !m.servesOn(meeting.heldOn))
                continue;
            ++rate.meetings;
            if (meeting.attendees.contains(m.id))
                ++rate.attended;
        }
        rates << rate;
    }
    return rates;
}

} // namespace dc

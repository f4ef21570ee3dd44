#pragma once

#include "AttendanceRate.h"
#include "BodyMeeting.h"
#include "BodyMember.h"
#include "BodyWarning.h"
#include "ConsultativeBody.h"

#include <QList>

namespace dc {

/// The rules of a consultative body, on plain records (no database): expired mandates, quorum of
/// the serving members and of each meeting, mandates ending soon, attendance rates.
class BodyRules final
{
public:
    /// Every broken rule of @p body on @p today. A dissolved body is not warned about.
    static QList<BodyWarning> check(const ConsultativeBody &body, const QList<BodyMember> &members,
                                    const QList<BodyMeeting> &meetings, const QDate &today);
    /// The members that count for the quorum (chair and members) serving on @p day.
    static int servingVotingMembers(const QList<BodyMember> &members, const QDate &day);
    /// The members present at @p meeting who count for the quorum.
    static int presentVotingMembers(const BodyMeeting &meeting, const QList<BodyMember> &members);
    /// Mandates that end between @p today and @p today + @p days (both included).
    static QList<BodyMember> expiring(const QList<BodyMember> &members, const QDate &today,
                                      int days);
    /// For each member, the meetings in [@p from, @p to] held while it served, and how many it came
    /// to.
    static QList<AttendanceRate> attendance(const QList<BodyMember> &members,
                                            const QList<BodyMeeting> &meetings, const QDate &from,
                                            const QDate &to);
};

} // namespace dc

#pragma once

#include "BodyMeeting.h"
#include "BodyMember.h"
#include "ConsultativeBody.h"
#include "Seat.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes consultative bodies, their members and their meetings. Each public write is
/// one transaction with its audit rows.
class BodyRepository final
{
public:
    explicit BodyRepository(QSqlDatabase db);

    /// All bodies in Romanian alphabetical order.
    QList<ConsultativeBody> bodies() const;
    std::optional<ConsultativeBody> body(qint64 id) const;
    /// Matched without case and diacritics.
    std::optional<qint64> findBodyIdByName(const QString &name) const;
    Result<qint64> addBody(ConsultativeBody body);
    Status updateBody(ConsultativeBody body);
    /// Removes the body with its members and meetings.
    Status removeBody(qint64 id);
    /// Puts a removed body back under its old id with its members and meetings (and their
    /// attendance), in one transaction: the undo of removeBody().
    Status restoreBody(ConsultativeBody body, const QList<BodyMember> &members,
                       const QList<BodyMeeting> &meetings);

    /// The members of @p bodyId by mandate start; of every body when 0.
    QList<BodyMember> members(qint64 bodyId = 0) const;
    std::optional<BodyMember> member(qint64 id) const;
    Result<qint64> addMember(BodyMember member);
    Status updateMember(BodyMember member);
    Status removeMember(qint64 id);
    /// Puts a removed member back under its old id, present again at @p attendedMeetings: the
    /// undo of removeMember() (and the redo of addMember()).
    Status restoreMember(BodyMember member, const QList<qint64> &attendedMeetings = {});

    /// The meetings of @p bodyId by date, with their attendance; of every body when 0.
    QList<BodyMeeting> meetings(qint64 bodyId = 0) const;
    std::optional<BodyMeeting> meeting(qint64 id) const;
    Result<qint64> addMeeting(BodyMeeting meeting);
    Status updateMeeting(BodyMeeting meeting);
    Status removeMeeting(qint64 id);
    /// Puts a removed meeting back under its old id with its attendance.
    Status restoreMeeting(BodyMeeting meeting);

    /// Every membership with its body's and holder's names, by body then mandate start; only the
    /// seats of @p organizationId when it is not 0 (an organization's seats across bodies).
    QList<Seat> seats(qint64 organizationId = 0) const;

private:
    Status writeAttendance(qint64 meetingId, const QList<qint64> &attendees);

    QSqlDatabase m_db;
};

} // namespace dc

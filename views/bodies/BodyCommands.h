#pragma once

#include "bodies/BodyMeeting.h"
#include "bodies/BodyMember.h"
#include "bodies/ConsultativeBody.h"
#include "common/RecordChangeCommand.h"

#include <QList>

// The user's changes to consultative bodies, their members and their meetings as undoable
// commands. Undo of a deletion puts the record back under the same id with what hung on it
// (members, meetings, attendance); redo of an addition puts it back under the id it first got.

namespace dc {

/// Adds, edits or deletes a consultative body (with its members and meetings).
class BodyCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(BodyCommand)

public:
    /// @p before is ignored for Add, @p after for Delete.
    BodyCommand(RecordCommandContext context, Action action, ConsultativeBody before,
                ConsultativeBody after);

private:
    Status apply() override;
    Status revert() override;

    ConsultativeBody m_before;
    ConsultativeBody m_after;
    QList<BodyMember> m_members;
    QList<BodyMeeting> m_meetings;
};

/// Adds, edits (or ends the mandate of) or deletes a member of a body.
class BodyMemberCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(BodyMemberCommand)

public:
    /// @p endsMandate only names an Edit that ends the mandate in the Undo/Redo menu.
    BodyMemberCommand(RecordCommandContext context, Action action, BodyMember before,
                      BodyMember after, const QString &memberName, bool endsMandate = false);

private:
    Status apply() override;
    Status revert() override;
    Status put(const BodyMember &record);
    Status drop();

    BodyMember m_before;
    BodyMember m_after;
    QList<qint64> m_attended; ///< the meetings the member came to, kept while it is deleted
};

/// Adds, edits or deletes a meeting of a body (with its attendance).
class BodyMeetingCommand final : public RecordChangeCommand<BodyMeeting>
{
    Q_DECLARE_TR_FUNCTIONS(BodyMeetingCommand)

public:
    BodyMeetingCommand(RecordCommandContext context, Action action, BodyMeeting before,
                       BodyMeeting after);
};

} // namespace dc

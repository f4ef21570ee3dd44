#pragma once

#include "bodies/BodyMeeting.h"
#include "bodies/BodyMember.h"
#include "bodies/ConsultativeBody.h"
#include "common/RecordChangeCommand.h"

// The user's changes to consultative bodies, their members and their meetings as undoable
// commands. Undo of a deletion puts the record back under the same id with what hung on it
// (members, meetings, attendance); redo of an addition puts it back under the id it first got.

namespace dc {

/// Adds, edits or deletes a consultative body (with its members and meetings).
class BodyCommand final : public RecordChangeCommand<ConsultativeBody>
{
    Q_DECLARE_TR_FUNCTIONS(BodyCommand)

public:
    /// @p before is ignored for Add, @p after for Delete.
    BodyCommand(RecordCommandContext context, Action action, ConsultativeBody before,
                ConsultativeBody after);
};

/// Adds, edits (or ends the mandate of) or deletes a member of a body (with the meetings it came
/// to).
class BodyMemberCommand final : public RecordChangeCommand<BodyMember>
{
    Q_DECLARE_TR_FUNCTIONS(BodyMemberCommand)

public:
    /// @p endsMandate only names an Edit that ends the mandate in the Undo/Redo menu.
    BodyMemberCommand(RecordCommandContext context, Action action, BodyMember before,
                      BodyMember after, const QString &memberName, bool endsMandate = false);
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

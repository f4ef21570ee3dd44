#pragma once

#include "DraftActCommands.h"
#include "transparency/Institution.h"
#include "transparency/PublicMeeting.h"

namespace dc {

/// Deletes an institution that no record refers to (the repository refuses otherwise, naming
/// them); undo puts it back under its old id.
class DeleteInstitutionCommand final : public RecordChangeCommand<Institution>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteInstitutionCommand)

public:
    DeleteInstitutionCommand(RecordCommandContext context, Institution institution);
};

/// Deletes a public meeting; undo puts it back under its old id.
class DeletePublicMeetingCommand final : public RecordChangeCommand<PublicMeeting>
{
    Q_DECLARE_TR_FUNCTIONS(DeletePublicMeetingCommand)

public:
    DeletePublicMeetingCommand(RecordCommandContext context, PublicMeeting meeting);
};

} // namespace dc

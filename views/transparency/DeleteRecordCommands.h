#pragma once

#include "DraftActCommands.h"
#include "transparency/Institution.h"
#include "transparency/PublicMeeting.h"

namespace dc {

/// Deletes an institution that no record refers to (the repository refuses otherwise, naming
/// them); undo puts it back under its old id.
class DeleteInstitutionCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteInstitutionCommand)

public:
    DeleteInstitutionCommand(TransparencyCommandContext context, Institution institution);

private:
    Status apply() override;
    Status revert() override;
    Institution m_record;
};

/// Deletes a public meeting; undo puts it back under its old id.
class DeletePublicMeetingCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePublicMeetingCommand)

public:
    DeletePublicMeetingCommand(TransparencyCommandContext context, PublicMeeting meeting);

private:
    Status apply() override;
    Status revert() override;
    PublicMeeting m_record;
};

} // namespace dc

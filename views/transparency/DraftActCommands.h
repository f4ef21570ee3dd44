#pragma once

#include "common/RecordChangeCommand.h"
#include "transparency/DraftAct.h"
#include "transparency/Institution.h"
#include "transparency/PublicMeeting.h"
#include "transparency/Recommendation.h"

// The user's changes to draft acts and their recommendations, institutions and public meetings as
// undoable commands. Undo of a deletion puts the record back under the same id (a draft with its
// recommendations); redo of an addition puts it back under the id it first got.

namespace dc {

/// Adds, edits or deletes a draft act (with its recommendations).
class DraftActCommand final : public RecordChangeCommand<DraftAct>
{
    Q_DECLARE_TR_FUNCTIONS(DraftActCommand)

public:
    /// @p before is ignored for Add, @p after for Delete.
    DraftActCommand(RecordCommandContext context, Action action, DraftAct before, DraftAct after);
};

/// Adds, edits or deletes a recommendation received on a draft.
class RecommendationCommand final : public RecordChangeCommand<Recommendation>
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationCommand)

public:
    RecommendationCommand(RecordCommandContext context, Action action, Recommendation before,
                          Recommendation after);
};

/// Adds, edits or deletes an institution; the repository refuses to delete one that a record
/// refers to, naming them.
class InstitutionCommand final : public RecordChangeCommand<Institution>
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionCommand)

public:
    InstitutionCommand(RecordCommandContext context, Action action, Institution before,
                       Institution after);
};

/// Adds, edits or deletes a public meeting.
class PublicMeetingCommand final : public RecordChangeCommand<PublicMeeting>
{
    Q_DECLARE_TR_FUNCTIONS(PublicMeetingCommand)

public:
    PublicMeetingCommand(RecordCommandContext context, Action action, PublicMeeting before,
                         PublicMeeting after);
};

} // namespace dc

#pragma once

#include "common/RecordChangeCommand.h"
#include "funding/FundingAward.h"
#include "funding/FundingCall.h"

// The user's changes to funding calls and awards as undoable commands. Undo of a deletion puts
// the record back under the same id; redo of an addition puts it back under the id it first got.

namespace dc {

/// Adds, edits or deletes a funding call (a call with awards cannot be deleted).
class FundingCallCommand final : public RecordChangeCommand<FundingCall>
{
    Q_DECLARE_TR_FUNCTIONS(FundingCallCommand)

public:
    FundingCallCommand(RecordCommandContext context, Action action, FundingCall before,
                       FundingCall after);
};

/// Adds, edits or deletes an award.
class FundingAwardCommand final : public RecordChangeCommand<FundingAward>
{
    Q_DECLARE_TR_FUNCTIONS(FundingAwardCommand)

public:
    FundingAwardCommand(RecordCommandContext context, Action action, FundingAward before,
                        FundingAward after);
};

} // namespace dc

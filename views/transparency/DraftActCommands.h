#pragma once

#include "common/RecordChangeCommand.h"
#include "transparency/DraftAct.h"
#include "transparency/Institution.h"
#include "transparency/PublicMeeting.h"
#include "transparency/Recommendation.h"

#include <QList>

// The user's changes to draft acts and their recommendations, institutions and public meetings as
// undoable commands (RecordCommand).

namespace dc {

/// Adds a draft act; undo deletes it, redo puts it back under the same id.
class AddDraftActCommand final : public RecordChangeCommand<DraftAct>
{
    Q_DECLARE_TR_FUNCTIONS(AddDraftActCommand)

public:
    AddDraftActCommand(RecordCommandContext context, DraftAct draft);
};

/// Saves the changes to a draft act; undo saves it as it was.
class EditDraftActCommand final : public RecordChangeCommand<DraftAct>
{
    Q_DECLARE_TR_FUNCTIONS(EditDraftActCommand)

public:
    EditDraftActCommand(RecordCommandContext context, DraftAct before, DraftAct after);
};

/// Deletes a draft act with its recommendations; undo puts them back under the same ids.
class DeleteDraftActCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteDraftActCommand)

public:
    DeleteDraftActCommand(RecordCommandContext context, DraftAct draft);

private:
    Status apply() override;
    Status revert() override;
    DraftAct m_record;
    QList<Recommendation> m_recommendations;
};

/// Adds, edits or deletes a recommendation received on a draft.
class RecommendationCommand final : public RecordChangeCommand<Recommendation>
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationCommand)

public:
    RecommendationCommand(RecordCommandContext context, Action action, Recommendation before,
                          Recommendation after);
};

/// Adds an institution (undo deletes it) or saves its changes (undo saves it as it was).
class InstitutionCommand final : public RecordChangeCommand<Institution>
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionCommand)

public:
    /// An addition when @p before has no id.
    InstitutionCommand(RecordCommandContext context, Institution before, Institution after);
};

/// Deletes an institution that no record refers to (the repository refuses otherwise, naming
/// them); undo puts it back under its old id.
class DeleteInstitutionCommand final : public RecordChangeCommand<Institution>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteInstitutionCommand)

public:
    DeleteInstitutionCommand(RecordCommandContext context, Institution institution);
};

/// Adds a public meeting (undo deletes it) or saves its changes (undo saves it as it was).
class PublicMeetingCommand final : public RecordChangeCommand<PublicMeeting>
{
    Q_DECLARE_TR_FUNCTIONS(PublicMeetingCommand)

public:
    /// An addition when @p before has no id.
    PublicMeetingCommand(RecordCommandContext context, PublicMeeting before, PublicMeeting after);
};

/// Deletes a public meeting; undo puts it back under its old id.
class DeletePublicMeetingCommand final : public RecordChangeCommand<PublicMeeting>
{
    Q_DECLARE_TR_FUNCTIONS(DeletePublicMeetingCommand)

public:
    DeletePublicMeetingCommand(RecordCommandContext context, PublicMeeting meeting);
};

} // namespace dc

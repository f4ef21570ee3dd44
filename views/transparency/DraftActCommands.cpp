#include "DraftActCommands.h"

#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <utility>

namespace dc {

namespace {

RecordStore<DraftAct> draftStore(const QSqlDatabase &db)
{
    // An added draft has no recommendations yet: its redo puts back the draft alone.
    return RecordStore<DraftAct>::of<DraftActRepository>(
        db, &DraftActRepository::add, &DraftActRepository::update, &DraftActRepository::remove,
        [](DraftActRepository &repository, const DraftAct &draft) {
            return repository.restore(draft, {});
        },
        &DraftActRepository::find);
}

} // namespace

// --- Draft acts ---------------------------------------------------------------------------------

AddDraftActCommand::AddDraftActCommand(RecordCommandContext context, DraftAct draft)
    : RecordChangeCommand(context, Action::Add, {}, std::move(draft), draftStore(context.db))
{
    //: Undo/Redo menu text; %1 is the draft's title
    setText(tr("Add the draft “%1”").arg(shortName(m_after.title)));
}

EditDraftActCommand::EditDraftActCommand(RecordCommandContext context, DraftAct before,
                                         DraftAct after)
    : RecordChangeCommand(context, Action::Edit, std::move(before), std::move(after),
                          draftStore(context.db))
{
    //: Undo/Redo menu text; %1 is the draft's title
    setText(tr("Edit the draft “%1”").arg(shortName(m_after.title)));
}

DeleteDraftActCommand::DeleteDraftActCommand(RecordCommandContext context, DraftAct draft)
    : RecordCommand(std::move(context), Action::Delete), m_record(std::move(draft))
{
    m_id = m_record.id;
    //: Undo/Redo menu text; %1 is the draft's title
    setText(tr("Delete the draft “%1”").arg(shortName(m_record.title)));
}

Status DeleteDraftActCommand::apply()
{
    DraftActRepository repository(m_db);
    m_recommendations = repository.recommendations(m_id);
    return repository.remove(m_id);
}

Status DeleteDraftActCommand::revert()
{
    // Back under the same ids, so that whatever refers to them finds them again.
    return DraftActRepository(m_db).restore(m_record, m_recommendations);
}

// --- Recommendations ----------------------------------------------------------------------------

RecommendationCommand::RecommendationCommand(RecordCommandContext context, Action action,
                                             Recommendation before, Recommendation after)
    : RecordChangeCommand(
          context, action, std::move(before), std::move(after),
          RecordStore<Recommendation>::of<DraftActRepository>(
              context.db, &DraftActRepository::addRecommendation,
              &DraftActRepository::updateRecommendation, &DraftActRepository::removeRecommendation,
              &DraftActRepository::restoreRecommendation, &DraftActRepository::findRecommendation))
{
    setActionText(tr("Add a recommendation"), tr("Edit a recommendation"),
                  tr("Delete a recommendation"));
}

// --- Institutions -------------------------------------------------------------------------------

InstitutionCommand::InstitutionCommand(RecordCommandContext context, Institution before,
                                       Institution after)
    : RecordChangeCommand(context, before.id > 0 ? Action::Edit : Action::Add, before,
                          std::move(after),
                          RecordStore<Institution>::of<InstitutionRepository>(context.db))
{
    //: Undo/Redo menu text; %1 is the institution's name
    setText(m_id ? tr("Edit the institution “%1”").arg(shortName(m_after.name))
                 : tr("Add the institution “%1”").arg(shortName(m_after.name)));
}

DeleteInstitutionCommand::DeleteInstitutionCommand(RecordCommandContext context,
                                                   Institution institution)
    : RecordChangeCommand(context, Action::Delete, std::move(institution), {},
                          RecordStore<Institution>::of<InstitutionRepository>(context.db))
{
    //: Undo/Redo menu text; %1 is the institution's name
    setText(tr("Delete the institution “%1”").arg(shortName(m_before.name)));
}

// --- Public meetings ----------------------------------------------------------------------------

PublicMeetingCommand::PublicMeetingCommand(RecordCommandContext context, PublicMeeting before,
                                           PublicMeeting after)
    : RecordChangeCommand(context, before.id > 0 ? Action::Edit : Action::Add, before,
                          std::move(after),
                          RecordStore<PublicMeeting>::of<PublicMeetingRepository>(context.db))
{
    //: Undo/Redo menu text; %1 is the meeting's subject
    setText(m_id ? tr("Edit the meeting “%1”").arg(shortName(m_after.subject))
                 : tr("Add the meeting “%1”").arg(shortName(m_after.subject)));
}

DeletePublicMeetingCommand::DeletePublicMeetingCommand(RecordCommandContext context,
                                                       PublicMeeting meeting)
    : RecordChangeCommand(context, Action::Delete, std::move(meeting), {},
                          RecordStore<PublicMeeting>::of<PublicMeetingRepository>(context.db))
{
    //: Undo/Redo menu text; %1 is the meeting's subject
    setText(tr("Delete the meeting “%1”").arg(shortName(m_before.subject)));
}

} // namespace dc

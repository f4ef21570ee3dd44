#include "DraftActCommands.h"

#include "transparency/DraftActRepository.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <memory>
#include <utility>

namespace dc {

namespace {

/// The calls that store a draft: its deletion keeps the recommendations it removes with it, so
/// that putting the draft back under its id puts them back too (under their ids, so that whatever
/// refers to them finds them again).
RecordStore<DraftAct> draftStore(const QSqlDatabase &db)
{
    auto removed = std::make_shared<QList<Recommendation>>();
    return RecordStore<DraftAct>::of<DraftActRepository>(
        db, &DraftActRepository::add, &DraftActRepository::update,
        [removed](DraftActRepository &repository, qint64 id) {
            *removed = repository.recommendations(id);
            return repository.remove(id);
        },
        [removed](DraftActRepository &repository, const DraftAct &draft) {
            return repository.restore(draft, *removed);
        },
        &DraftActRepository::find);
}

} // namespace

// --- Draft acts ---------------------------------------------------------------------------------

DraftActCommand::DraftActCommand(RecordCommandContext context, Action action, DraftAct before,
                                 DraftAct after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          draftStore(context.db))
{
    const QString title = shortName((m_action == Action::Delete ? m_before : m_after).title);
    //: Undo/Redo menu text; %1 is the draft's title
    setActionText(tr("Add the draft “%1”").arg(title),
                  //: Undo/Redo menu text; %1 is the draft's title
                  tr("Edit the draft “%1”").arg(title),
                  //: Undo/Redo menu text; %1 is the draft's title
                  tr("Delete the draft “%1”").arg(title));
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

InstitutionCommand::InstitutionCommand(RecordCommandContext context, Action action,
                                       Institution before, Institution after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          RecordStore<Institution>::of<InstitutionRepository>(context.db))
{
    const QString name = shortName((m_action == Action::Delete ? m_before : m_after).name);
    //: Undo/Redo menu text; %1 is the institution's name
    setActionText(tr("Add the institution “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the institution's name
                  tr("Edit the institution “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the institution's name
                  tr("Delete the institution “%1”").arg(name));
}

// --- Public meetings ----------------------------------------------------------------------------

PublicMeetingCommand::PublicMeetingCommand(RecordCommandContext context, Action action,
                                           PublicMeeting before, PublicMeeting after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          RecordStore<PublicMeeting>::of<PublicMeetingRepository>(context.db))
{
    const QString subject = shortName((m_action == Action::Delete ? m_before : m_after).subject);
    //: Undo/Redo menu text; %1 is the meeting's subject
    setActionText(tr("Add the meeting “%1”").arg(subject),
                  //: Undo/Redo menu text; %1 is the meeting's subject
                  tr("Edit the meeting “%1”").arg(subject),
                  //: Undo/Redo menu text; %1 is the meeting's subject
                  tr("Delete the meeting “%1”").arg(subject));
}

} // namespace dc

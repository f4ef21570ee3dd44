#include "DraftActCommands.h"

#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <utility>

namespace dc {

// --- TransparencyCommand ------------------------------------------------------------------------

TransparencyCommand::TransparencyCommand(TransparencyCommandContext context)
    : m_db(context.db), m_context(std::move(context))
{
}

Status TransparencyCommand::execute()
{
    Status status = apply();
    if (status) {
        m_skipNextRedo = true; // QUndoStack::push() calls redo(): the change is already made
        notify(m_id);
    }
    return status;
}

void TransparencyCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    if (Status status = apply(); !status) {
        fail(status.error());
        return;
    }
    notify(m_id);
}

void TransparencyCommand::undo()
{
    if (Status status = revert(); !status) {
        fail(status.error());
        return;
    }
    notify(m_id);
}

void TransparencyCommand::notify(qint64 id) const
{
    if (m_context.changed)
        m_context.changed(id);
}

void TransparencyCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_context.changed)
        m_context.changed(0);
    if (m_context.failed)
        m_context.failed(message);
}

QString TransparencyCommand::shortName(const QString &name)
{
    constexpr int maxLength = 40;
    return name.size() <= maxLength ? name : name.left(maxLength - 1).trimmed() + QChar(0x2026);
}

// --- Draft acts ---------------------------------------------------------------------------------

AddDraftActCommand::AddDraftActCommand(TransparencyCommandContext context, DraftAct draft)
    : TransparencyCommand(std::move(context)), m_record(std::move(draft))
{
    m_record.id = 0;
    //: Undo/Redo menu text; %1 is the draft's title
    setText(tr("Add the draft “%1”").arg(shortName(m_record.title)));
}

Status AddDraftActCommand::apply()
{
    const Result<qint64> id = DraftActRepository(m_db).add(m_record);
    if (!id)
        return Status::failure(id.error());
    m_id = id.value();
    return Status();
}

Status AddDraftActCommand::revert()
{
    return DraftActRepository(m_db).remove(m_id);
}

EditDraftActCommand::EditDraftActCommand(TransparencyCommandContext context, DraftAct before,
                                         DraftAct after)
    : TransparencyCommand(std::move(context)), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_before.id;
    m_after.id = m_before.id;
    //: Undo/Redo menu text; %1 is the draft's title
    setText(tr("Edit the draft “%1”").arg(shortName(m_after.title)));
}

Status EditDraftActCommand::apply()
{
    return DraftActRepository(m_db).update(m_after);
}

Status EditDraftActCommand::revert()
{
    return DraftActRepository(m_db).update(m_before);
}

DeleteDraftActCommand::DeleteDraftActCommand(TransparencyCommandContext context, DraftAct draft)
    : TransparencyCommand(std::move(context)), m_record(std::move(draft))
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

RecommendationCommand::RecommendationCommand(TransparencyCommandContext context, Action action,
                                             Recommendation before, Recommendation after)
    : TransparencyCommand(std::move(context)), m_action(action), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_action == Action::Add ? 0 : m_before.id;
    switch (m_action) {
    case Action::Add:
        setText(tr("Add a recommendation"));
        break;
    case Action::Edit:
        setText(tr("Edit a recommendation"));
        break;
    case Action::Delete:
        setText(tr("Delete a recommendation"));
        break;
    }
}

Status RecommendationCommand::put(const Recommendation &record)
{
    DraftActRepository repository(m_db);
    Recommendation r = record;
    if (m_id > 0) {
        r.id = m_id;
        return repository.updateRecommendation(r);
    }
    r.id = 0;
    const Result<qint64> id = repository.addRecommendation(r);
    if (!id)
        return Status::failure(id.error());
    m_id = id.value();
    return Status();
}

Status RecommendationCommand::drop()
{
    const Status status = DraftActRepository(m_db).removeRecommendation(m_id);
    if (status)
        m_id = 0;
    return status;
}

Status RecommendationCommand::apply()
{
    switch (m_action) {
    case Action::Add:
    case Action::Edit:
        return put(m_after);
    case Action::Delete:
        return drop();
    }
    return Status();
}

Status RecommendationCommand::revert()
{
    switch (m_action) {
    case Action::Add:
        return drop();
    case Action::Edit:
        return put(m_before);
    case Action::Delete:
        // Back under its old id.
        if (Status status = DraftActRepository(m_db).restoreRecommendation(m_before); !status)
            return status;
        m_id = m_before.id;
        return Status();
    }
    return Status();
}

// --- Institutions -------------------------------------------------------------------------------

InstitutionCommand::InstitutionCommand(TransparencyCommandContext context, Institution before,
                                       Institution after)
    : TransparencyCommand(std::move(context)), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_before.id;
    //: Undo/Redo menu text; %1 is the institution's name
    setText(m_id ? tr("Edit the institution “%1”").arg(shortName(m_after.name))
                 : tr("Add the institution “%1”").arg(shortName(m_after.name)));
}

Status InstitutionCommand::apply()
{
    InstitutionRepository repository(m_db);
    if (m_before.id > 0) {
        m_after.id = m_before.id;
        return repository.update(m_after);
    }
    Institution record = m_after;
    record.id = 0;
    const Result<qint64> id = repository.add(record);
    if (!id)
        return Status::failure(id.error());
    m_id = id.value();
    return Status();
}

Status InstitutionCommand::revert()
{
    InstitutionRepository repository(m_db);
    if (m_before.id > 0)
        return repository.update(m_before);
    return repository.remove(m_id);
}

// --- Public meetings ----------------------------------------------------------------------------

PublicMeetingCommand::PublicMeetingCommand(TransparencyCommandContext context, PublicMeeting before,
                                           PublicMeeting after)
    : TransparencyCommand(std::move(context)), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_before.id;
    //: Undo/Redo menu text; %1 is the meeting's subject
    setText(m_id ? tr("Edit the meeting “%1”").arg(shortName(m_after.subject))
                 : tr("Add the meeting “%1”").arg(shortName(m_after.subject)));
}

Status PublicMeetingCommand::apply()
{
    PublicMeetingRepository repository(m_db);
    if (m_before.id > 0) {
        m_after.id = m_before.id;
        return repository.update(m_after);
    }
    PublicMeeting record = m_after;
    record.id = 0;
    const Result<qint64> id = repository.add(record);
    if (!id)
        return Status::failure(id.error());
    m_id = id.value();
    return Status();
}

Status PublicMeetingCommand::revert()
{
    PublicMeetingRepository repository(m_db);
    if (m_before.id > 0)
        return repository.update(m_before);
    return repository.remove(m_id);
}

} // namespace dc

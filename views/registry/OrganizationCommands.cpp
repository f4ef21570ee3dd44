#include "OrganizationCommands.h"

#include "registry/OrganizationAliasRepository.h"

#include <utility>

namespace dc {

// --- OrganizationCommand ------------------------------------------------------------------------

OrganizationCommand::OrganizationCommand(OrganizationCommandContext context)
    : m_repository(context.db), m_db(context.db), m_context(std::move(context))
{
}

Status OrganizationCommand::execute()
{
    Status status = apply();
    if (status) {
        m_skipNextRedo = true; // QUndoStack::push() calls redo(): the change is already made
        notify(selectionAfterApply());
    }
    return status;
}

void OrganizationCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    if (Status status = apply(); !status) {
        fail(status.error());
        return;
    }
    notify(selectionAfterApply());
}

void OrganizationCommand::undo()
{
    if (Status status = revert(); !status) {
        fail(status.error());
        return;
    }
    notify(selectionAfterRevert());
}

void OrganizationCommand::notify(qint64 id) const
{
    if (m_context.changed)
        m_context.changed(id);
}

void OrganizationCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_context.changed)
        m_context.changed(0); // show what the file holds now
    if (m_context.failed)
        m_context.failed(message);
}

QString OrganizationCommand::shortName(const QString &name)
{
    constexpr int maxLength = 40;
    return name.size() <= maxLength ? name : name.left(maxLength - 1).trimmed() + QChar(0x2026);
}

// --- AddOrganizationCommand ---------------------------------------------------------------------

AddOrganizationCommand::AddOrganizationCommand(OrganizationCommandContext context,
                                               Organization organization)
    : OrganizationCommand(std::move(context)), m_record(std::move(organization))
{
    m_record.id = 0;
    //: Undo/Redo menu text ("Undo Add “Asociația X”"); %1 is the organization's name
    setText(tr("Add “%1”").arg(shortName(m_record.name)));
}

Status AddOrganizationCommand::apply()
{
    if (!m_added) {
        Result<qint64> id = m_repository.add(m_record);
        if (!id)
            return Status::failure(id.error());
        m_id = *id;
        m_added = true;
        // Keep the record as stored (normalized, with its creation time) for the redo after an
        // undo.
        if (std::optional<Organization> stored = m_repository.find(m_id))
            m_record = *stored;
        m_record.id = m_id;
        return {};
    }
    return m_repository.restore(m_record);
}

Status AddOrganizationCommand::revert()
{
    return m_repository.remove(m_id);
}

// --- EditOrganizationCommand --------------------------------------------------------------------

EditOrganizationCommand::EditOrganizationCommand(OrganizationCommandContext context,
                                                 Organization before, Organization after)
    : OrganizationCommand(std::move(context)), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_before.id;
    m_after.id = m_id;
    //: Undo/Redo menu text; %1 is the organization's name
    setText(tr("Edit “%1”").arg(shortName(m_after.name)));
}

Status EditOrganizationCommand::apply()
{
    return m_repository.update(m_after);
}

Status EditOrganizationCommand::revert()
{
    return m_repository.update(m_before);
}

// --- DeleteOrganizationCommand ------------------------------------------------------------------

DeleteOrganizationCommand::DeleteOrganizationCommand(OrganizationCommandContext context,
                                                     Organization organization)
    : OrganizationCommand(std::move(context)), m_record(std::move(organization))
{
    m_id = m_record.id;
    //: Undo/Redo menu text; %1 is the organization's name
    setText(tr("Delete “%1”").arg(shortName(m_record.name)));
}

Status DeleteOrganizationCommand::apply()
{
    // Refused, naming them, while seats or funding awards refer to it.
    Result<RemovedOrganization> removed = OrganizationRemoval::remove(m_db, m_id);
    if (!removed)
        return Status::failure(removed.error());
    m_removed = std::move(*removed);
    return {};
}

Status DeleteOrganizationCommand::revert()
{
    return OrganizationRemoval::restore(m_db, m_removed);
}

// --- SameOrganizationCommand --------------------------------------------------------------------

SameOrganizationCommand::SameOrganizationCommand(OrganizationCommandContext context,
                                                 qint64 organizationId, qint64 sameAsId,
                                                 const QString &name, bool mark)
    : OrganizationCommand(std::move(context)), m_sameAsId(sameAsId), m_mark(mark)
{
    m_id = organizationId;
    setText(mark ? //: Undo/Redo menu text; %1 is the organization's name
                tr("Mark “%1” as the same organization").arg(shortName(name))
                 : //: Undo/Redo menu text; %1 is the organization's name
                tr("Remove the mark of “%1”").arg(shortName(name)));
}

Status SameOrganizationCommand::apply()
{
    OrganizationAliasRepository aliases(m_db);
    return m_mark ? aliases.mark(m_id, m_sameAsId) : aliases.unmark(m_id);
}

Status SameOrganizationCommand::revert()
{
    OrganizationAliasRepository aliases(m_db);
    return m_mark ? aliases.unmark(m_id) : aliases.mark(m_id, m_sameAsId);
}

} // namespace dc

#include "OrganizationCommands.h"

#include "registry/OrganizationAliasRepository.h"
#include "registry/OrganizationRepository.h"

#include <utility>

namespace dc {

// --- AddOrganizationCommand ---------------------------------------------------------------------

AddOrganizationCommand::AddOrganizationCommand(RecordCommandContext context,
                                               Organization organization)
    : RecordChangeCommand(context, Action::Add, {}, std::move(organization),
                          RecordStore<Organization>::of<OrganizationRepository>(context.db))
{
    //: Undo/Redo menu text ("Undo Add “Asociația X”"); %1 is the organization's name
    setText(tr("Add “%1”").arg(shortName(m_after.name)));
}

// --- EditOrganizationCommand --------------------------------------------------------------------

EditOrganizationCommand::EditOrganizationCommand(RecordCommandContext context, Organization before,
                                                 Organization after)
    : RecordChangeCommand(context, Action::Edit, std::move(before), std::move(after),
                          RecordStore<Organization>::of<OrganizationRepository>(context.db))
{
    //: Undo/Redo menu text; %1 is the organization's name
    setText(tr("Edit “%1”").arg(shortName(m_after.name)));
}

// --- DeleteOrganizationCommand ------------------------------------------------------------------

DeleteOrganizationCommand::DeleteOrganizationCommand(RecordCommandContext context,
                                                     Organization organization)
    : RecordCommand(std::move(context), Action::Delete), m_record(std::move(organization))
{
    m_id = m_record.id;
    //: Undo/Redo menu text; %1 is the organization's name
    setText(tr("Delete “%1”").arg(shortName(m_record.name)));
}

Status DeleteOrganizationCommand::apply()
{
    OrganizationRepository repository(m_db);
    return checkedWrite(
        m_db,
        [&] {
            // The organization as the user agreed to delete it (a record gone: the removal's own
            // failure).
            const std::optional<Organization> now = repository.find(m_id);
            return now ? unchangedSince(std::optional<Organization>(m_record), now) : Status();
        },
        [&] {
            // Refused, naming them, while seats or funding awards refer to it.
            Result<RemovedOrganization> removed = OrganizationRemoval::remove(m_db, m_id);
            if (!removed)
                return Status::failure(removed.error());
            m_removed = std::move(*removed);
            return Status();
        });
}

Status DeleteOrganizationCommand::revert()
{
    return inTransaction(m_db, [this] {
        const Status restored = OrganizationRemoval::restore(m_db, m_removed);
        // As stored again: the version the redo deletes.
        if (restored) {
            if (std::optional<Organization> record = OrganizationRepository(m_db).find(m_id))
                m_record = std::move(*record);
        }
        return restored;
    });
}

// --- SameOrganizationCommand --------------------------------------------------------------------

SameOrganizationCommand::SameOrganizationCommand(RecordCommandContext context,
                                                 qint64 organizationId, qint64 sameAsId,
                                                 const QString &name, bool mark)
    : RecordCommand(std::move(context), Action::Edit), m_sameAsId(sameAsId), m_mark(mark)
{
    m_id = organizationId;
    setText(mark ? //: Undo/Redo menu text; %1 is the organization's name
                tr("Mark “%1” as the same organization").arg(shortName(name))
                 : //: Undo/Redo menu text; %1 is the organization's name
                tr("Remove the mark of “%1”").arg(shortName(name)));
}

Status SameOrganizationCommand::apply()
{
    return m_mark ? OrganizationAliasRepository(m_db).mark(m_id, m_sameAsId) : unmark();
}

Status SameOrganizationCommand::revert()
{
    return m_mark ? unmark() : OrganizationAliasRepository(m_db).mark(m_id, m_sameAsId);
}

Status SameOrganizationCommand::unmark()
{
    OrganizationAliasRepository aliases(m_db);
    return checkedWrite(
        m_db,
        [&] {
            const std::optional<OrganizationAlias> now = aliases.aliasOf(m_id);
            if (!now || now->sameAsId == m_sameAsId)
                return Status();
            const QString key = QStringLiteral("same_as");
            const QString ours =
                OrganizationRepository(m_db).find(m_sameAsId).value_or(Organization()).name;
            return Status::failure(changedMeanwhile({{key, ours}}, {{key, now->sameAsName}}));
        },
        [&] { return aliases.unmark(m_id); });
}

} // namespace dc

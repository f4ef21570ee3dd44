#pragma once

#include "common/RecordChangeCommand.h"
#include "programs/OrganizationRemoval.h"
#include "registry/Organization.h"

// The user's changes to the organization list as undoable commands (RecordCommand).

namespace dc {

/// Adds an organization. Undo deletes it; redo puts it back under the same id.
class AddOrganizationCommand final : public RecordChangeCommand<Organization>
{
    Q_DECLARE_TR_FUNCTIONS(AddOrganizationCommand)

public:
    AddOrganizationCommand(RecordCommandContext context, Organization organization);
};

/// Saves the changes to an organization; undo saves the record as it was before.
class EditOrganizationCommand final : public RecordChangeCommand<Organization>
{
    Q_DECLARE_TR_FUNCTIONS(EditOrganizationCommand)

public:
    EditOrganizationCommand(RecordCommandContext context, Organization before, Organization after);
};

/// Deletes an organization with its partnerships and event places (OrganizationRemoval); undo puts
/// it all back under the old ids.
class DeleteOrganizationCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteOrganizationCommand)

public:
    DeleteOrganizationCommand(RecordCommandContext context, Organization organization);

private:
    Status apply() override;
    Status revert() override;

    Organization m_record;
    RemovedOrganization m_removed;
};

/// Marks a record as the same organization as another (@p mark), or removes that mark; undo does
/// the opposite. The counts take the two records once while the mark is there.
class SameOrganizationCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(SameOrganizationCommand)

public:
    SameOrganizationCommand(RecordCommandContext context, qint64 organizationId, qint64 sameAsId,
                            const QString &name, bool mark);

private:
    Status apply() override;
    Status revert() override;
    /// Removes the mark, unless someone else marked the record as the same as another one since
    /// (a mark over someone else's is refused by the repository itself).
    Status unmark();

    qint64 m_sameAsId = 0;
    bool m_mark = true;
};

} // namespace dc

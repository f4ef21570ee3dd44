#pragma once

#include "core/Result.h"
#include "programs/OrganizationRemoval.h"
#include "registry/Organization.h"
#include "registry/OrganizationRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

// The user's changes to the organization list as undoable commands. Each repository call is one
// transaction. A command does its first redo in execute() and is pushed only when that succeeded,
// so a failed change never sits on the stack; an undo or redo that fails later (the file changed
// under us) tells the page and makes the command obsolete, so that the stack drops it.

namespace dc {

/// What the organization commands work on, and how they tell the page what happened.
struct OrganizationCommandContext
{
    QSqlDatabase db;
    /// The data changed: refresh the list and select @p id (0: keep the position).
    std::function<void(qint64 id)> changed;
    /// An undo or redo failed; the command is dropped from the stack.
    std::function<void(const QString &message)> failed;
};

/// The common part: first execution, failure handling, notifications.
class OrganizationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationCommand)

public:
    OrganizationCommand(const OrganizationCommand &) = delete;
    OrganizationCommand &operator=(const OrganizationCommand &) = delete;

    /// Makes the change the first time; push the command on the stack only when this succeeds.
    Status execute();

    void redo() final;
    void undo() final;

    /// The organization the command is about (known after execute() for an addition).
    qint64 organizationId() const { return m_id; }

protected:
    explicit OrganizationCommand(OrganizationCommandContext context);
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    /// What to select after apply() and after revert() (0: keep the position).
    virtual qint64 selectionAfterApply() const { return m_id; }
    virtual qint64 selectionAfterRevert() const { return m_id; }
    /// A name for the Undo/Redo menu text, shortened when long.
    static QString shortName(const QString &name);

    OrganizationRepository m_repository;
    QSqlDatabase m_db;
    qint64 m_id = 0;

private:
    void notify(qint64 id) const;
    void fail(const QString &message);

    OrganizationCommandContext m_context;
    bool m_skipNextRedo = false;
};

/// Adds an organization. Undo deletes it; redo puts it back under the same id.
class AddOrganizationCommand final : public OrganizationCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddOrganizationCommand)

public:
    AddOrganizationCommand(OrganizationCommandContext context, Organization organization);

private:
    Status apply() override;
    Status revert() override;
    qint64 selectionAfterRevert() const override { return 0; }

    Organization m_record;
    bool m_added = false;
};

/// Saves the changes to an organization; undo saves the record as it was before.
class EditOrganizationCommand final : public OrganizationCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditOrganizationCommand)

public:
    EditOrganizationCommand(OrganizationCommandContext context, Organization before,
                            Organization after);

private:
    Status apply() override;
    Status revert() override;

    Organization m_before;
    Organization m_after;
};

/// Deletes an organization with its partnerships and event places (OrganizationRemoval); undo puts
/// it all back under the old ids.
class DeleteOrganizationCommand final : public OrganizationCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteOrganizationCommand)

public:
    DeleteOrganizationCommand(OrganizationCommandContext context, Organization organization);

private:
    Status apply() override;
    Status revert() override;
    qint64 selectionAfterApply() const override { return 0; }

    Organization m_record;
    RemovedOrganization m_removed;
};

/// Marks a record as the same organization as another (@p mark), or removes that mark; undo does
/// the opposite. The counts take the two records once while the mark is there.
class SameOrganizationCommand final : public OrganizationCommand
{
    Q_DECLARE_TR_FUNCTIONS(SameOrganizationCommand)

public:
    SameOrganizationCommand(OrganizationCommandContext context, qint64 organizationId,
                            qint64 sameAsId, const QString &name, bool mark);

private:
    Status apply() override;
    Status revert() override;

    qint64 m_sameAsId = 0;
    bool m_mark = true;
};

} // namespace dc

#pragma once

#include "core/Result.h"
#include "transparency/DraftAct.h"
#include "transparency/DraftActRepository.h"
#include "transparency/Institution.h"
#include "transparency/PublicMeeting.h"
#include "transparency/Recommendation.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

// The user's changes to draft acts and their recommendations as undoable commands, on the
// pattern of OrganizationCommands: each repository call is one transaction; a command makes its
// change once in execute() and is pushed only when that succeeded; an undo or redo that fails
// later tells the page and makes the command obsolete.

namespace dc {

/// What the transparency commands work on, and how they tell the page what happened.
struct TransparencyCommandContext
{
    QSqlDatabase db;
    /// The data changed: refresh and select @p id (0: keep the position).
    std::function<void(qint64 id)> changed;
    std::function<void(const QString &message)> failed;
};

/// The common part: first execution, failure handling, notifications.
class TransparencyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TransparencyCommand)

public:
    TransparencyCommand(const TransparencyCommand &) = delete;
    TransparencyCommand &operator=(const TransparencyCommand &) = delete;

    /// Makes the change the first time; push the command only when this succeeds.
    Status execute();
    void redo() final;
    void undo() final;
    qint64 recordId() const { return m_id; }

protected:
    explicit TransparencyCommand(TransparencyCommandContext context);
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    static QString shortName(const QString &name);

    QSqlDatabase m_db;
    qint64 m_id = 0;

private:
    void fail(const QString &message);
    void notify(qint64 id) const;

    TransparencyCommandContext m_context;
    bool m_skipNextRedo = false;
};

/// Adds a draft act; undo deletes it, redo adds it again.
class AddDraftActCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddDraftActCommand)

public:
    AddDraftActCommand(TransparencyCommandContext context, DraftAct draft);

private:
    Status apply() override;
    Status revert() override;
    DraftAct m_record;
};

/// Saves the changes to a draft act; undo saves it as it was.
class EditDraftActCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditDraftActCommand)

public:
    EditDraftActCommand(TransparencyCommandContext context, DraftAct before, DraftAct after);

private:
    Status apply() override;
    Status revert() override;
    DraftAct m_before;
    DraftAct m_after;
};

/// Deletes a draft act with its recommendations; undo adds them back (under new numbers).
class DeleteDraftActCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteDraftActCommand)

public:
    DeleteDraftActCommand(TransparencyCommandContext context, DraftAct draft);

private:
    Status apply() override;
    Status revert() override;
    DraftAct m_record;
    QList<Recommendation> m_recommendations;
};

/// Adds, edits or deletes a recommendation received on a draft.
class RecommendationCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationCommand)

public:
    enum class Action
    {
        Add,
        Edit,
        Delete
    };
    RecommendationCommand(TransparencyCommandContext context, Action action, Recommendation before,
                          Recommendation after);

private:
    Status apply() override;
    Status revert() override;
    Status put(const Recommendation &record);
    Status drop();

    Action m_action;
    Recommendation m_before;
    Recommendation m_after;
};

/// Adds an institution (undo deletes it) or saves its changes (undo saves it as it was).
class InstitutionCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionCommand)

public:
    /// An addition when @p before has no id.
    InstitutionCommand(TransparencyCommandContext context, Institution before, Institution after);

private:
    Status apply() override;
    Status revert() override;

    Institution m_before;
    Institution m_after;
};

/// Adds a public meeting (undo deletes it) or saves its changes (undo saves it as it was).
class PublicMeetingCommand final : public TransparencyCommand
{
    Q_DECLARE_TR_FUNCTIONS(PublicMeetingCommand)

public:
    /// An addition when @p before has no id.
    PublicMeetingCommand(TransparencyCommandContext context, PublicMeeting before,
                         PublicMeeting after);

private:
    Status apply() override;
    Status revert() override;

    PublicMeeting m_before;
    PublicMeeting m_after;
};

} // namespace dc

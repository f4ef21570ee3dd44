#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

// The common part of the undoable commands of the bodies and funding pages, on the pattern of
// OrganizationCommands: each repository call is one transaction; a command makes its change once
// in execute() and is pushed only when that succeeded; an undo or redo that fails later (the file
// changed under us) tells the page and makes the command obsolete, so that the stack drops it.

namespace dc {

/// What a record command works on, and how it tells the page what happened.
struct RecordCommandContext
{
    QSqlDatabase db;
    /// The data changed: refresh and select @p id (0: keep the position).
    std::function<void(qint64 id)> changed;
    /// An undo or redo failed; the command is dropped from the stack.
    std::function<void(const QString &message)> failed;
};

/// Adds, edits or deletes one record; subclasses say how for their kind of record.
class RecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

public:
    enum class Action
    {
        Add,
        Edit,
        Delete
    };

    RecordCommand(const RecordCommand &) = delete;
    RecordCommand &operator=(const RecordCommand &) = delete;

    /// Makes the change the first time; push the command only when this succeeds.
    Status execute();
    void redo() final;
    void undo() final;
    /// The record the command is about (known after execute() for an addition).
    qint64 recordId() const { return m_id; }
    Action action() const { return m_action; }

protected:
    RecordCommand(RecordCommandContext context, Action action);
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    /// What to select after a change (0: keep the position); the record, unless it is gone.
    virtual qint64 selectionAfterApply() const { return m_action == Action::Delete ? 0 : m_id; }
    virtual qint64 selectionAfterRevert() const { return m_action == Action::Add ? 0 : m_id; }
    /// A name for the Undo/Redo menu text, shortened when long.
    static QString shortName(const QString &name);

    QSqlDatabase m_db;
    Action m_action;
    qint64 m_id = 0;

private:
    void fail(const QString &message);
    void notify(qint64 id) const;

    RecordCommandContext m_context;
    bool m_skipNextRedo = false;
};

} // namespace dc

#pragma once

#include "core/Result.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>
#include <optional>

// The base of every undoable change the user makes to the records of the file. Each repository
// call is one transaction; a command makes its change once in execute() and is pushed only when
// that succeeded, so a failed change never sits on the stack (QUndoStack::push() calls redo(),
// which then skips); an undo or redo that fails later (the file changed under us) refreshes the
// page, tells it the message and makes the command obsolete, so that the stack drops it.

namespace dc {

/// What a record command works on, and how it tells the page what happened.
struct RecordCommandContext
{
    QSqlDatabase db;
    /// The data changed: refresh and select @p id (0: keep the position).
    std::function<void(qint64 id)> changed;
    /// An undo or redo failed; the command is dropped from the stack.
    std::function<void(const QString &message)> failed;

    /// For a page that refreshes as a whole, without selecting the record.
    static RecordCommandContext refreshing(QSqlDatabase db, std::function<void()> changed,
                                           std::function<void(const QString &message)> failed);
};

/// Adds, edits or deletes records; subclasses say how, in apply() and revert().
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

    ~RecordCommand() override = default;
    RecordCommand(const RecordCommand &) = delete;
    RecordCommand &operator=(const RecordCommand &) = delete;

    /// Makes the change the first time; push the command only when this succeeds.
    Status execute();
    void redo() final;
    void undo() final;
    /// The record the command is about (known after execute() for an addition).
    qint64 recordId() const { return m_id; }
    Action action() const { return m_action; }

    /// The failure of a change refused because someone else changed the record meanwhile: from
    /// @p expected (what the change was made over) to @p now (as stored), as the audit log keeps
    /// them.
    static QString changedMeanwhile(const QJsonObject &expected, const QJsonObject &now);

    /// What of a record (@p json, as the audit log keeps it) a change compares: all but what the
    /// program counts itself on every save (an event's iCalendar SEQUENCE, which the user's own
    /// edit and its undo raise too).
    static QJsonObject comparable(QJsonObject json);

    /// Nothing when the record as stored (@p now; none: there is none) is the version @p expected
    /// (comparable()), else the failure that says what someone else changed (changedMeanwhile()).
    template <typename Record>
    static Status unchangedSince(const std::optional<Record> &expected,
                                 const std::optional<Record> &now)
    {
        const QJsonObject before = comparable(expected ? expected->toJson() : QJsonObject());
        const QJsonObject after = comparable(now ? now->toJson() : QJsonObject());
        return before == after ? Status() : Status::failure(changedMeanwhile(before, after));
    }

    /// Makes a change on @p db that must find its record as the command left it or as the user saw
    /// it, in one transaction whose reads all see the same moment (Transaction::Reads::Snapshot):
    /// @p check fails when someone else changed the record (unchangedSince()), else @p write makes
    /// the change (and reads back what it stored, the version the next undo or redo expects). A
    /// write that fails is checked again after its rollback: on a server, a change someone else
    /// committed after the check fails the write, and is told as such.
    template <typename Check, typename Write>
    static Status checkedWrite(QSqlDatabase db, Check check, Write write)
    {
        bool writing = false;
        const Status status = [&]() -> Status {
            Transaction transaction(db, Transaction::Reads::Snapshot);
            if (!transaction.isActive())
                return Status::failure(transaction.error());
            if (Status unchanged = check(); !unchanged)
                return unchanged;
            writing = true;
            if (Status written = write(); !written)
                return written;
            return transaction.commit();
        }();
        if (!status && writing) {
            if (Status unchanged = check(); !unchanged)
                return unchanged;
        }
        return status;
    }

protected:
    RecordCommand(RecordCommandContext context, Action action);
    /// Makes the change (the first time from execute(), then on each redo).
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    /// What to select after a change (0: keep the position); the record, unless it is gone.
    virtual qint64 selectionAfterApply() const { return m_action == Action::Delete ? 0 : m_id; }
    virtual qint64 selectionAfterRevert() const { return m_action == Action::Add ? 0 : m_id; }
    /// A name for the Undo/Redo menu text, shortened when long.
    static QString shortName(const QString &name);
    /// Sets the Undo/Redo menu text of the command's action.
    void setActionText(const QString &add, const QString &edit, const QString &remove);
    QSqlDatabase m_db;
    Action m_action;
    qint64 m_id = 0;

private:
    void report(const Status &status, qint64 selection);

    RecordCommandContext m_context;
    bool m_skipNextRedo = false;
};

} // namespace dc

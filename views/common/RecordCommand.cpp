#include "RecordCommand.h"

#include <utility>

namespace dc {

RecordCommand::RecordCommand(RecordCommandContext context, Action action)
    : m_db(context.db), m_action(action), m_context(std::move(context))
{
}

Status RecordCommand::execute()
{
    Status status = apply();
    if (status) {
        m_skipNextRedo = true; // QUndoStack::push() calls redo(): the change is already made
        notify(selectionAfterApply());
    }
    return status;
}

void RecordCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    if (Status status = apply(); !status) {
        fail(status.error());
        return;
    }
    notify(selectionAfterApply());
}

void RecordCommand::undo()
{
    if (Status status = revert(); !status) {
        fail(status.error());
        return;
    }
    notify(selectionAfterRevert());
}

void RecordCommand::notify(qint64 id) const
{
    if (m_context.changed)
        m_context.changed(id);
}

void RecordCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_context.changed)
        m_context.changed(0);
    if (m_context.failed)
        m_context.failed(message);
}

QString RecordCommand::shortName(const QString &name)
{
    constexpr int maxLength = 40;
    return name.size() <= maxLength ? name : name.left(maxLength - 1).trimmed() + QChar(0x2026);
}

} // namespace dc

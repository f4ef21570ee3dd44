#include "EditionChangeCommand.h"

#include <utility>

namespace dc {

EditionChangeCommand::EditionChangeCommand(const QString &text, std::function<Status()> apply,
                                           std::function<Status()> revert,
                                           std::function<void()> changed,
                                           std::function<void(const QString &)> failed)
    : m_apply(std::move(apply)), m_revert(std::move(revert)), m_changed(std::move(changed)),
      m_failed(std::move(failed))
{
    setText(text);
}

Status EditionChangeCommand::execute()
{
    Status status = m_apply();
    if (status) {
        m_skipNextRedo = true; // QUndoStack::push() calls redo(): the change is already made
        if (m_changed)
            m_changed();
    }
    return status;
}

void EditionChangeCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    report(m_apply());
}

void EditionChangeCommand::undo()
{
    report(m_revert());
}

void EditionChangeCommand::report(const Status &status)
{
    if (!status)
        setObsolete(true);
    if (m_changed)
        m_changed();
    if (!status && m_failed)
        m_failed(status.error());
}

} // namespace dc

#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace dc {

/// One change to an edition's partners, indicators or the edition itself, as an undoable command.
/// It makes the change once in execute() and is pushed only when that succeeded; an undo or redo
/// that fails later (the file changed under us) reports the error and makes the command obsolete.
class EditionChangeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditionChangeCommand)

public:
    EditionChangeCommand(const QString &text, std::function<Status()> apply,
                         std::function<Status()> revert, std::function<void()> changed,
                         std::function<void(const QString &)> failed);
    EditionChangeCommand(const EditionChangeCommand &) = delete;
    EditionChangeCommand &operator=(const EditionChangeCommand &) = delete;

    /// Makes the change the first time; push the command only when this succeeds.
    Status execute();

    void redo() override;
    void undo() override;

private:
    void report(const Status &status);

    std::function<Status()> m_apply;
    std::function<Status()> m_revert;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_failed;
    bool m_skipNextRedo = false;
};

} // namespace dc

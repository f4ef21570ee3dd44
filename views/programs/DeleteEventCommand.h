#pragma once

#include "core/Result.h"
#include "programs/Event.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace dc {

/// Deleting an event, undoable: undo puts it back with the same id and UID (so an exported
/// calendar still knows it), its regions, co-organizers and attendance. Pushed only when the
/// first delete succeeded.
class DeleteEventCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEventCommand)

public:
    DeleteEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                       std::function<void(const QString &)> failed);
    DeleteEventCommand(const DeleteEventCommand &) = delete;
    DeleteEventCommand &operator=(const DeleteEventCommand &) = delete;

    Status execute();
    void redo() override;
    void undo() override;

private:
    void report(const Status &status);

    QSqlDatabase m_db;
    Event m_event;
    bool m_firstRedo = true;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace dc

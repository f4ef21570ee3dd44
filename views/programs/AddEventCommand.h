#pragma once

#include "core/Result.h"
#include "programs/Event.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace dc {

/// Adding an event, undoable: undo removes it, redo puts it back with the same id and UID (so an
/// exported calendar still knows it). Pushed only when the first addition succeeded.
class AddEventCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEventCommand)

public:
    AddEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                    std::function<void(const QString &)> failed);
    AddEventCommand(const AddEventCommand &) = delete;
    AddEventCommand &operator=(const AddEventCommand &) = delete;

    Status execute();
    qint64 eventId() const { return m_event.id; }
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

#pragma once

#include "common/RecordChangeCommand.h"
#include "programs/Event.h"

#include <QDate>

#include <functional>
#include <optional>

class QWidget;

// The user's changes to the calendar's events as undoable commands (RecordCommand). An event put
// back by an undo or a redo keeps its id and UID, so that an exported calendar still knows it.

namespace dc {

/// Adding an event: undo removes it, redo puts it back.
class AddEventCommand final : public RecordChangeCommand<Event>
{
    Q_DECLARE_TR_FUNCTIONS(AddEventCommand)

public:
    AddEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                    std::function<void(const QString &)> failed);
};

/// Deleting an event: undo puts it back with its regions, co-organizers and attendance.
class DeleteEventCommand final : public RecordChangeCommand<Event>
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEventCommand)

public:
    DeleteEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                       std::function<void(const QString &)> failed);
};

/// Moving an event to another day; undo moves it back.
class MoveEventCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveEventCommand)

public:
    MoveEventCommand(QSqlDatabase db, qint64 eventId, const QDate &from, const QDate &to,
                     const QString &eventName, std::function<void()> changed,
                     std::function<void(const QString &)> failed);

private:
    Status apply() override;
    Status revert() override;
    /// Moves the event to @p to when it is on @p expected (someone else may have moved it).
    Status move(const QDate &to, const QDate &expected);

    QDate m_from;
    QDate m_to;
};

/// Asks whether to delete the event @p eventId, with its regions, co-organizers and attendance
/// (asking again when someone changed it meanwhile, see confirmDelete()). Returns the event as
/// the user agreed to delete it; nullopt when they said no or the event is gone.
std::optional<Event> confirmEventDeletion(QWidget *parent, QSqlDatabase db, qint64 eventId);

/// Opens the form of the event @p eventId over @p parent (application-modal). Save first settles
/// a conflict with the version someone else saved meanwhile (settleConflict()), then calls @p save
/// with the event as stored now and as the form holds it, which makes the change; the form
/// closes when it returns true.
void editEventInForm(QWidget *parent, QSqlDatabase db, qint64 eventId,
                     const std::function<bool(const Event &current, const Event &after)> &save);

} // namespace dc

#include "EventCommands.h"

#include "EventDialog.h"
#include "common/RecordEditing.h"
#include "core/Dates.h"
#include "programs/EventRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <utility>

namespace dc {

namespace {

/// The day of an event, as a move compares it: what the audit log keeps of it.
struct EventDay
{
    QDate date;

    QJsonObject toJson() const { return {{QStringLiteral("date"), date.toString(Qt::ISODate)}}; }
};

/// The context of the deletion question's messages, as lupdate files them.
struct EventDeletion
{
    Q_DECLARE_TR_FUNCTIONS(EventDeletion)
};

} // namespace

AddEventCommand::AddEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                                 std::function<void(const QString &)> failed)
    : RecordChangeCommand(
          RecordCommandContext::refreshing(db, std::move(changed), std::move(failed)), Action::Add,
          {}, std::move(event), RecordStore<Event>::of<EventRepository>(db))
{
    setText(tr("Add %1 no. %2").arg(eventKindName(m_after.kind).toLower()).arg(m_after.number));
}

DeleteEventCommand::DeleteEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                                       std::function<void(const QString &)> failed)
    : RecordChangeCommand(
          RecordCommandContext::refreshing(db, std::move(changed), std::move(failed)),
          Action::Delete, std::move(event), {}, RecordStore<Event>::of<EventRepository>(db))
{
    //: Undo/Redo menu text; %1 is the event's kind (lower case), %2 its number within its kind
    setText(
        tr("Delete %1 no. %2").arg(eventKindName(m_before.kind).toLower()).arg(m_before.number));
}

MoveEventCommand::MoveEventCommand(QSqlDatabase db, qint64 eventId, const QDate &from,
                                   const QDate &to, const QString &eventName,
                                   std::function<void()> changed,
                                   std::function<void(const QString &)> failed)
    : RecordCommand(
          RecordCommandContext::refreshing(std::move(db), std::move(changed), std::move(failed)),
          Action::Edit),
      m_from(from), m_to(to)
{
    m_id = eventId;
    setText(tr("Move %1 to %2").arg(eventName, shortDate(QLocale(), to)));
}

Status MoveEventCommand::move(const QDate &to, const QDate &expected)
{
    EventRepository repository(m_db);
    return checkedWrite(
        m_db,
        [&] {
            const std::optional<Event> now = repository.find(m_id);
            return now ? unchangedSince(std::optional<EventDay>(EventDay{expected}),
                                        std::optional<EventDay>(EventDay{now->date}))
                       : Status(); // gone: the move's own failure
        },
        [&] { return repository.move(m_id, to); });
}

Status MoveEventCommand::apply()
{
    return move(m_to, m_from);
}

Status MoveEventCommand::revert()
{
    return move(m_from, m_to);
}

std::optional<Event> confirmEventDeletion(QWidget *parent, QSqlDatabase db, qint64 eventId)
{
    const std::optional<Event> event = EventRepository(db).find(eventId);
    if (!event)
        return std::nullopt;
    //: %1 is the event's kind (lower case), %2 its number within its kind, %3 its date
    const QString question =
        EventDeletion::tr("Delete the %1 no. %2 of %3, with its regions, co-organizers and "
                          "attendance? You can put it back with Edit > Undo.")
            .arg(eventKindName(event->kind).toLower())
            .arg(event->number)
            .arg(event->date.toString(QStringLiteral("dd.MM.yyyy")));
    return confirmDelete(parent, EventDeletion::tr("Delete event"), question, *event,
                         [db, eventId] { return EventRepository(db).find(eventId); });
}

void editEventInForm(QWidget *parent, QSqlDatabase db, qint64 eventId,
                     const std::function<bool(const Event &current, const Event &after)> &save)
{
    const std::optional<Event> before = EventRepository(db).find(eventId);
    if (!before)
        return;
    EventDialog dialog(db, before->date, parent);
    dialog.setEvent(*before);
    Event loaded = *before;
    execRecordForm(dialog, [&] {
        // Someone else may have saved it meanwhile: the user chooses, and undo goes back to theirs.
        const Event current = EventRepository(db).find(loaded.id).value_or(loaded);
        if (const std::optional<bool> settled = settleConflict(&dialog, loaded, current))
            return *settled;
        return save(current, dialog.event());
    });
}

} // namespace dc

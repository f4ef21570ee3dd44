#include "EventCommands.h"

#include "core/Dates.h"
#include "programs/EventRepository.h"

#include <utility>

namespace dc {

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

Status MoveEventCommand::apply()
{
    return EventRepository(m_db).move(m_id, m_to);
}

Status MoveEventCommand::revert()
{
    return EventRepository(m_db).move(m_id, m_from);
}

} // namespace dc

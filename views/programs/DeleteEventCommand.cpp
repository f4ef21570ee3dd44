#include "DeleteEventCommand.h"

#include "programs/EventRepository.h"

namespace dc {

DeleteEventCommand::DeleteEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                                       std::function<void(const QString &)> failed)
    : m_db(std::move(db)), m_event(std::move(event)), m_changed(std::move(changed)),
      m_failed(std::move(failed))
{
    //: Undo/Redo menu text; %1 is the event's kind (lower case), %2 its number within its kind
    setText(tr("Delete %1 no. %2").arg(eventKindName(m_event.kind).toLower()).arg(m_event.number));
}

Status DeleteEventCommand::execute()
{
    const Status status = EventRepository(m_db).remove(m_event.id);
    if (status && m_changed)
        m_changed();
    return status;
}

void DeleteEventCommand::report(const Status &status)
{
    if (status) {
        if (m_changed)
            m_changed();
        return;
    }
    setObsolete(true);
    if (m_failed)
        m_failed(status.error());
}

void DeleteEventCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // done by execute()
        return;
    }
    report(EventRepository(m_db).remove(m_event.id));
}

void DeleteEventCommand::undo()
{
    report(EventRepository(m_db).restore(m_event));
}

} // namespace dc

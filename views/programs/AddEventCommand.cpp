#include "AddEventCommand.h"

#include "programs/EventRepository.h"

namespace dc {

AddEventCommand::AddEventCommand(QSqlDatabase db, Event event, std::function<void()> changed,
                                 std::function<void(const QString &)> failed)
    : m_db(std::move(db)), m_event(std::move(event)), m_changed(std::move(changed)),
      m_failed(std::move(failed))
{
    setText(tr("Add %1 no. %2").arg(eventKindName(m_event.kind).toLower()).arg(m_event.number));
}

Status AddEventCommand::execute()
{
    EventRepository repository(m_db);
    const Result<qint64> id = repository.add(m_event);
    if (!id)
        return Status::failure(id.error());
    m_event = *repository.find(*id); // with its id and UID, for redo
    if (m_changed)
        m_changed();
    return {};
}

void AddEventCommand::report(const Status &status)
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

void AddEventCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // done by execute()
        return;
    }
    report(EventRepository(m_db).restore(m_event));
}

void AddEventCommand::undo()
{
    report(EventRepository(m_db).remove(m_event.id));
}

} // namespace dc

#include "MoveEventCommand.h"
#include "core/Dates.h"

#include "programs/EventRepository.h"

namespace dc {

MoveEventCommand::MoveEventCommand(QSqlDatabase db, qint64 eventId, const QDate &from,
                                   const QDate &to, const QString &eventName,
                                   std::function<void()> changed,
                                   std::function<void(const QString &)> failed)
    : m_db(std::move(db)), m_eventId(eventId), m_from(from), m_to(to),
      m_changed(std::move(changed)), m_failed(std::move(failed))
{
    setText(tr("Move %1 to %2").arg(eventName, shortDate(QLocale(), to)));
}

Status MoveEventCommand::moveTo(const QDate &date)
{
    const Status s = EventRepository(m_db).move(m_eventId, date);
    if (s && m_changed)
        m_changed();
    return s;
}

Status MoveEventCommand::execute()
{
    return moveTo(m_to);
}

void MoveEventCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // done by execute()
        return;
    }
    if (Status s = moveTo(m_to); !s) {
        setObsolete(true);
        if (m_failed)
            m_failed(s.error());
    }
}

void MoveEventCommand::undo()
{
    if (Status s = moveTo(m_from); !s) {
        setObsolete(true);
        if (m_failed)
            m_failed(s.error());
    }
}

} // namespace dc

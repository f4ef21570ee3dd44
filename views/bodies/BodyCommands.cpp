#include "BodyCommands.h"

#include "bodies/BodyRepository.h"

#include <utility>

namespace dc {

// --- Bodies -------------------------------------------------------------------------------------

BodyCommand::BodyCommand(RecordCommandContext context, Action action, ConsultativeBody before,
                         ConsultativeBody after)
    : RecordCommand(std::move(context), action), m_before(std::move(before)),
      m_after(std::move(after))
{
    if (m_action == Action::Add)
        m_after.id = 0;
    else
        m_id = m_before.id;
    if (m_action == Action::Edit)
        m_after.id = m_before.id;
    const QString name = shortName((m_action == Action::Delete ? m_before : m_after).name);
    //: Undo/Redo menu text; %1 is the body's name
    setActionText(tr("Add the body “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the body's name
                  tr("Edit the body “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the body's name
                  tr("Delete the body “%1”").arg(name));
}

Status BodyCommand::apply()
{
    BodyRepository repository(m_db);
    switch (m_action) {
    case Action::Add: {
        if (m_id > 0) { // redo: the same id again
            ConsultativeBody record = m_after;
            record.id = m_id;
            return repository.restoreBody(record, {}, {});
        }
        const Result<qint64> id = repository.addBody(m_after);
        if (!id)
            return Status::failure(id.error());
        m_id = id.value();
        return Status();
    }
    case Action::Edit:
        return repository.updateBody(m_after);
    case Action::Delete:
        m_members = repository.members(m_id);
        m_meetings = repository.meetings(m_id);
        return repository.removeBody(m_id);
    }
    return Status();
}

Status BodyCommand::revert()
{
    BodyRepository repository(m_db);
    switch (m_action) {
    case Action::Add:
        return repository.removeBody(m_id);
    case Action::Edit:
        return repository.updateBody(m_before);
    case Action::Delete:
        return repository.restoreBody(m_before, m_members, m_meetings);
    }
    return Status();
}

// --- Members ------------------------------------------------------------------------------------

BodyMemberCommand::BodyMemberCommand(RecordCommandContext context, Action action, BodyMember before,
                                     BodyMember after, const QString &memberName, bool endsMandate)
    : RecordCommand(std::move(context), action), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_action == Action::Add ? 0 : m_before.id;
    const QString name = shortName(memberName);
    //: Undo/Redo menu text; %1 is the organization or institution
    setActionText(tr("Add the member “%1”").arg(name),
                  endsMandate ? //: Undo/Redo menu text; %1 is the organization or institution
                      tr("End the mandate of “%1”").arg(name)
                              : //: Undo/Redo menu text; %1 is the organization or institution
                      tr("Edit the member “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the organization or institution
                  tr("Delete the member “%1”").arg(name));
}

Status BodyMemberCommand::put(const BodyMember &record)
{
    BodyRepository repository(m_db);
    BodyMember r = record;
    if (m_action == Action::Edit) {
        r.id = m_id;
        return repository.updateMember(r);
    }
    if (m_id > 0) { // back under the id it had
        r.id = m_id;
        return repository.restoreMember(r, m_attended);
    }
    r.id = 0;
    const Result<qint64> id = repository.addMember(r);
    if (!id)
        return Status::failure(id.error());
    m_id = id.value();
    return Status();
}

Status BodyMemberCommand::drop()
{
    BodyRepository repository(m_db);
    m_attended.clear();
    if (const std::optional<BodyMember> member = repository.member(m_id)) {
        for (const BodyMeeting &meeting : repository.meetings(member->bodyId)) {
            if (meeting.attendees.contains(m_id))
                m_attended << meeting.id;
        }
    }
    return repository.removeMember(m_id);
}

Status BodyMemberCommand::apply()
{
    switch (m_action) {
    case Action::Add:
    case Action::Edit:
        return put(m_after);
    case Action::Delete:
        return drop();
    }
    return Status();
}

Status BodyMemberCommand::revert()
{
    switch (m_action) {
    case Action::Add:
        return drop();
    case Action::Edit:
    case Action::Delete:
        return put(m_before);
    }
    return Status();
}

// --- Meetings -----------------------------------------------------------------------------------

BodyMeetingCommand::BodyMeetingCommand(RecordCommandContext context, Action action,
                                       BodyMeeting before, BodyMeeting after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          RecordStore<BodyMeeting>::of<BodyRepository>(
                              context.db, &BodyRepository::addMeeting,
                              &BodyRepository::updateMeeting, &BodyRepository::removeMeeting,
                              &BodyRepository::restoreMeeting))
{
    const QString day = (m_action == Action::Delete ? m_before : m_after)
                            .heldOn.toString(QStringLiteral("dd.MM.yyyy"));
    //: Undo/Redo menu text; %1 is the meeting's date
    setActionText(tr("Add the meeting of %1").arg(day),
                  //: Undo/Redo menu text; %1 is the meeting's date
                  tr("Edit the meeting of %1").arg(day),
                  //: Undo/Redo menu text; %1 is the meeting's date
                  tr("Delete the meeting of %1").arg(day));
}

} // namespace dc

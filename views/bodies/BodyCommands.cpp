#include "BodyCommands.h"

#include "bodies/BodyRepository.h"

#include <memory>
#include <utility>

namespace dc {

namespace {

/// The calls that store a body: its deletion keeps the members and meetings it removes with it,
/// so that putting the body back under its id puts them back too.
RecordStore<ConsultativeBody> bodyStore(const QSqlDatabase &db)
{
    struct Removed
    {
        QList<BodyMember> members;
        QList<BodyMeeting> meetings;
    };
    auto removed = std::make_shared<Removed>();
    return RecordStore<ConsultativeBody>::of<BodyRepository>(
        db, &BodyRepository::addBody, &BodyRepository::updateBody,
        [removed](BodyRepository &repository, qint64 id) {
            removed->members = repository.members(id);
            removed->meetings = repository.meetings(id);
            return repository.removeBody(id);
        },
        [removed](BodyRepository &repository, const ConsultativeBody &body) {
            return repository.restoreBody(body, removed->members, removed->meetings);
        },
        &BodyRepository::body);
}

/// The calls that store a member of a body: its deletion keeps the meetings the member came to,
/// so that putting the member back under its id puts back its attendance too.
RecordStore<BodyMember> memberStore(const QSqlDatabase &db)
{
    auto attended = std::make_shared<QList<qint64>>();
    return RecordStore<BodyMember>::of<BodyRepository>(
        db, &BodyRepository::addMember, &BodyRepository::updateMember,
        [attended](BodyRepository &repository, qint64 id) {
            attended->clear();
            if (const std::optional<BodyMember> member = repository.member(id)) {
                for (const BodyMeeting &meeting : repository.meetings(member->bodyId)) {
                    if (meeting.attendees.contains(id))
                        *attended << meeting.id;
                }
            }
            return repository.removeMember(id);
        },
        [attended](BodyRepository &repository, const BodyMember &member) {
            return repository.restoreMember(member, *attended);
        },
        &BodyRepository::member);
}

} // namespace

// --- Bodies -------------------------------------------------------------------------------------

BodyCommand::BodyCommand(RecordCommandContext context, Action action, ConsultativeBody before,
                         ConsultativeBody after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          bodyStore(context.db))
{
    const QString name = shortName((m_action == Action::Delete ? m_before : m_after).name);
    //: Undo/Redo menu text; %1 is the body's name
    setActionText(tr("Add the body “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the body's name
                  tr("Edit the body “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the body's name
                  tr("Delete the body “%1”").arg(name));
}

// --- Members ------------------------------------------------------------------------------------

BodyMemberCommand::BodyMemberCommand(RecordCommandContext context, Action action, BodyMember before,
                                     BodyMember after, const QString &memberName, bool endsMandate)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          memberStore(context.db))
{
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

// --- Meetings -----------------------------------------------------------------------------------

BodyMeetingCommand::BodyMeetingCommand(RecordCommandContext context, Action action,
                                       BodyMeeting before, BodyMeeting after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          RecordStore<BodyMeeting>::of<BodyRepository>(
                              context.db, &BodyRepository::addMeeting,
                              &BodyRepository::updateMeeting, &BodyRepository::removeMeeting,
                              &BodyRepository::restoreMeeting, &BodyRepository::meeting))
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

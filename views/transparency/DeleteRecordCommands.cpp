#include "DeleteRecordCommands.h"

#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

namespace dc {

DeleteInstitutionCommand::DeleteInstitutionCommand(TransparencyCommandContext context,
                                                   Institution institution)
    : TransparencyCommand(std::move(context)), m_record(std::move(institution))
{
    m_id = m_record.id;
    //: Undo/Redo menu text; %1 is the institution's name
    setText(tr("Delete the institution “%1”").arg(shortName(m_record.name)));
}

Status DeleteInstitutionCommand::apply()
{
    return InstitutionRepository(m_db).remove(m_id);
}

Status DeleteInstitutionCommand::revert()
{
    return InstitutionRepository(m_db).restore(m_record);
}

DeletePublicMeetingCommand::DeletePublicMeetingCommand(TransparencyCommandContext context,
                                                       PublicMeeting meeting)
    : TransparencyCommand(std::move(context)), m_record(std::move(meeting))
{
    m_id = m_record.id;
    //: Undo/Redo menu text; %1 is the meeting's subject
    setText(tr("Delete the meeting “%1”").arg(shortName(m_record.subject)));
}

Status DeletePublicMeetingCommand::apply()
{
    return PublicMeetingRepository(m_db).remove(m_id);
}

Status DeletePublicMeetingCommand::revert()
{
    return PublicMeetingRepository(m_db).restore(m_record);
}

} // namespace dc

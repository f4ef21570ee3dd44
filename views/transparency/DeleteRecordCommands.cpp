#include "DeleteRecordCommands.h"

#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <utility>

namespace dc {

DeleteInstitutionCommand::DeleteInstitutionCommand(RecordCommandContext context,
                                                   Institution institution)
    : RecordChangeCommand(context, Action::Delete, std::move(institution), {},
                          RecordStore<Institution>::of<InstitutionRepository>(context.db))
{
    //: Undo/Redo menu text; %1 is the institution's name
    setText(tr("Delete the institution “%1”").arg(shortName(m_before.name)));
}

DeletePublicMeetingCommand::DeletePublicMeetingCommand(RecordCommandContext context,
                                                       PublicMeeting meeting)
    : RecordChangeCommand(context, Action::Delete, std::move(meeting), {},
                          RecordStore<PublicMeeting>::of<PublicMeetingRepository>(context.db))
{
    //: Undo/Redo menu text; %1 is the meeting's subject
    setText(tr("Delete the meeting “%1”").arg(shortName(m_before.subject)));
}

} // namespace dc

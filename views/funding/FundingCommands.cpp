#include "FundingCommands.h"

#include "funding/FundingRepository.h"

#include <utility>

namespace dc {

FundingCallCommand::FundingCallCommand(RecordCommandContext context, Action action,
                                       FundingCall before, FundingCall after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          RecordStore<FundingCall>::of<FundingRepository>(
                              context.db, &FundingRepository::addCall,
                              &FundingRepository::updateCall, &FundingRepository::removeCall,
                              &FundingRepository::restoreCall, &FundingRepository::call))
{
    const QString name = shortName((m_action == Action::Delete ? m_before : m_after).name);
    //: Undo/Redo menu text; %1 is the call's name
    setActionText(tr("Add the call “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the call's name
                  tr("Edit the call “%1”").arg(name),
                  //: Undo/Redo menu text; %1 is the call's name
                  tr("Delete the call “%1”").arg(name));
}

FundingAwardCommand::FundingAwardCommand(RecordCommandContext context, Action action,
                                         FundingAward before, FundingAward after)
    : RecordChangeCommand(context, action, std::move(before), std::move(after),
                          RecordStore<FundingAward>::of<FundingRepository>(
                              context.db, &FundingRepository::addAward,
                              &FundingRepository::updateAward, &FundingRepository::removeAward,
                              &FundingRepository::restoreAward, &FundingRepository::award))
{
    const QString project = shortName((m_action == Action::Delete ? m_before : m_after).project);
    //: Undo/Redo menu text; %1 is the project's title
    setActionText(tr("Add the award “%1”").arg(project),
                  //: Undo/Redo menu text; %1 is the project's title
                  tr("Edit the award “%1”").arg(project),
                  //: Undo/Redo menu text; %1 is the project's title
                  tr("Delete the award “%1”").arg(project));
}

} // namespace dc

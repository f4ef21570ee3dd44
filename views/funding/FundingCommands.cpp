#include "FundingCommands.h"

#include "funding/FundingRepository.h"

#include <utility>

namespace dc {

// --- Calls --------------------------------------------------------------------------------------

FundingCallCommand::FundingCallCommand(RecordCommandContext context, Action action,
                                       FundingCall before, FundingCall after)
    : RecordCommand(std::move(context), action), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_action == Action::Add ? 0 : m_before.id;
    switch (m_action) {
    case Action::Add:
        //: Undo/Redo menu text; %1 is the call's name
        setText(tr("Add the call “%1”").arg(shortName(m_after.name)));
        break;
    case Action::Edit:
        //: Undo/Redo menu text; %1 is the call's name
        setText(tr("Edit the call “%1”").arg(shortName(m_after.name)));
        break;
    case Action::Delete:
        //: Undo/Redo menu text; %1 is the call's name
        setText(tr("Delete the call “%1”").arg(shortName(m_before.name)));
        break;
    }
}

Status FundingCallCommand::apply()
{
    FundingRepository repository(m_db);
    FundingCall record = m_after;
    switch (m_action) {
    case Action::Add:
        if (m_id > 0) {
            record.id = m_id;
            return repository.restoreCall(record);
        } else {
            record.id = 0;
            const Result<qint64> id = repository.addCall(record);
            if (!id)
                return Status::failure(id.error());
            m_id = id.value();
            return Status();
        }
    case Action::Edit:
        record.id = m_id;
        return repository.updateCall(record);
    case Action::Delete:
        return repository.removeCall(m_id);
    }
    return Status();
}

Status FundingCallCommand::revert()
{
    FundingRepository repository(m_db);
    switch (m_action) {
    case Action::Add:
        return repository.removeCall(m_id);
    case Action::Edit:
        return repository.updateCall(m_before);
    case Action::Delete:
        return repository.restoreCall(m_before);
    }
    return Status();
}

// --- Awards -------------------------------------------------------------------------------------

FundingAwardCommand::FundingAwardCommand(RecordCommandContext context, Action action,
                                         FundingAward before, FundingAward after)
    : RecordCommand(std::move(context), action), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_action == Action::Add ? 0 : m_before.id;
    switch (m_action) {
    case Action::Add:
        //: Undo/Redo menu text; %1 is the project's title
        setText(tr("Add the award “%1”").arg(shortName(m_after.project)));
        break;
    case Action::Edit:
        //: Undo/Redo menu text; %1 is the project's title
        setText(tr("Edit the award “%1”").arg(shortName(m_after.project)));
        break;
    case Action::Delete:
        //: Undo/Redo menu text; %1 is the project's title
        setText(tr("Delete the award “%1”").arg(shortName(m_before.project)));
        break;
    }
}

Status FundingAwardCommand::apply()
{
    FundingRepository repository(m_db);
    FundingAward record = m_after;
    switch (m_action) {
    case Action::Add:
        if (m_id > 0) {
            record.id = m_id;
            return repository.restoreAward(record);
        } else {
            record.id = 0;
            const Result<qint64> id = repository.addAward(record);
            if (!id)
                return Status::failure(id.error());
            m_id = id.value();
            return Status();
        }
    case Action::Edit:
        record.id = m_id;
        return repository.updateAward(record);
    case Action::Delete:
        return repository.removeAward(m_id);
    }
    return Status();
}

Status FundingAwardCommand::revert()
{
    FundingRepository repository(m_db);
    switch (m_action) {
    case Action::Add:
        return repository.removeAward(m_id);
    case Action::Edit:
        return repository.updateAward(m_before);
    case Action::Delete:
        return repository.restoreAward(m_before);
    }
    return Status();
}

} // namespace dc

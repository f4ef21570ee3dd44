#include "AnnualReportCommands.h"

#include "transparency/PublicMeetingRepository.h"

#include <utility>

namespace dc {

// --- Annual report ------------------------------------------------------------------------------

AnnualReportCommand::AnnualReportCommand(RecordCommandContext context, qint64 institutionId,
                                         int year, std::optional<AnnualReport> before,
                                         std::optional<AnnualReport> after)
    : RecordCommand(std::move(context), Action::Edit), m_institution(institutionId), m_year(year),
      m_before(std::move(before)), m_after(std::move(after))
{
    m_id = institutionId;
    //: Undo/Redo menu text; %1 is a year
    setText(m_after ? tr("Record the annual report of %1").arg(year)
                    : tr("Remove the annual report of %1").arg(year));
}

Status AnnualReportCommand::put(const std::optional<AnnualReport> &report)
{
    AnnualReportRepository repository(m_db);
    if (!report)
        return repository.report(m_institution, m_year)
                   ? repository.removeReport(m_institution, m_year)
                   : Status();
    const Result<qint64> id = repository.setReport(*report);
    return id ? Status() : Status::failure(id.error());
}

Status AnnualReportCommand::apply()
{
    return put(m_after);
}

Status AnnualReportCommand::revert()
{
    return put(m_before);
}

// --- Manual figures -----------------------------------------------------------------------------

ManualFigureCommand::ManualFigureCommand(RecordCommandContext context, qint64 institutionId,
                                         int year, const QString &code,
                                         std::optional<ManualFigure> before,
                                         std::optional<ManualFigure> after)
    : RecordCommand(std::move(context), Action::Edit), m_institution(institutionId), m_year(year),
      m_code(code), m_before(std::move(before)), m_after(std::move(after))
{
    m_id = institutionId;
    //: Undo/Redo menu text; %1 is an indicator code such as A7
    setText(m_after ? tr("Enter the figure %1 by hand").arg(code)
                    : tr("Remove the figure %1 typed by hand").arg(code));
}

Status ManualFigureCommand::put(const std::optional<ManualFigure> &figure)
{
    AnnualReportRepository repository(m_db);
    if (figure)
        return repository.setManualFigure(m_institution, m_year, m_code, figure->value,
                                          figure->enteredBy);
    for (const ManualFigure &existing : repository.manualFigures(m_institution, m_year)) {
        if (existing.code == m_code)
            return repository.removeManualFigure(m_institution, m_year, m_code);
    }
    return {};
}

Status ManualFigureCommand::apply()
{
    return put(m_after);
}

Status ManualFigureCommand::revert()
{
    return put(m_before);
}

// --- Court cases --------------------------------------------------------------------------------

namespace {

RecordCommand::Action courtCaseAction(const CourtCase &before, const CourtCase &after)
{
    if (before.id == 0)
        return RecordCommand::Action::Add;
    return after.id == 0 ? RecordCommand::Action::Delete : RecordCommand::Action::Edit;
}

} // namespace

CourtCaseCommand::CourtCaseCommand(RecordCommandContext context, CourtCase before, CourtCase after)
    : RecordChangeCommand(context, courtCaseAction(before, after), before, after,
                          RecordStore<CourtCase>::of<PublicMeetingRepository>(
                              context.db, &PublicMeetingRepository::addCourtCase,
                              &PublicMeetingRepository::updateCourtCase,
                              &PublicMeetingRepository::removeCourtCase,
                              &PublicMeetingRepository::restoreCourtCase)),
      m_institution(after.institutionId > 0 ? after.institutionId : before.institutionId)
{
    setActionText(tr("Add a court case of %1").arg(m_after.year),
                  tr("Edit a court case of %1").arg(m_after.year),
                  tr("Delete a court case of %1").arg(m_before.year));
}

// --- Conclusions --------------------------------------------------------------------------------

ConclusionsCommand::ConclusionsCommand(RecordCommandContext context, int year, QString before,
                                       QString after)
    : RecordCommand(std::move(context), Action::Edit), m_year(year), m_before(std::move(before)),
      m_after(std::move(after))
{
    //: Undo/Redo menu text; %1 is a year
    setText(tr("Write the conclusions on the reports of %1").arg(year));
}

Status ConclusionsCommand::apply()
{
    return AnnualReportRepository(m_db).setConclusions(m_year, m_after);
}

Status ConclusionsCommand::revert()
{
    return AnnualReportRepository(m_db).setConclusions(m_year, m_before);
}

} // namespace dc

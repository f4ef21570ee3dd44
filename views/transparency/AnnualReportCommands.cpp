#include "AnnualReportCommands.h"

#include "transparency/PublicMeetingRepository.h"

#include <utility>

namespace dc {

// --- Annual report ------------------------------------------------------------------------------

AnnualReportCommand::AnnualReportCommand(TransparencyCommandContext context, qint64 institutionId,
                                         int year, std::optional<AnnualReport> before,
                                         std::optional<AnnualReport> after)
    : TransparencyCommand(std::move(context)), m_institution(institutionId), m_year(year),
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

ManualFigureCommand::ManualFigureCommand(TransparencyCommandContext context, qint64 institutionId,
                                         int year, const QString &code,
                                         std::optional<ManualFigure> before,
                                         std::optional<ManualFigure> after)
    : TransparencyCommand(std::move(context)), m_institution(institutionId), m_year(year),
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

CourtCaseCommand::CourtCaseCommand(TransparencyCommandContext context, CourtCase before,
                                   CourtCase after)
    : TransparencyCommand(std::move(context)), m_before(std::move(before)),
      m_after(std::move(after))
{
    m_id = m_after.institutionId > 0 ? m_after.institutionId : m_before.institutionId;
    if (m_before.id == 0)
        setText(tr("Add a court case of %1").arg(m_after.year));
    else if (m_after.id == 0)
        setText(tr("Delete a court case of %1").arg(m_before.year));
    else
        setText(tr("Edit a court case of %1").arg(m_after.year));
}

Status CourtCaseCommand::change(const CourtCase &from, CourtCase to)
{
    PublicMeetingRepository repository(m_db);
    if (from.id == 0) { // add, or put back a deleted case under its id
        if (to.id > 0)
            return repository.restoreCourtCase(to);
        const Result<qint64> id = repository.addCourtCase(to);
        if (!id)
            return Status::failure(id.error());
        m_after.id = id.value(); // a redo or an undo finds the case under this id
        return {};
    }
    if (to.id == 0)
        return repository.removeCourtCase(from.id);
    return repository.updateCourtCase(std::move(to));
}

Status CourtCaseCommand::apply()
{
    if (m_before.id == 0 && m_after.id > 0)
        return PublicMeetingRepository(m_db).restoreCourtCase(m_after); // redo of an addition
    return change(m_before, m_after);
}

Status CourtCaseCommand::revert()
{
    return change(m_after, m_before);
}

ConclusionsCommand::ConclusionsCommand(TransparencyCommandContext context, int year, QString before,
                                       QString after)
    : TransparencyCommand(std::move(context)), m_year(year), m_before(std::move(before)),
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

#include "AnnualReportCommands.h"

#include "transparency/PublicMeetingRepository.h"

#include <QJsonObject>

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

Status AnnualReportCommand::put(std::optional<AnnualReport> &report,
                                const std::optional<AnnualReport> &expected)
{
    AnnualReportRepository repository(m_db);
    return checkedWrite(
        m_db, [&] { return unchangedSince(expected, repository.report(m_institution, m_year)); },
        [&] {
            if (!report)
                return repository.report(m_institution, m_year)
                           ? repository.removeReport(m_institution, m_year)
                           : Status();
            if (const Result<qint64> id = repository.setReport(*report); !id)
                return Status::failure(id.error());
            report = repository.report(m_institution, m_year);
            return Status();
        });
}

Status AnnualReportCommand::apply()
{
    return put(m_after, m_before);
}

Status AnnualReportCommand::revert()
{
    return put(m_before, m_after);
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

namespace {

/// A figure typed by hand as a change compares it: its value (who typed it and when follow).
struct TypedValue
{
    std::optional<qint64> value;

    QJsonObject toJson() const
    {
        return value ? QJsonObject{{QStringLiteral("value"), *value}} : QJsonObject();
    }
};

std::optional<TypedValue> typedValue(const std::optional<ManualFigure> &figure)
{
    if (!figure)
        return std::nullopt;
    return TypedValue{figure->value};
}

} // namespace

std::optional<ManualFigure> ManualFigureCommand::stored() const
{
    for (const ManualFigure &existing :
         AnnualReportRepository(m_db).manualFigures(m_institution, m_year)) {
        if (existing.code == m_code)
            return existing;
    }
    return std::nullopt;
}

Status ManualFigureCommand::put(std::optional<ManualFigure> &figure,
                                const std::optional<ManualFigure> &expected)
{
    return checkedWrite(
        m_db, [&] { return unchangedSince(typedValue(expected), typedValue(stored())); },
        [&] {
            AnnualReportRepository repository(m_db);
            if (!figure)
                return stored() ? repository.removeManualFigure(m_institution, m_year, m_code)
                                : Status();
            const Status written = repository.setManualFigure(m_institution, m_year, m_code,
                                                              figure->value, figure->enteredBy);
            if (written)
                figure = stored();
            return written;
        });
}

Status ManualFigureCommand::apply()
{
    return put(m_after, m_before);
}

Status ManualFigureCommand::revert()
{
    return put(m_before, m_after);
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
    : RecordChangeCommand(
          context, courtCaseAction(before, after), before, after,
          RecordStore<CourtCase>::of<PublicMeetingRepository>(
              context.db, &PublicMeetingRepository::addCourtCase,
              &PublicMeetingRepository::updateCourtCase, &PublicMeetingRepository::removeCourtCase,
              &PublicMeetingRepository::restoreCourtCase, &PublicMeetingRepository::findCourtCase)),
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

Status ConclusionsCommand::put(QString &text, const QString &expected)
{
    AnnualReportRepository repository(m_db);
    const auto asStored = [this](const QString &conclusions) {
        return std::optional<YearConclusions>(YearConclusions{m_year, conclusions});
    };
    return checkedWrite(
        m_db,
        [&] {
            return unchangedSince(asStored(expected), asStored(repository.conclusions(m_year)));
        },
        [&] {
            const Status written = repository.setConclusions(m_year, text);
            if (written)
                text = repository.conclusions(m_year);
            return written;
        });
}

Status ConclusionsCommand::apply()
{
    return put(m_after, m_before);
}

Status ConclusionsCommand::revert()
{
    return put(m_before, m_after);
}

} // namespace dc

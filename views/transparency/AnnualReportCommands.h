#pragma once

#include "common/RecordChangeCommand.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/CourtCase.h"

#include <optional>

// Undoable changes to the annual report records of an institution: the report received (with D),
// the figures typed from a paper report, and the court cases under the law.

namespace dc {

/// Records, replaces or removes the annual report of an institution for a year (nullopt: none).
class AnnualReportCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportCommand)

public:
    AnnualReportCommand(RecordCommandContext context, qint64 institutionId, int year,
                        std::optional<AnnualReport> before, std::optional<AnnualReport> after);

private:
    Status apply() override;
    Status revert() override;
    /// Puts @p report (nullopt: none) over the report as @p expected, then reads back into
    /// @p report what it stored.
    Status put(std::optional<AnnualReport> &report, const std::optional<AnnualReport> &expected);

    qint64 m_institution;
    int m_year;
    std::optional<AnnualReport> m_before;
    std::optional<AnnualReport> m_after;
};

/// Enters, replaces or removes a figure typed from a paper report (nullopt: none).
class ManualFigureCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(ManualFigureCommand)

public:
    ManualFigureCommand(RecordCommandContext context, qint64 institutionId, int year,
                        const QString &code, std::optional<ManualFigure> before,
                        std::optional<ManualFigure> after);

private:
    Status apply() override;
    Status revert() override;
    /// Puts @p figure (nullopt: none) over the figure as @p expected, then reads back into
    /// @p figure what it stored.
    Status put(std::optional<ManualFigure> &figure, const std::optional<ManualFigure> &expected);
    std::optional<ManualFigure> stored() const;

    qint64 m_institution;
    int m_year;
    QString m_code;
    std::optional<ManualFigure> m_before;
    std::optional<ManualFigure> m_after;
};

/// Adds (before without id), edits or deletes (after without id) a court case; the page selects
/// the institution of the case after each change.
class CourtCaseCommand final : public RecordChangeCommand<CourtCase>
{
    Q_DECLARE_TR_FUNCTIONS(CourtCaseCommand)

public:
    CourtCaseCommand(RecordCommandContext context, CourtCase before, CourtCase after);

private:
    qint64 selectionAfterApply() const override { return m_institution; }
    qint64 selectionAfterRevert() const override { return m_institution; }

    qint64 m_institution;
};

/// Writes the Service's own conclusions and recommendations on the reports of a year.
class ConclusionsCommand final : public RecordCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConclusionsCommand)

public:
    ConclusionsCommand(RecordCommandContext context, int year, QString before, QString after);

private:
    Status apply() override;
    Status revert() override;
    /// Writes @p text over the conclusions as @p expected, then reads back into @p text what it
    /// stored.
    Status put(QString &text, const QString &expected);

    int m_year;
    QString m_before;
    QString m_after;
};

} // namespace dc

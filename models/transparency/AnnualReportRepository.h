#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dc {

/// The annual report of an institution on applying Law 52/2003, as the office received it.
struct AnnualReport
{
    qint64 id = 0;
    qint64 institutionId = 0;
    int year = 0;
    QDate receivedOn;
    QString selfEvaluation; ///< D: the institution's own evaluation
};

/// A figure typed from a paper report.
struct ManualFigure
{
    qint64 institutionId = 0;
    int year = 0;
    QString code;
    qint64 value = 0;
    QString enteredBy;
    QDateTime enteredAt;
};

/// Records which annual reports arrived, and the figures entered by hand. A manual figure is
/// refused where the records already provide it (AnnualFigures::recordsProvide).
class AnnualReportRepository final
{
public:
    explicit AnnualReportRepository(QSqlDatabase db);

    std::optional<AnnualReport> report(qint64 institutionId, int year) const;
    /// Adds or replaces the report of the institution for the year.
    Result<qint64> setReport(AnnualReport report);
    Status removeReport(qint64 institutionId, int year);

    QList<ManualFigure> manualFigures(qint64 institutionId, int year) const;
    /// Adds or replaces a manual figure; @p enteredBy defaults to the operating-system user.
    Status setManualFigure(qint64 institutionId, int year, const QString &code, qint64 value,
                           const QString &enteredBy = QString());
    Status removeManualFigure(qint64 institutionId, int year, const QString &code);

private:
    QSqlDatabase m_db;
};

} // namespace dc

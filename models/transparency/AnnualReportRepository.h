#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

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

    /// The report as the audit log keeps it.
    QJsonObject toJson() const;
};

/// One value of a received report: a number (counts) or a text (free text; D1's choice key), with
/// the cell or line of the file it was read from ("C12", "line 14").
struct ReportValue
{
    QString code;
    QVariant value; ///< qint64 or QString
    QString cell;

    bool operator==(const ReportValue &other) const = default;
};

/// A report as received in a file: what the file said, where it came from, who imported it.
struct ReceivedReport
{
    qint64 institutionId = 0;
    int year = 0;
    QDate receivedOn;
    QString modelId;    ///< the model of the report it follows
    QString fileName;   ///< without its folder
    QString fileSha256; ///< hex
    QString importedBy;
    QDateTime importedAt;
    QList<ReportValue> values; ///< in the model's order
};

/// What receiving a report did.
enum class ReceiveOutcome
{
    Imported, ///< the first report of the institution for the year, or its first values
    Replaced, ///< a corrected file replaced the values received before (kept in the audit log)
    Unchanged ///< the same file, or the same values, again
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

/// The Service's own conclusions and recommendations on the reports of a year, which close the
/// national synthesis (none written: an empty text).
struct YearConclusions
{
    int year = 0;
    QString text;

    /// The conclusions as the audit log keeps them.
    QJsonObject toJson() const;
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

    /// The report received as a file, with its values; nullopt when none was received as a file
    /// (no report, or only its date typed by hand).
    std::optional<ReceivedReport> received(qint64 institutionId, int year) const;
    /// Stores a report read from a file, inside the caller's transaction: the values replace those
    /// received before (the old ones go to the audit log); the same file or the same values again
    /// change nothing.
    Result<ReceiveOutcome> receive(const ReceivedReport &report);

    /// The Service's own conclusions and recommendations on the reports of @p year.
    QString conclusions(int year) const;
    Status setConclusions(int year, const QString &text);

    QList<ManualFigure> manualFigures(qint64 institutionId, int year) const;
    /// Adds or replaces a manual figure; @p enteredBy defaults to the operating-system user.
    Status setManualFigure(qint64 institutionId, int year, const QString &code, qint64 value,
                           const QString &enteredBy = QString());
    Status removeManualFigure(qint64 institutionId, int year, const QString &code);

private:
    QSqlDatabase m_db;
};

} // namespace dc

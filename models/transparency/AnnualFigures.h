#pragma once

#include "Institution.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace dc {

/// Where a figure comes from: the institution's received report, the office's own records, or a
/// number typed from a paper report where neither gives it.
enum class FigureSource
{
    Records,
    Manual,
    Report
};

/// One indicator of the evaluation form with its value and where the value comes from.
struct Figure
{
    QString code;
    QVariant value; ///< qint64 for counts, double for a share (null when it cannot be computed),
                    ///< QString for D
    FigureSource source = FigureSource::Records;
    bool provided = false;      ///< records exist for it, or a manual entry
    QString enteredBy;          ///< manual entries: who typed it
    QDateTime enteredAt;        ///< manual entries: when
    bool manualIgnored = false; ///< a manual entry exists but the records provide the figure
    QString cell;               ///< report values: the cell or line of the file it was read from
    QVariant recordsValue;      ///< what the office's records give, shown beside a report's value
    bool recordsProvided = false;

    /// True when both the report and the records give the figure and they differ.
    bool differsFromRecords() const;
    /// The value as printed: "12", "66.7", "n/a", D1's answer in the user's language, or a text
    /// on one line; "" when the figure is not provided.
    QString displayValue() const;
    /// A value of this figure's code as printed (the records' value beside a report's).
    static QString displayValue(const QString &code, const QVariant &value);
    static QString sourceCode(FigureSource source);
};

/// The annual figures of Law 52/2003's report, per institution and year: from the report the
/// institution sent where it gives the figure, else computed from the office's records; a figure
/// entered by hand is used only where neither provides it. The totals count only the institutions
/// that reported: the others are listed, never counted as zeros.
class AnnualFigures final
{
public:
    /// The figures of one institution for one year, in the order of FormIndicators::all().
    static Result<QList<Figure>> compute(const QSqlDatabase &db, qint64 institutionId, int year);
    /// The sums over the institutions that reported (a share recomputed from the sums; D1 and the
    /// texts count the answers received); the source is that of the figures summed when they all
    /// have one, else "manual" when a manual entry contributed, else "records".
    static Result<QList<Figure>> totals(const QSqlDatabase &db, int year);
    /// The same sums over figures already computed (one list per institution, as compute() gives
    /// them), so a document that shows every institution does not compute them twice.
    static QList<Figure> sum(const QList<QList<Figure>> &perInstitution);
    /// True when the institution's annual report for @p year was received.
    static bool reported(const QSqlDatabase &db, qint64 institutionId, int year);
    /// The institutions whose annual report for @p year has not been received.
    static QList<Institution> missing(const QSqlDatabase &db, int year);
    /// True when the records of the institution for the year provide the indicator @p code, so that
    /// no manual entry is allowed for it.
    static bool recordsProvide(const QSqlDatabase &db, qint64 institutionId, int year,
                               const QString &code);
};

} // namespace dc

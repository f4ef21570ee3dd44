#pragma once

#include "Institution.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace dc {

enum class FigureSource { Records, Manual };

/// One indicator of the evaluation form with its value and where the value comes from.
struct Figure
{
    QString code;
    QVariant value;  ///< qint64 for counts, double for a share (null when it cannot be computed), QString for D
    FigureSource source = FigureSource::Records;
    bool provided = false; ///< records exist for it, or a manual entry
    QString enteredBy;     ///< manual entries: who typed it
    QDateTime enteredAt;   ///< manual entries: when
    bool manualIgnored = false; ///< a manual entry exists but the records provide the figure

    /// The value as printed: "12", "66.7", "n/a", or the text of D on one line.
    QString displayValue() const;
    static QString sourceCode(FigureSource source);
};

/// The annual figures of Law 52/2003's evaluation form, computed from the records: per
/// institution and year, and the totals over all institutions. A figure entered by hand is used
/// only where no record provides it; it never overrides what the records say.
class AnnualFigures final
{
public:
    /// The figures of one institution for one year, in the order of FormIndicators::all().
    static Result<QList<Figure>> compute(const QSqlDatabase &db, qint64 institutionId, int year);
    /// The sums over all institutions (a share recomputed from the sums; D counts the evaluations
    /// received); the source is "manual" when a manual entry contributed.
    static Result<QList<Figure>> totals(const QSqlDatabase &db, int year);
    /// The same sums over figures already computed (one list per institution, as compute() gives
    /// them), so a document that shows every institution does not compute them twice.
    static QList<Figure> sum(const QList<QList<Figure>> &perInstitution);
    /// The institutions whose annual report for @p year has not been received.
    static QList<Institution> missing(const QSqlDatabase &db, int year);
    /// True when the records of the institution for the year provide the indicator @p code, so that
    /// no manual entry is allowed for it.
    static bool recordsProvide(const QSqlDatabase &db, qint64 institutionId, int year, const QString &code);
};

} // namespace dc

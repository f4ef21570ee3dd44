#pragma once

#include "AnnualReportRepository.h"
#include "ReportFileReader.h"
#include "ReportModel.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dc {

/// Something about one cell of a returned report: a value that cannot be used (rejected: the
/// other values still are) or one the office should ask the institution about (a warning).
struct ReportIssue
{
    QString cell;    ///< "C12", "L14:C3"; empty when it is about the whole file
    QString code;    ///< the item concerned, when there is one
    QString message; ///< in the user's language

    bool operator==(const ReportIssue &other) const = default;
};

/// What a returned report says, recognized in its cells: which model it follows, whose it is and
/// for which year (as written in the file), and the value of each item found.
struct RecognizedReport
{
    QString modelId;
    bool modelMarked = false; ///< the file names its model ("Model: anexa-20", our own form)
    QString institution;      ///< the name as written in the file; empty when not found
    QString institutionCell;
    int year = 0; ///< 0 when the file does not say
    QString yearCell;
    int itemsFound = 0; ///< the model's items found in the file, answered or not
    QList<ReportValue>
        values; ///< in the model's order; the percentage is never read, always recomputed
    QList<ReportIssue> rejected;
    QList<ReportIssue> warnings;
};

/// Recognizes the items of a report model in the cells of a returned file, whatever its layout:
/// - by code in any column ("A_10" is A10; on the older model the printed "A9" is A9_1 and "D" is
///   D1, as the model's printed codes say), as in our own form (code, numbering and label, value)
///   and in the older model's published layout (label, code, value);
/// - on the current model, which prints no codes, by the numbering and the label (diacritics, case,
///   spacing and punctuation ignored; "a)" under "2." is 2 a; items of sections B-D numbered again
///   from 1 under their section's title).
/// The value of an item is the first cell to the right of its code or label that is not its label
/// again. The model is the one the file names ("Model: <id>", our form's marker), else the one
/// whose items the file matches best. Nothing here reads the database.
class ReportRecognizer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRecognizer)

public:
    /// Recognizes @p sheet against @p models (at least one); @p yearHint (0: none) decides between
    /// models that match equally well. itemsFound is 0 when no item of any model is in the file.
    static RecognizedReport recognize(const ReportSheet &sheet, const QList<ReportModel> &models,
                                      int yearHint = 0);

    /// Warnings about figures that do not add up: a part larger than its total (A3_1 + A3_2 > A3,
    /// A7_1 > A7, A8 > A7, B9 > B8) and parts that differ from their total (A9_1 + A9_2 != A9,
    /// C1_a + C1_b + C1_c != C1); only where the figures involved were given.
    static QList<ReportIssue> inconsistencies(const QList<ReportValue> &values);

    /// A whole number of 0 or more from a cell's text ("12", "1 234", "12.0"); otherwise the reason
    /// (text, a negative number, a fraction, a spreadsheet error value such as #DIV/0!).
    static Result<qint64> parseCount(const QString &text);
    /// True for a spreadsheet's error values: #DIV/0!, #VALUE!, #N/A, Err:502 ...
    static bool isErrorValue(const QString &text);
    /// A code as the forms print it brought to one form ("A_10", "A10" -> "A10"; "A2_1" -> "A21";
    /// "B7_a" -> "B7A"; "D" -> "D"); empty when @p text is not a code.
    static QString codeKey(const QString &text);
};

} // namespace dc

#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace dc {

/// Where the records behind an indicator come from; a family "provides" the figure of an
/// institution for a year when it has at least one record then (see AnnualFigures).
/// Report: only the institution's received report (or, for a count, a manual entry) gives it.
enum class FigureFamily
{
    Drafts,
    Liaison,
    Recommendations,
    Meetings,
    CourtCases,
    Report
};

enum class FigureKind
{
    Count,   ///< a whole number; may be entered by hand where no record provides it
    Percent, ///< derived from two counts; never entered by hand
    Text,    ///< free text of the report (A6_1, A6_2, D2)
    Choice   ///< one of a list (D1: the evaluation), stored as its key
};

/// One figure of the office's evaluation form for Law 52/2003.
struct FormIndicator
{
    const char *code;  ///< "A2_1"
    const char *label; ///< translatable (context "FormIndicators")
    FigureFamily family;
    FigureKind kind;
};

/// The number of indicators, for the columns of the side-by-side model.
inline constexpr int formIndicatorCount = 45;

/// The codes of the annual report on Law 52/2003: one set that covers both models of the report
/// (the older one with printed codes, the current "Anexa nr. 20" numbered without codes), in the
/// current model's order. Where each code stands on each model, and its Romanian label as printed,
/// is data: see ReportModel.
class FormIndicators final
{
public:
    static std::span<const FormIndicator> all();
    /// Null when the code is unknown; codes compare exactly ("A2_1").
    static const FormIndicator *find(const QString &code);
    static int indexOf(const QString &code);
    static QString code(const FormIndicator &indicator);
    static QString label(const FormIndicator &indicator);

    /// The keys of D1's choices, best first ("very_good", "good", "satisfactory",
    /// "unsatisfactory").
    static QStringList evaluationKeys();
    /// A D1 key in the user's language; the key itself when unknown.
    static QString evaluationLabel(const QString &key);
};

} // namespace dc

#pragma once

#include <QString>

#include <span>

namespace dc {

/// Where the records behind an indicator come from; a family "provides" the figure of an
/// institution for a year when it has at least one record then (see AnnualFigures).
enum class FigureFamily { Drafts, Liaison, Recommendations, Meetings, CourtCases, Report };

enum class FigureKind {
    Count,   ///< a whole number; may be entered by hand where no record provides it
    Percent, ///< derived from two counts; never entered by hand
    Text     ///< the institution's own evaluation (D)
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
inline constexpr int formIndicatorCount = 39;

/// The indicators of the evaluation form, in its order, with the newer form's extra figures
/// (A7_1, A7_2, A8_1, A8_2, A8_3, A9_1, A9_2, B7_a..c) beside the figure they refine.
class FormIndicators final
{
public:
    static std::span<const FormIndicator> all();
    /// Null when the code is unknown; codes compare exactly ("A2_1").
    static const FormIndicator *find(const QString &code);
    static int indexOf(const QString &code);
    static QString code(const FormIndicator &indicator);
    static QString label(const FormIndicator &indicator);
};

} // namespace dc

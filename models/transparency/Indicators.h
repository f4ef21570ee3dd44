#pragma once

#include <QString>

#include <span>

namespace dc {

/// Where the records behind an indicator come from; a family "provides" the figure of an
/// institution for a year when it has at least one record then (see AnnualFigures).
enum class IndicatorFamily { Drafts, Liaison, Recommendations, Meetings, CourtCases, Report };

enum class IndicatorKind {
    Count,   ///< a whole number; may be entered by hand where no record provides it
    Percent, ///< derived from two counts; never entered by hand
    Text     ///< the institution's own evaluation (D)
};

/// One figure of the office's evaluation form for Law 52/2003.
struct Indicator
{
    const char *code;  ///< "A2_1"
    const char *label; ///< translatable (context "Indicators")
    IndicatorFamily family;
    IndicatorKind kind;
};

/// The number of indicators, for the columns of the side-by-side model.
inline constexpr int indicatorCount = 39;

/// The indicators of the evaluation form, in its order, with the newer form's extra figures
/// (A7_1, A7_2, A8_1, A8_2, A8_3, A9_1, A9_2, B7_a..c) beside the figure they refine.
class Indicators final
{
public:
    static std::span<const Indicator> all();
    /// Null when the code is unknown; codes compare exactly ("A2_1").
    static const Indicator *find(const QString &code);
    static int indexOf(const QString &code);
    static QString code(const Indicator &indicator);
    static QString label(const Indicator &indicator);
};

} // namespace dc

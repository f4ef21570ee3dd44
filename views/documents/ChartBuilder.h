#pragma once

#include "documents/ReportDocument.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

class QChart;
class QPainter;

namespace dc {

/// Turns a reports::ChartSpec into a Qt Charts chart, the same for the dashboard and the
/// documents: bars with their values written on them, readable category labels, nice value
/// ticks, series told apart by grey level and hatching so that they survive black-and-white
/// print, DejaVu Sans, no shadows and no animations.
class ChartBuilder final
{
public:
    enum class Style
    {
        Screen,   ///< the dashboard: soft colours, rounded background
        Document, ///< print and PDF: white, greys and hatching, square corners
    };

    /// A new chart for @p spec (the caller owns it; a chart view takes it with setChart()). An
    /// empty spec gives a chart with its title and a "No data" note.
    static QChart *build(const reports::ChartSpec &spec, Style style = Style::Screen);

    /// The category of @p spec (its index in spec.categories and spec.categoryKeys) that bar
    /// @p barIndex of the built chart shows, e.g. for QBarSet::clicked().
    static int categoryIndex(const reports::ChartSpec &spec, int barIndex);

    /// Draws @p spec into @p target of @p painter as vector graphics (PDF, SVG, print). The chart
    /// is laid out at @p layoutSize logical pixels (the fonts' scale) and scaled into the target;
    /// an empty size means 800 pixels wide with the target's proportions.
    static void render(const reports::ChartSpec &spec, QPainter *painter, const QRectF &target,
                       Style style = Style::Document, QSizeF layoutSize = {});

    /// Writes @p spec to @p path as PNG, SVG or PDF (by the suffix) at @p size logical pixels.
    /// SVG and PDF stay vector. Returns an error message, empty on success.
    static QString exportTo(const reports::ChartSpec &spec, const QString &path, QSizeF size,
                            Style style = Style::Screen);

    /// The file suffixes exportTo() understands ("png", "svg", "pdf").
    static QStringList exportSuffixes();

    /// A nice top of the value axis for values up to @p maximum with about @p ticks ticks:
    /// the top and the step (1, 2, 2.5 or 5 times a power of ten).
    struct Scale
    {
        double top = 1;
        double step = 1;
        int tickCount() const;
    };
    static Scale niceScale(double maximum, int ticks = 5, bool integers = false);

    /// @p label broken into lines of about @p width characters at spaces (for long category
    /// names such as ministries); lines joined by "\n".
    static QString wrapLabel(const QString &label, int width);
};

} // namespace dc

#include "ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dc {

using reports::ChartSpec;

namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont font(fontFamily);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No "ﬁ" ligature in the PDF's text (see DocumentLayout's fonts).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

/// The fill of series @p index: for the documents a grey level and a hatching, so that two
/// series stay apart on a black-and-white page; on screen a colour with the same hatching.
QBrush seriesBrush(int index, ChartBuilder::Style style)
{
    if (style == ChartBuilder::Style::Document) {
        switch (index % 4) {
        case 0:
            return QBrush(QColor(0x55, 0x55, 0x55));
        case 1:
            return QBrush(QColor(0x22, 0x22, 0x22), Qt::BDiagPattern);
        case 2:
            return QBrush(QColor(0xaa, 0xaa, 0xaa));
        default:
            return QBrush(QColor(0x22, 0x22, 0x22), Qt::CrossPattern);
        }
    }
    switch (index % 4) {
    case 0:
        return QBrush(QColor(0x2f, 0x5f, 0x8f));
    case 1:
        return QBrush(QColor(0x8a, 0xb4, 0xd8));
    case 2:
        return QBrush(QColor(0x5f, 0x8f, 0x4f));
    default:
        return QBrush(QColor(0xc0, 0x8a, 0x3a));
    }
}

QColor inkColor(ChartBuilder::Style style)
{
    return style == ChartBuilder::Style::Document ? QColor(Qt::black) : QColor(0x20, 0x20, 0x20);
}

/// The longest category label, in characters.
qsizetype longestLabel(const QStringList &labels)
{
    qsizetype longest = 0;
    for (const QString &label : labels)
        longest = std::max(longest, label.size());
    return longest;
}

/// Category labels as the axis shows them: long names broken into lines (the axis draws its
/// labels as rich text, so a line break is <br>). QBarCategoryAxis needs them unique, which
/// they stay.
QStringList axisLabels(const QStringList &categories, int width)
{
    QStringList labels;
    labels.reserve(categories.size());
    for (const QString &category : categories) {
        QString label = ChartBuilder::wrapLabel(category.toHtmlEscaped(), width);
        label.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        labels << label;
    }
    return labels;
}

QString valueLabelFormat(bool percent, bool whole)
{
    if (percent)
        return whole ? QStringLiteral("%.0f%") : QStringLiteral("%.1f%");
    return whole ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
}

bool allWhole(const ChartSpec &spec)
{
    auto whole = [](double v) { return std::abs(v - std::round(v)) < 1e-9; };
    for (const ChartSpec::Series &series : spec.series) {
        if (!std::all_of(series.values.cbegin(), series.values.cend(), whole))
            return false;
    }
    return std::all_of(spec.targets.cbegin(), spec.targets.cend(), whole);
}

double maximumOf(const ChartSpec &spec)
{
    double top = 0;
    for (const ChartSpec::Series &series : spec.series) {
        for (const double v : series.values)
            top = std::max(top, v);
    }
    for (const double v : spec.targets)
        top = std::max(top, v);
    return top;
}

void styleAxis(QAbstractAxis *axis, ChartBuilder::Style style)
{
    axis->setLabelsFont(chartFont(8));
    axis->setLabelsColor(inkColor(style));
    axis->setTitleFont(chartFont(8));
    axis->setTitleBrush(inkColor(style));
    axis->setLinePenColor(inkColor(style));
    QPen grid(style == ChartBuilder::Style::Document ? QColor(0xbb, 0xbb, 0xbb)
                                                     : QColor(0xd8, 0xd8, 0xd8));
    grid.setWidthF(0.6);
    axis->setGridLinePen(grid);
    axis->setTruncateLabels(false);
}

/// The note an empty chart shows, kept in the middle of the plot area.
void addEmptyNote(QChart *chart, ChartBuilder::Style style)
{
    auto *note = new QGraphicsSimpleTextItem(
        QCoreApplication::translate("dc::ChartBuilder", "No data"), chart);
    note->setFont(chartFont(10));
    note->setBrush(inkColor(style));
    auto place = [chart, note](const QRectF &area) {
        const QRectF box = note->boundingRect();
        note->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
        Q_UNUSED(chart)
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place(chart->plotArea());
}

bool isHorizontal(const ChartSpec &spec)
{
    return spec.kind == ChartSpec::Kind::HorizontalBars ||
           spec.kind == ChartSpec::Kind::GroupedHorizontalBars;
}

} // namespace

int ChartBuilder::categoryIndex(const ChartSpec &spec, int barIndex)
{
    // Horizontal bars are drawn from the bottom up: the data goes in reversed so that the first
    // category is on top (QBarCategoryAxis ignores setReverse()).
    if (isHorizontal(spec))
        return int(spec.categories.size()) - 1 - barIndex;
    return barIndex;
}

int ChartBuilder::Scale::tickCount() const
{
    return int(std::lround(top / step)) + 1;
}

ChartBuilder::Scale ChartBuilder::niceScale(double maximum, int ticks, bool integers)
{
    if (!(maximum > 0))
        return {1, 1};
    // The smallest step of 1, 2, 2.5 or 5 times a power of ten that reaches the maximum in at
    // most @p ticks intervals (a close top rather than a round but far one).
    const int intervals = std::max(1, ticks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximum / intervals)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (integers && factor * magnitude < 1)
            continue; // counts: no tick between two whole numbers
        if (integers && factor == 2.5 && magnitude < 10)
            continue;
        if (std::ceil(maximum / (factor * magnitude) - 1e-9) <= intervals + 1) {
            step = factor * magnitude;
            break;
        }
    }
    const double top = std::ceil(maximum / step - 1e-9) * step;
    return {top, step};
}

QString ChartBuilder::wrapLabel(const QString &label, int width)
{
    if (width <= 0 || label.size() <= width)
        return label;
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QChart *ChartBuilder::build(const ChartSpec &spec, Style style)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Values and ticks in the document's language ("350.500", "350,500"), not "350500".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setDropShadowEnabled(false);
    chart->setTitleFont(chartFont(10, true));
    chart->setTitleBrush(inkColor(style));
    chart->setTitle(spec.title.toHtmlEscaped());
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(style == Style::Document ? QPen(Qt::NoPen)
                                                     : QPen(QColor(0xd0, 0xd0, 0xd0)));
    chart->setBackgroundRoundness(style == Style::Document ? 0 : 4);
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setLabelColor(inkColor(style));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(6, 4, 10, 4));

    if (spec.isEmpty()) {
        chart->legend()->hide();
        addEmptyNote(chart, style);
        return chart;
    }

    const bool horizontal = isHorizontal(spec);
    const bool whole = allWhole(spec);
    const QString format = valueLabelFormat(spec.percent, whole);

    QAbstractBarSeries *bars = horizontal
                                   ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                   : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const qsizetype count = spec.categories.size();
    const bool grouped = spec.kind == ChartSpec::Kind::GroupedBars ||
                         spec.kind == ChartSpec::Kind::GroupedHorizontalBars;
    const int shown = grouped ? int(spec.series.size()) : 1;
    for (int s = 0; s < shown; ++s) {
        const ChartSpec::Series &source = spec.series.at(s);
        auto *set = new QBarSet(source.name);
        for (qsizetype i = 0; i < count; ++i)
            *set << source.values.value(categoryIndex(spec, int(i)));
        set->setBrush(seriesBrush(s, style));
        QPen border(inkColor(style));
        border.setWidthF(0.6);
        set->setPen(border);
        set->setLabelColor(inkColor(style));
        set->setLabelFont(chartFont(7.5));
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(spec.percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
    // Significant digits: every digit of the whole part, plus one decimal when there are decimals
    // (a precision below the whole part's digits makes Qt write 3.51e+05).
    const int integerDigits =
        int(std::floor(std::log10(std::max(1.0, std::abs(maximumOf(spec)))))) + 1;
    bars->setLabelsPrecision(whole ? 12 : integerDigits + 1);
    bars->setBarWidth(shown > 1 ? 0.8 : 0.6);
    chart->addSeries(bars);

    // Category labels: horizontal bars keep the names on the left, broken into lines; vertical
    // bars break long names and tilt them when there are many.
    const qsizetype longest = longestLabel(spec.categories);
    auto *categoryAxis = new QBarCategoryAxis;
    const int wrapWidth =
        horizontal ? 28 : (count > 8 ? 0 : std::max(10, int(90 / std::max<qsizetype>(1, count))));
    QStringList categories;
    for (qsizetype i = 0; i < count; ++i)
        categories << spec.categories.at(categoryIndex(spec, int(i)));
    categoryAxis->append(axisLabels(categories, wrapWidth));
    styleAxis(categoryAxis, style);
    categoryAxis->setGridLineVisible(false);
    // Upright: Qt Charts places labels tilted at other angles off their bars and drops the
    // first and the last.
    if (!horizontal && count > 8 && longest > 5)
        categoryAxis->setLabelsAngle(-90);

    auto *valueAxis = new QValueAxis;
    styleAxis(valueAxis, style);
    if (spec.percent) {
        // Room above a bar at 100 % for its value label.
        const Scale scale = niceScale(std::max(100.0, maximumOf(spec)) * 1.08, 6);
        valueAxis->setRange(0, scale.top);
        valueAxis->setTickCount(scale.tickCount());
        valueAxis->setLabelFormat(QStringLiteral("%.0f%"));
    } else {
        // Room above the highest bar for its value label.
        const int ticks = spec.valueTicks > 0 ? spec.valueTicks : (horizontal ? 5 : 6);
        const Scale scale = niceScale(maximumOf(spec) * 1.06, ticks, whole);
        valueAxis->setRange(0, scale.top);
        valueAxis->setTickCount(scale.tickCount());
        const bool wholeTicks = std::abs(scale.step - std::round(scale.step)) < 1e-9;
        valueAxis->setLabelFormat(wholeTicks ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    }
    valueAxis->setMinorTickCount(0);
    if (!spec.valueAxisTitle.isEmpty())
        valueAxis->setTitleText(spec.valueAxisTitle.toHtmlEscaped());

    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);

    // The targets: a thick dark stroke across each bar at its target, one legend entry.
    if (spec.kind == ChartSpec::Kind::BarsWithTarget && !spec.targets.isEmpty()) {
        const QString name = spec.targetName.isEmpty()
                                 ? QCoreApplication::translate("dc::ChartBuilder", "Target")
                                 : spec.targetName;
        QPen pen(inkColor(style));
        pen.setWidthF(2.5);
        pen.setCapStyle(Qt::FlatCap);
        bool first = true;
        for (qsizetype i = 0; i < count && i < spec.targets.size(); ++i) {
            auto *line = new QLineSeries;
            line->setName(name);
            line->setPen(pen);
            const double half = bars->barWidth() / 2 + 0.08;
            line->append(double(i) - half, spec.targets.at(i));
            line->append(double(i) + half, spec.targets.at(i));
            chart->addSeries(line);
            line->attachAxis(categoryAxis);
            line->attachAxis(valueAxis);
            if (!first) {
                const QList<QLegendMarker *> markers = chart->legend()->markers(line);
                for (QLegendMarker *marker : markers)
                    marker->setVisible(false);
            }
            first = false;
        }
    }

    const bool legend = shown > 1 || spec.kind == ChartSpec::Kind::BarsWithTarget;
    chart->legend()->setVisible(legend);
    if (legend) {
        const QList<QLegendMarker *> markers = chart->legend()->markers(bars);
        for (QLegendMarker *marker : markers)
            marker->setFont(chartFont(8));
    }
    return chart;
}

void ChartBuilder::render(const ChartSpec &spec, QPainter *painter, const QRectF &target,
                          Style style, QSizeF layoutSize)
{
    if (target.isEmpty())
        return;
    if (layoutSize.isEmpty())
        layoutSize = QSizeF(800, 800 * target.height() / target.width());
    QGraphicsScene scene;
    QChart *chart = build(spec, style);
    scene.addItem(chart); // the scene owns it from here
    chart->resize(layoutSize);
    scene.setSceneRect(QRectF(QPointF(0, 0), layoutSize));
    // The chart lays itself out on posted events; settle it before drawing, or the labels come
    // out cut (a chart never shown).
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents();
        if (chart->layout())
            chart->layout()->activate();
    }
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

QStringList ChartBuilder::exportSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

QString ChartBuilder::exportTo(const ChartSpec &spec, const QString &path, QSizeF size, Style style)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (size.isEmpty())
        size = QSizeF(800, 450);
    if (suffix == u"png") {
        // Twice the logical size: sharp on a slide or a high-density screen.
        QImage image((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            render(spec, &painter, QRectF(QPointF(0, 0), size), style, size);
        }
        if (!image.save(path, "PNG"))
            return QCoreApplication::translate("dc::ChartBuilder", "%1 cannot be written.")
                .arg(path);
        return {};
    }
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(spec.title);
        svg.setDescription(spec.title);
        QPainter painter;
        if (!painter.begin(&svg))
            return QCoreApplication::translate("dc::ChartBuilder", "%1 cannot be written.")
                .arg(path);
        render(spec, &painter, QRectF(QPointF(0, 0), size), style, size);
        painter.end();
        return {};
    }
    if (suffix == u"pdf") {
        QPdfWriter pdf(path);
        pdf.setTitle(spec.title);
        pdf.setCreator(QStringLiteral("Dialog Civic"));
        pdf.setResolution(300);
        // A page the size of the chart (in points), so the PDF drops into a document as is.
        pdf.setPageLayout(QPageLayout(QPageSize(size * 0.75, QPageSize::Point),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf))
            return QCoreApplication::translate("dc::ChartBuilder", "%1 cannot be written.")
                .arg(path);
        render(spec, &painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), style,
               size);
        painter.end();
        return {};
    }
    return QCoreApplication::translate("dc::ChartBuilder",
                                       "Unknown chart format: %1 (PNG, SVG or PDF).")
        .arg(suffix);
}

} // namespace dc

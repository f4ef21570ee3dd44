#include "documents/ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace dc;
using reports::ChartSpec;

namespace {

ChartSpec regions()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::HorizontalBars;
    spec.title = QStringLiteral("Organizații pe regiuni");
    spec.categories = {QStringLiteral("București-Ilfov"), QStringLiteral("Nord-Est"),
                       QStringLiteral("Sud-Vest Oltenia")};
    spec.categoryKeys = {QStringLiteral("BI"), QStringLiteral("NE"), QStringLiteral("SV")};
    spec.series = {{QStringLiteral("Organizații"), {120, 45, 7}}};
    return spec;
}

ChartSpec participants()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bars;
    spec.title = QStringLiteral("Participanți pe videoconferință");
    for (int i = 1; i <= 13; ++i) {
        spec.categories << QStringLiteral("%1.03.2021").arg(i, 2, 10, QLatin1Char('0'));
        spec.series.isEmpty() ? void(spec.series.append({QStringLiteral("Participanți"), {}}))
                              : void();
        spec.series[0].values << 20.0 + i * 3;
    }
    spec.valueAxisTitle = QStringLiteral("participanți");
    return spec;
}

ChartSpec recommendations()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::GroupedBars;
    spec.title = QStringLiteral("Recomandări primite și incluse");
    spec.categories = {
        QStringLiteral("Ministerul Dezvoltării, Lucrărilor Publice și Administrației"),
        QStringLiteral("Ministerul Educației"), QStringLiteral("Ministerul Sănătății")};
    spec.series = {{QStringLiteral("Primite"), {40, 12, 9}},
                   {QStringLiteral("Incluse"), {18, 3, 9}}};
    return spec;
}

ChartSpec indicators()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::BarsWithTarget;
    spec.title = QStringLiteral("Realizarea indicatorilor");
    spec.categories = {QStringLiteral("Videoconferințe"), QStringLiteral("Participanți"),
                       QStringLiteral("Teme dezbătute")};
    spec.series = {{QStringLiteral("Realizat"), {13, 450, 20}}};
    spec.targets = {12, 500, 15};
    spec.targetName = QStringLiteral("Țintă");
    return spec;
}

template <typename T> QList<T *> seriesOf(QChart *chart)
{
    QList<T *> found;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *s = qobject_cast<T *>(series))
            found << s;
    }
    return found;
}

/// The first axis of @p chart that is a T (nullptr when none is).
template <typename T> T *axisOf(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *a = qobject_cast<T *>(axis))
            return a;
    }
    return nullptr;
}

QBarCategoryAxis *categoryAxis(QChart *chart)
{
    return axisOf<QBarCategoryAxis>(chart);
}

QValueAxis *valueAxis(QChart *chart)
{
    return axisOf<QValueAxis>(chart);
}

} // namespace

// ChartBuilder: each kind of ChartSpec becomes the chart it describes (series, categories in
// order, axes, the target strokes, an empty spec), and a chart drawn into a PDF stays vector.
class TestChartBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceScale_data()
    {
        QTest::addColumn<double>("maximum");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("step");
        QTest::newRow("zero") << 0.0 << 1.0 << 1.0;
        QTest::newRow("seven") << 7.0 << 8.0 << 2.0;
        QTest::newRow("120") << 120.0 << 125.0 << 25.0;
        QTest::newRow("450") << 450.0 << 500.0 << 100.0;
        QTest::newRow("1234") << 1234.0 << 1250.0 << 250.0;
        QTest::newRow("59") << 59.0 << 60.0 << 20.0;
        QTest::newRow("0.37") << 0.37 << 0.4 << 0.1;
    }
    void niceScale()
    {
        QFETCH(double, maximum);
        QFETCH(double, top);
        QFETCH(double, step);
        const ChartBuilder::Scale scale = ChartBuilder::niceScale(maximum, 5);
        QCOMPARE(scale.top, top);
        QCOMPARE(scale.step, step);
        QVERIFY(scale.top >= maximum);
        QVERIFY(scale.tickCount() >= 2 && scale.tickCount() <= 7);
    }

    void wrapLabel()
    {
        QCOMPARE(ChartBuilder::wrapLabel(QStringLiteral("Nord-Est"), 10),
                 QStringLiteral("Nord-Est"));
        QCOMPARE(ChartBuilder::wrapLabel(
                     QStringLiteral("Ministerul Dezvoltării, Lucrărilor Publice"), 20),
                 QStringLiteral("Ministerul\nDezvoltării,\nLucrărilor Publice"));
    }

    void horizontalBarsKeepTheOrderAndTheNames()
    {
        const ChartSpec spec = regions();
        std::unique_ptr<QChart> chart(ChartBuilder::build(spec));
        QCOMPARE(chart->title(), spec.title);
        const QList<QHorizontalBarSeries *> bars = seriesOf<QHorizontalBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->count(), 1);
        const QBarSet *set = bars.first()->barSets().first();
        QCOMPARE(set->count(), 3);
        // Drawn bottom-up: the first category of the spec is the last bar, on top.
        QCOMPARE(set->at(2), 120.0);
        QCOMPARE(set->at(0), 7.0);
        QCOMPARE(ChartBuilder::categoryIndex(spec, 2), 0);
        QCOMPARE(ChartBuilder::categoryIndex(spec, 0), 2);
        QVERIFY(bars.first()->isLabelsVisible());
        QBarCategoryAxis *categories = categoryAxis(chart.get());
        QVERIFY(categories);
        // Romanian names untouched.
        QCOMPARE(
            categories->categories(),
            QStringList({spec.categories.at(2), spec.categories.at(1), spec.categories.at(0)}));
        QCOMPARE(categories->alignment(), Qt::AlignLeft);
        QValueAxis *values = valueAxis(chart.get());
        QVERIFY(values);
        QCOMPARE(values->min(), 0.0);
        QVERIFY(values->max() >= 120.0);
        QVERIFY(!chart->legend()->isVisible()); // one series: the title says it
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
        QVERIFY(!chart->isDropShadowEnabled());
    }

    void verticalBarsTiltManyLabels()
    {
        std::unique_ptr<QChart> chart(ChartBuilder::build(participants()));
        const QList<QBarSeries *> bars = seriesOf<QBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->barSets().first()->count(), 13);
        QBarCategoryAxis *categories = categoryAxis(chart.get());
        QCOMPARE(categories->count(), 13);
        QCOMPARE(categories->at(0), QStringLiteral("01.03.2021"));
        QCOMPARE(categories->alignment(), Qt::AlignBottom);
        QCOMPARE(categories->labelsAngle(), -90);
        QCOMPARE(ChartBuilder::categoryIndex(participants(), 4), 4);
        QCOMPARE(valueAxis(chart.get())->titleText(), QStringLiteral("participanți"));
        QVERIFY(valueAxis(chart.get())->max() >= 59.0);
    }

    void groupedBarsOneSetPerSeriesAndLongNamesWrapped()
    {
        const ChartSpec spec = recommendations();
        std::unique_ptr<QChart> chart(ChartBuilder::build(spec));
        const QList<QBarSeries *> bars = seriesOf<QBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        const QList<QBarSet *> sets = bars.first()->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(0)->label(), QStringLiteral("Primite"));
        QCOMPARE(sets.at(1)->label(), QStringLiteral("Incluse"));
        QCOMPARE(sets.at(1)->at(0), 18.0);
        // Told apart without colour: different fill styles or grey levels in the document style.
        std::unique_ptr<QChart> print(ChartBuilder::build(spec, ChartBuilder::Style::Document));
        const QList<QBarSet *> printed = seriesOf<QBarSeries>(print.get()).first()->barSets();
        QVERIFY(printed.at(0)->brush().style() != printed.at(1)->brush().style());
        QVERIFY(qGray(printed.at(0)->brush().color().rgb()) ==
                qGray(printed.at(0)->brush().color().rgb()));
        QVERIFY(chart->legend()->isVisible());
        QBarCategoryAxis *categories = categoryAxis(chart.get());
        QCOMPARE(categories->count(), 3);
        QVERIFY(categories->at(0).contains(QLatin1String("<br>")));
        QVERIFY(categories->at(0).startsWith(QLatin1String("Ministerul")));
        QCOMPARE(categories->at(1), QStringLiteral("Ministerul Educației"));
    }

    void targetsDrawnAsStrokes()
    {
        const ChartSpec spec = indicators();
        // In a view: the legend makes its markers as the chart is shown.
        QChartView view(ChartBuilder::build(spec));
        view.resize(640, 360);
        view.grab();
        QChart *chart = view.chart();
        QCOMPARE(seriesOf<QBarSeries>(chart).size(), 1);
        const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart);
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(lines.at(i)->count(), 2);
            QCOMPARE(lines.at(i)->at(0).y(), spec.targets.at(i));
            QCOMPARE(lines.at(i)->at(1).y(), spec.targets.at(i));
            QVERIFY(lines.at(i)->at(0).x() < i && lines.at(i)->at(1).x() > i);
            QCOMPARE(lines.at(i)->name(), QStringLiteral("Țintă"));
        }
        // The value axis reaches the highest target, and the legend names the target once.
        QVERIFY(valueAxis(chart)->max() >= 500.0);
        int visibleTargets = 0;
        for (QLineSeries *line : lines) {
            for (QLegendMarker *marker : chart->legend()->markers(line))
                visibleTargets += marker->isVisible() ? 1 : 0;
        }
        QCOMPARE(visibleTargets, 1);
    }

    void percentAxis()
    {
        ChartSpec spec = recommendations();
        spec.series = {{QStringLiteral("Incluse"), {45, 25, 100}}};
        spec.kind = ChartSpec::Kind::Bars;
        spec.percent = true;
        std::unique_ptr<QChart> chart(ChartBuilder::build(spec));
        QValueAxis *values = valueAxis(chart.get());
        QCOMPARE(values->min(), 0.0);
        // Room above a bar at 100 % for its value label, on a round tick.
        QCOMPARE(values->max(), 120.0);
        QCOMPARE(values->tickCount(), 7);
        QVERIFY(values->labelFormat().contains(QLatin1Char('%')));
        QCOMPARE(seriesOf<QBarSeries>(chart.get()).first()->labelsFormat(),
                 QStringLiteral("@value%"));
    }

    void amountsKeepEveryDigitOnTheBars()
    {
        // 351,000.74 lei written with too few significant digits came out as "3.51e+05".
        ChartSpec spec = recommendations();
        spec.series = {{QStringLiteral("Acordat"), {351000.74, 1200.5, 99.25}}};
        spec.kind = ChartSpec::Kind::Bars;
        std::unique_ptr<QChart> chart(ChartBuilder::build(spec));
        QCOMPARE(seriesOf<QBarSeries>(chart.get()).first()->labelsPrecision(), 7);
    }

    void emptySpec()
    {
        ChartSpec spec;
        spec.title = QStringLiteral("Nimic");
        QVERIFY(spec.isEmpty());
        std::unique_ptr<QChart> chart(ChartBuilder::build(spec));
        QCOMPARE(chart->title(), QStringLiteral("Nimic"));
        QVERIFY(chart->series().isEmpty());
        // Drawn without trouble too.
        QImage image(400, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartBuilder::render(spec, &painter, QRectF(0, 0, 400, 300));
    }

    void pdfStaysVector()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("charts.pdf"));
        {
            QPdfWriter pdf(path);
            pdf.setResolution(300);
            QPainter painter(&pdf);
            const QRectF area(0, 0, pdf.width(), pdf.height() / 3.0);
            ChartBuilder::render(regions(), &painter, area);
            ChartBuilder::render(recommendations(), &painter, area.translated(0, area.height()));
            ChartBuilder::render(indicators(), &painter, area.translated(0, 2 * area.height()));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(!bytes.contains("/Subtype /Image") && !bytes.contains("/Subtype/Image"),
                 "a chart turned into a bitmap");
        const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        if (!pdfimages.isEmpty()) {
            QProcess list;
            list.start(pdfimages, {QStringLiteral("-list"), path});
            QVERIFY(list.waitForFinished());
            // The two header lines only.
            QCOMPARE(QString::fromUtf8(list.readAllStandardOutput())
                         .trimmed()
                         .split(QLatin1Char('\n'))
                         .size(),
                     2);
        }
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext missing (poppler-utils)");
        QProcess text;
        text.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected :
             {QStringLiteral("București-Ilfov"), QStringLiteral("Organizații pe regiuni"),
              QStringLiteral("Realizarea indicatorilor"), QStringLiteral("Țintă"),
              QStringLiteral("Primite")})
            QVERIFY2(extracted.contains(expected),
                     qPrintable(expected + QStringLiteral(" missing in:\n") + extracted));
    }

    void exportFormats()
    {
        QTemporaryDir dir;
        for (const QString &suffix : ChartBuilder::exportSuffixes()) {
            const QString path = dir.filePath(QStringLiteral("chart.") + suffix);
            QCOMPARE(ChartBuilder::exportTo(regions(), path, QSizeF(640, 360)), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.size() > 500, qPrintable(path));
            if (suffix == u"png") {
                QImage image;
                QVERIFY(image.loadFromData(bytes, "PNG"));
                QCOMPARE(image.size(), QSize(1280, 720));
            } else if (suffix == u"svg") {
                QVERIFY(bytes.contains("<svg"));
                QVERIFY(bytes.contains("<image") == false);
            } else {
                QVERIFY(bytes.startsWith("%PDF"));
                QVERIFY(!bytes.contains("/Subtype /Image"));
            }
        }
        QVERIFY(!ChartBuilder::exportTo(regions(), dir.filePath(QStringLiteral("chart.gif")),
                                        QSizeF(640, 360))
                     .isEmpty());
    }
};

QTEST_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dc::reports {

/// A chart described as data: what it shows, never how it is drawn. The report builders in
/// models/ fill it from the records; views/documents/ChartBuilder turns it into a Qt Charts chart
/// for the dashboard and for the documents alike, so a figure cannot differ between the screen
/// and the paper.
struct ChartSpec
{
    enum class Kind
    {
        Bars,           ///< one series, vertical bars (participants per videoconference)
        HorizontalBars, ///< one series, horizontal bars in the given order (organizations per
                        ///< region)
        GroupedBars,    ///< several series side by side (recommendations received vs included)
        BarsWithTarget, ///< achieved values as bars, targets as a line of markers (indicators)
        GroupedHorizontalBars, ///< several series side by side, horizontal bars in the given
                               ///< order (granted and paid per institution)
    };
    struct Series
    {
        QString name;
        QList<double> values; ///< one per category
    };

    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    /// Optional, one per category: what the dashboard opens when the bar is clicked (e.g. a
    /// county code, an institution id); empty when the bar leads nowhere.
    QStringList categoryKeys;
    QList<Series> series;
    /// BarsWithTarget only: the target of each category (same order as categories).
    QList<double> targets;
    QString targetName;
    QString valueAxisTitle;
    /// Values are percentages (axis 0–100 and labels with %).
    bool percent = false;
    /// The most ticks on the value axis (0: as the kind has them); few for large amounts in a
    /// narrow chart, whose labels would run into each other.
    int valueTicks = 0;

    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};

/// A table of a document: a header row and body rows of display text (already formatted by the
/// locale of the document's language).
struct TableSpec
{
    QStringList header;
    QList<QStringList> rows;
    /// Relative widths of the columns (empty: equal widths).
    QList<int> stretch;
    /// Columns whose text is right-aligned (numbers, amounts, percentages).
    QList<int> numericColumns;
    /// The last row is a total (drawn bold).
    bool totalRow = false;
};

/// One block of a document, in reading order.
struct Block
{
    enum class Kind
    {
        Heading,
        Paragraph,
        Table,
        Chart,
        PageBreak
    };
    Kind kind = Kind::Paragraph;
    int level = 1; ///< Heading: 1 (section) or 2 (subsection)
    QString text;  ///< Heading and Paragraph (plain text; line breaks kept)
    TableSpec table;
    ChartSpec chart;

    static Block heading(QString text, int level = 1);
    static Block paragraph(QString text);
    static Block tableBlock(TableSpec table);
    static Block chartBlock(ChartSpec chart);
    static Block pageBreak();
};

/// A document laid out once by views/documents and sent to the print preview, the printer and
/// the PDF. Built by the report builders of models/reports from the records only.
struct ReportDocument
{
    QString title;    ///< also the PDF's title
    QString subtitle; ///< e.g. the edition, the year, the institution
    QDate generatedOn;
    /// The language the text was produced in ("ro", "en", "sr"), for the PDF metadata.
    QString language;
    QList<Block> blocks;
    /// The figures behind the document, for `report ... --csv`: one header row, then rows.
    TableSpec figures;
    /// A document the office signs and sends (a program synthesis, a funding synthesis): it gets
    /// a registration line ("Nr. … / …", left blank for the registry) and a signature block.
    bool official = false;

    ReportDocument &add(Block block)
    {
        blocks.append(std::move(block));
        return *this;
    }
};

} // namespace dc::reports

#pragma once

#include "core/Result.h"
#include "documents/ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace dc {

/// What every page of a document carries besides its content: the institution and department
/// in the header, the date of generation (in the locale's format) in the footer; and the
/// signatory of an official document.
struct PageDecoration
{
    QString institution;
    QString department;
    QLocale locale;
    /// Who signs an official document and as what; dotted lines to fill in when empty.
    QString signatoryName;
    QString signatoryRole;

    /// The names from the settings (DocumentSettings) and the default locale.
    static PageDecoration fromSettings();
};

/// A ReportDocument laid out once on pages with QPainter and painted page by page onto any paged
/// device (QPdfWriter, QPrinter, the print preview): header and footer on every page, a title
/// block on the first, word-wrapped paragraphs, tables whose header row repeats on every page
/// they run over and whose rows are never cut, charts drawn as vector graphics. Drawing tables
/// with QPainter rather than QTextDocument keeps a document of thousands of rows fast.
class DocumentLayout final
{
public:
    explicit DocumentLayout(reports::ReportDocument document,
                            PageDecoration decoration = PageDecoration::fromSettings());

    /// A4 portrait with the margins of the office's documents.
    static QPageLayout defaultPageLayout();

    /// Lays the document out for pages whose printable area is @p areaPoints (in points); does
    /// nothing when it is already laid out for that size.
    void layout(const QSizeF &areaPoints);
    int pageCount() const { return int(m_pages.size()); }

    /// Paints page @p index (from 0) with @p painter, whose origin is the top-left corner of the
    /// printable area and whose unit is a tenth of a point (see unitsPerInch()).
    void paintPage(QPainter &painter, int index) const;

    /// Lays the document out for @p device's page layout and paints every page (or the pages
    /// @p fromPage to @p toPage, counted from 1, when given). A failure when painting cannot
    /// begin on the device.
    Status paint(QPagedPaintDevice &device, int fromPage = 0, int toPage = 0);
    /// The printer's page range (print dialog) is respected.
    Status print(QPrinter &printer);

    /// The layout's unit: a tenth of a point.
    static constexpr qreal unitsPerInch() { return 720.0; }

    const reports::ReportDocument &document() const { return m_document; }

    /// What the layout put on a page, for checks: each line of text (a heading's apart), cell,
    /// rule and chart with its place in layout units.
    struct PlacedItem
    {
        enum Kind
        {
            Heading,
            Text,
            Box,
            Rule,
            Chart
        };
        Kind kind = Text;
        QRectF rect;
        QString text;
        /// Heading and Text: the width the written text takes, more than rect's when it runs
        /// over its box.
        qreal textWidth = 0;
    };
    QList<PlacedItem> pageContent(int index) const;

    /// The running title of the pages after the first in the room left beside the department:
    /// the whole title in a font made smaller until it fits (down to 6 pt), elided only below that.
    /// Returns the pixel size of the font chosen (tenths of a point) and sets @p text.
    static int fitRunningTitle(const QString &title, qreal room, QString *text);

private:
    enum FontRole
    {
        Body,
        Bold,
        Small,
        SmallBold,
        Title,
        Subtitle,
        Heading1,
        Heading2,
        Cell,
        CellBold,
        FontRoleCount
    };
    struct Item
    {
        /// Never Heading: a heading is a Text in a heading's font.
        PlacedItem::Kind kind = PlacedItem::Text;
        QRectF rect;
        QString text;
        FontRole font = Body;
        Qt::Alignment alignment = Qt::AlignLeft;
        QColor fill;    ///< Box: the fill (invalid: none)
        int block = -1; ///< Chart: the block of the chart
    };
    using Page = QList<Item>;

    /// @p keepHyphenatedWords: never break after the hyphen inside a word (titles).
    QStringList wrap(const QString &text, FontRole font, qreal width,
                     bool keepHyphenatedWords = false) const;
    qreal lineHeight(FontRole font) const;
    void newPage();
    /// Moves to a new page when less than @p height is left on this one (and it is not empty).
    void ensureSpace(qreal height);
    void addText(const QString &text, FontRole font, qreal x, qreal width, Qt::Alignment alignment,
                 qreal y);
    /// The height block @p index needs on the page it starts on, so that what comes before it
    /// (a heading, a paragraph introducing a table) is not left alone at the foot of a page: a
    /// heading with what follows it, a paragraph's first lines (all of it when it introduces a
    /// table, with the table's start), a table's header and first row, a chart whole.
    qreal leadHeight(int index) const;
    QList<qreal> columnWidths(const reports::TableSpec &table) const;
    qreal rowHeight(const QStringList &texts, FontRole font, const QList<qreal> &widths) const;
    qreal chartHeight(int blockIndex) const;
    void layoutTitle();
    void layoutHeading(const reports::Block &block, qreal keepWithNext);
    void layoutParagraph(const reports::Block &block);
    void layoutTable(const reports::TableSpec &table);
    void layoutChart(int blockIndex);
    void layoutRegistration();
    void layoutSignature();
    /// The height of the signature block, the space above it included.
    qreal signatureHeight() const;
    void paintDecoration(QPainter &painter, int index) const;

    reports::ReportDocument m_document;
    PageDecoration m_decoration;
    QList<QFont> m_fonts;
    QSizeF m_area;      ///< laid out for this area, in units
    qreal m_top = 0;    ///< where the content starts on a page
    qreal m_bottom = 0; ///< where it must end
    qreal m_y = 0;      ///< the current position while laying out
    QList<Page> m_pages;
};

} // namespace dc

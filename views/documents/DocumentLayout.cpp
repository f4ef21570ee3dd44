#include "DocumentLayout.h"

#include "ChartBuilder.h"
#include "DocumentSettings.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QMarginsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrinter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <numeric>

namespace dc {

using reports::Block;
using reports::TableSpec;

namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");

// Sizes in the layout's unit, a tenth of a point.
constexpr qreal cellPaddingX = 35;
constexpr qreal cellPaddingY = 22;
constexpr qreal gridWidth = 5; // 0.5 pt: thin, and still printed by any printer
constexpr qreal ruleWidth = 8;
constexpr qreal paragraphGap = 60;
constexpr qreal blockGap = 100;
constexpr qreal headingGap = 50;    // below a heading
constexpr qreal headerHeight = 300; // institution, department, rule
constexpr qreal headerGap = 160;
constexpr qreal footerHeight = 180;
constexpr qreal chartAspect = 0.56;

const QColor headerFill(0xd9, 0xd9, 0xd9);
const QColor totalFill(0xf0, 0xf0, 0xf0);
const QColor gridColor(Qt::black);

QFont makeFont(int tenthsOfPoint, bool bold = false)
{
    QFont font(fontFamily);
    font.setPixelSize(tenthsOfPoint);
    font.setBold(bold);
    // The layout measures and the PDF draws with the same, unhinted, metrics.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    // No shaping for Latin text: no "ﬁ" ligature, so that text copied from the PDF or searched
    // in it ("fictiv", "beneficiul") is the text written (issue 15).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

PageDecoration PageDecoration::fromSettings()
{
    return PageDecoration{DocumentSettings::institution(), DocumentSettings::department(),
                          QLocale(), DocumentSettings::signatoryName(),
                          DocumentSettings::signatoryRole()};
}

DocumentLayout::DocumentLayout(reports::ReportDocument document, PageDecoration decoration)
    : m_document(std::move(document)), m_decoration(std::move(decoration))
{
    m_fonts.resize(FontRoleCount);
    m_fonts[Body] = makeFont(105);
    m_fonts[Bold] = makeFont(105, true);
    m_fonts[Small] = makeFont(80);
    m_fonts[SmallBold] = makeFont(85, true);
    m_fonts[Title] = makeFont(165, true);
    m_fonts[Subtitle] = makeFont(125);
    m_fonts[Heading1] = makeFont(125, true);
    m_fonts[Heading2] = makeFont(110, true);
    m_fonts[Cell] = makeFont(90);
    m_fonts[CellBold] = makeFont(90, true);
}

QPageLayout DocumentLayout::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 20, 15),
                       QPageLayout::Millimeter);
}

qreal DocumentLayout::lineHeight(FontRole font) const
{
    return QFontMetricsF(m_fonts[font]).lineSpacing();
}

QStringList DocumentLayout::wrap(const QString &text, FontRole font, qreal width,
                                 bool keepHyphenatedWords) const
{
    const QFontMetricsF metrics(m_fonts[font]);
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        // Most cells fit on one line: measure before paying for a text layout.
        if (metrics.horizontalAdvance(paragraph) <= width) {
            lines << paragraph;
            continue;
        }
        // A hyphenated word stays whole ("ONG-urilor", issue 15): the lines are found on a copy
        // whose hyphens between letters do not break (U+2011, as wide in DejaVu Sans), and
        // taken from the text itself, so that the PDF keeps the ordinary hyphen to search for.
        QString measured = paragraph;
        if (keepHyphenatedWords) {
            for (qsizetype i = 1; i + 1 < measured.size(); ++i) {
                if (measured.at(i) == QLatin1Char('-') && measured.at(i - 1).isLetterOrNumber() &&
                    measured.at(i + 1).isLetterOrNumber())
                    measured[i] = QChar(0x2011);
            }
        }
        QTextLayout layout(measured, m_fonts[font]);
        // A word longer than the width is broken rather than drawn over the next column.
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

void DocumentLayout::newPage()
{
    m_pages.append(Page());
    m_y = m_top;
}

void DocumentLayout::ensureSpace(qreal height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void DocumentLayout::addText(const QString &text, FontRole font, qreal x, qreal width,
                             Qt::Alignment alignment, qreal y)
{
    Item item;
    item.kind = PlacedItem::Text;
    item.rect = QRectF(x, y, width, lineHeight(font));
    item.text = text;
    item.font = font;
    item.alignment = alignment;
    m_pages.last().append(item);
}

void DocumentLayout::layout(const QSizeF &areaPoints)
{
    const QSizeF area = areaPoints * 10;
    if (!m_pages.isEmpty() && area == m_area)
        return;
    m_area = area;
    m_pages.clear();
    m_top = headerHeight + headerGap;
    m_bottom = m_area.height() - footerHeight;
    newPage();
    if (m_document.official)
        layoutRegistration();
    layoutTitle();
    // The signature never alone on a page (issue 15: in English and Serbian the funding synthesis'
    // signature sat alone on page 3): the last block, with the heading or the paragraph that leads
    // into it, ends where the signature still fits below it.
    int keepWithSignature = int(m_document.blocks.size());
    if (m_document.official && keepWithSignature > 0) {
        --keepWithSignature;
        while (keepWithSignature > 0) {
            const Block::Kind previous = m_document.blocks.at(keepWithSignature - 1).kind;
            const Block::Kind kind = m_document.blocks.at(keepWithSignature).kind;
            if (previous == Block::Kind::Heading ||
                (previous == Block::Kind::Paragraph && kind == Block::Kind::Table))
                --keepWithSignature;
            else
                break;
        }
    }
    for (int i = 0; i < m_document.blocks.size(); ++i) {
        if (i == keepWithSignature)
            m_bottom -= signatureHeight() + blockGap; // and the gap after the last block
        const Block &block = m_document.blocks.at(i);
        switch (block.kind) {
        case Block::Kind::Heading:
            // A heading stays with what follows it (issue 15: "4. Calendar of the activities"
            // was left alone at the foot of a page when its table's first row was tall).
            layoutHeading(block, leadHeight(i + 1));
            break;
        case Block::Kind::Paragraph: {
            // A paragraph that introduces a table stays on the page of the table's first row.
            const bool introducesTable = i + 1 < m_document.blocks.size() &&
                                         m_document.blocks.at(i + 1).kind == Block::Kind::Table;
            if (introducesTable)
                ensureSpace(leadHeight(i));
            layoutParagraph(block);
            break;
        }
        case Block::Kind::Table:
            layoutTable(block.table);
            break;
        case Block::Kind::Chart:
            layoutChart(i);
            break;
        case Block::Kind::PageBreak:
            if (m_y > m_top)
                newPage();
            break;
        }
    }
    m_bottom = m_area.height() - footerHeight;
    if (m_document.official)
        layoutSignature();
}

namespace {

// A blank for the official to fill in by hand.
QString blank(int length)
{
    return QString(length, QChar(0x2026)); // …
}

} // namespace

void DocumentLayout::layoutRegistration()
{
    // The registry writes the number and the day by hand: "Nr. …… / ……".
    //: The registration line of an official document, filled in by hand: "Nr. ……… / ………" (number /
    //: day)
    const QString line =
        QCoreApplication::translate("DocumentLayout", "No. %1 / %2").arg(blank(12), blank(10));
    addText(line, Body, 0, m_area.width(), Qt::AlignLeft, m_y);
    m_y += lineHeight(Body);
}

qreal DocumentLayout::signatureHeight() const
{
    return 200 + lineHeight(Bold) + lineHeight(Body) + 350 + 20 + lineHeight(Small);
}

void DocumentLayout::layoutSignature()
{
    // Role, name and the room for the signature, in the right half, kept together.
    const qreal x = m_area.width() * 0.5;
    const qreal width = m_area.width() * 0.5;
    ensureSpace(signatureHeight());
    m_y += 200;
    const QString role =
        m_decoration.signatoryRole.isEmpty() ? blank(24) : m_decoration.signatoryRole;
    const QString name =
        m_decoration.signatoryName.isEmpty() ? blank(24) : m_decoration.signatoryName;
    addText(role, Bold, x, width, Qt::AlignHCenter, m_y);
    m_y += lineHeight(Bold);
    addText(name, Body, x, width, Qt::AlignHCenter, m_y);
    m_y += lineHeight(Body) + 350;
    Item rule;
    rule.kind = PlacedItem::Rule;
    rule.rect = QRectF(x + width * 0.2, m_y, width * 0.6, 0);
    m_pages.last().append(rule);
    m_y += 20;
    //: Under the line where the signatory signs an official document
    addText(QCoreApplication::translate("DocumentLayout", "Signature"), Small, x, width,
            Qt::AlignHCenter, m_y);
    m_y += lineHeight(Small);
}

QList<qreal> DocumentLayout::columnWidths(const TableSpec &table) const
{
    const int columns = int(table.header.size());
    QList<qreal> stretch;
    for (int c = 0; c < columns; ++c)
        stretch << qreal(c < table.stretch.size() ? std::max(1, table.stretch.at(c)) : 1);

    // The narrowest each column can be: its longest word (a date, an amount, a header word such
    // as "Nepublice") on one line. Words are measured once each, so that a table of thousands
    // of rows stays fast.
    QList<qreal> least(columns, 0.0);
    QHash<QString, qreal> measured[2];
    // A number keeps its unit on its line ("580.000,00 lei", "64,74 %"): in a numeric column
    // only a line break separates, a space does not.
    const auto widen = [&](const QString &text, int column, FontRole font, bool numeric) {
        const QFontMetricsF metrics(m_fonts[font]);
        QHash<QString, qreal> &cache = measured[font == CellBold ? 1 : 0];
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool separates = i == text.size() || text.at(i) == QLatin1Char('\n') ||
                                   (!numeric && text.at(i).isSpace());
            if (!separates)
                continue;
            if (i > start) {
                const QString word = text.mid(start, i - start);
                auto it = cache.constFind(word);
                if (it == cache.constEnd())
                    it = cache.insert(word, metrics.horizontalAdvance(word));
                least[column] = std::max(least[column], it.value() + 2 * cellPaddingX + 1);
            }
            start = i + 1;
        }
    };
    for (int c = 0; c < columns; ++c)
        widen(table.header.at(c), c, CellBold, false);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const FontRole font = table.totalRow && r == table.rows.size() - 1 ? CellBold : Cell;
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < columns && c < row.size(); ++c)
            widen(row.at(c), c, font, table.numericColumns.contains(c));
    }

    // The relative widths, except that a column narrower than its longest word gets that width
    // and the others share what is left by their relative widths. When even the narrowest
    // columns do not fit, the relative widths stay and wrap() breaks the long words.
    const qreal total = m_area.width();
    QList<qreal> widths(columns, 0.0);
    if (std::accumulate(least.begin(), least.end(), 0.0) > total) {
        const qreal sum = std::accumulate(stretch.begin(), stretch.end(), 0.0);
        for (int c = 0; c < columns; ++c)
            widths[c] = stretch.at(c) / sum * total;
        return widths;
    }
    QList<bool> fixed(columns, false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal room = total;
        qreal sum = 0;
        for (int c = 0; c < columns; ++c) {
            if (fixed.at(c))
                room -= least.at(c);
            else
                sum += stretch.at(c);
        }
        for (int c = 0; c < columns; ++c) {
            if (fixed.at(c)) {
                widths[c] = least.at(c);
                continue;
            }
            widths[c] = stretch.at(c) / sum * room;
            if (widths.at(c) < least.at(c)) {
                fixed[c] = true;
                changed = true;
            }
        }
    }
    return widths;
}

qreal DocumentLayout::rowHeight(const QStringList &texts, FontRole font,
                                const QList<qreal> &widths) const
{
    int lines = 1;
    for (int c = 0; c < widths.size(); ++c)
        lines = std::max(lines, int(wrap(c < texts.size() ? texts.at(c) : QString(), font,
                                         widths.at(c) - 2 * cellPaddingX)
                                        .size()));
    return lines * lineHeight(font) + 2 * cellPaddingY;
}

qreal DocumentLayout::chartHeight(int blockIndex) const
{
    const qreal width = m_area.width();
    qreal height = width * chartAspect;
    // Horizontal bars grow with their categories, so that every name keeps a line of its own.
    const reports::ChartSpec &chart = m_document.blocks.at(blockIndex).chart;
    if (chart.kind == reports::ChartSpec::Kind::HorizontalBars)
        height = std::max(height, (chart.categories.size() * 2.2 + 8) * lineHeight(Body));
    return std::min(height, m_bottom - m_top);
}

qreal DocumentLayout::leadHeight(int index) const
{
    if (index < 0 || index >= m_document.blocks.size())
        return 0;
    const Block &block = m_document.blocks.at(index);
    const auto nextIs = [&](Block::Kind kind) {
        return index + 1 < m_document.blocks.size() && m_document.blocks.at(index + 1).kind == kind;
    };
    qreal height = 0;
    switch (block.kind) {
    case Block::Kind::Heading: {
        const FontRole font = block.level <= 1 ? Heading1 : Heading2;
        height = wrap(block.text, font, m_area.width()).size() * lineHeight(font) + headingGap +
                 leadHeight(index + 1);
        break;
    }
    case Block::Kind::Paragraph: {
        const qsizetype lines = wrap(block.text, Body, m_area.width()).size();
        if (nextIs(Block::Kind::Table))
            height = lines * lineHeight(Body) + paragraphGap + leadHeight(index + 1);
        else
            height = std::min<qsizetype>(lines, 3) * lineHeight(Body);
        break;
    }
    case Block::Kind::Table: {
        if (block.table.header.isEmpty())
            return 0;
        const QList<qreal> widths = columnWidths(block.table);
        height = rowHeight(block.table.header, CellBold, widths);
        if (!block.table.rows.isEmpty())
            height += rowHeight(block.table.rows.first(), Cell, widths);
        break;
    }
    case Block::Kind::Chart:
        height = chartHeight(index);
        break;
    case Block::Kind::PageBreak:
        return 0;
    }
    // What cannot fit on any page is not kept with what comes before it.
    return std::min(height, (m_bottom - m_top) * 0.8);
}

void DocumentLayout::layoutTitle()
{
    const qreal width = m_area.width();
    m_y += 80;
    for (const QString &line : wrap(m_document.title, Title, width * 0.9, true)) {
        addText(line, Title, 0, width, Qt::AlignHCenter, m_y);
        m_y += lineHeight(Title);
    }
    if (!m_document.subtitle.isEmpty()) {
        m_y += 40;
        for (const QString &line : wrap(m_document.subtitle, Subtitle, width * 0.9, true)) {
            addText(line, Subtitle, 0, width, Qt::AlignHCenter, m_y);
            m_y += lineHeight(Subtitle);
        }
    }
    m_y += 120;
    Item rule;
    rule.kind = PlacedItem::Rule;
    rule.rect = QRectF(width * 0.3, m_y, width * 0.4, 0);
    m_pages.last().append(rule);
    m_y += 200;
}

void DocumentLayout::layoutHeading(const Block &block, qreal keepWithNext)
{
    const FontRole font = block.level <= 1 ? Heading1 : Heading2;
    const QStringList lines = wrap(block.text, font, m_area.width());
    const qreal height = lines.size() * lineHeight(font);
    const qreal before = m_y > m_top ? (block.level <= 1 ? 160 : 100) : 0;
    ensureSpace(before + height + headingGap + keepWithNext);
    if (m_y > m_top)
        m_y += before;
    for (const QString &line : lines) {
        addText(line, font, 0, m_area.width(), Qt::AlignLeft, m_y);
        m_y += lineHeight(font);
    }
    m_y += headingGap;
}

void DocumentLayout::layoutParagraph(const Block &block)
{
    const qreal height = lineHeight(Body);
    const QStringList lines = wrap(block.text, Body, m_area.width());
    for (const QString &line : lines) {
        ensureSpace(height);
        if (!line.isEmpty())
            addText(line, Body, 0, m_area.width(), Qt::AlignLeft, m_y);
        m_y += height;
    }
    m_y += paragraphGap;
}

void DocumentLayout::layoutTable(const TableSpec &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    // Column edges from the relative widths.
    const QList<qreal> widths = columnWidths(table);
    QList<qreal> left{0};
    for (const qreal w : widths)
        left << left.last() + w;

    struct Row
    {
        QList<QStringList> cells;
        qreal height = 0;
    };
    const auto measure = [&](const QStringList &texts, FontRole font) {
        Row row;
        int lines = 1;
        for (int c = 0; c < columns; ++c) {
            row.cells << wrap(c < texts.size() ? texts.at(c) : QString(), font,
                              widths.at(c) - 2 * cellPaddingX);
            lines = std::max(lines, int(row.cells.last().size()));
        }
        row.height = lines * lineHeight(font) + 2 * cellPaddingY;
        return row;
    };
    const auto place = [&](const Row &row, FontRole font, const QColor &fill) {
        Page &page = m_pages.last();
        for (int c = 0; c < columns; ++c) {
            Item box;
            box.kind = PlacedItem::Box;
            box.rect = QRectF(left.at(c), m_y, widths.at(c), row.height);
            box.fill = fill;
            page.append(box);
            const bool numeric = table.numericColumns.contains(c);
            qreal y = m_y + cellPaddingY;
            for (const QString &line : row.cells.at(c)) {
                addText(line, font, left.at(c) + cellPaddingX, widths.at(c) - 2 * cellPaddingX,
                        numeric ? Qt::AlignRight : Qt::AlignLeft, y);
                y += lineHeight(font);
            }
        }
        m_y += row.height;
    };

    const Row header = measure(table.header, CellBold);
    const qsizetype rowCount = table.rows.size();
    // The header and the first row go together.
    const Row first = rowCount > 0 ? measure(table.rows.first(), Cell) : Row();
    ensureSpace(header.height + first.height);
    place(header, CellBold, headerFill);
    for (qsizetype r = 0; r < rowCount; ++r) {
        const bool total = table.totalRow && r == rowCount - 1;
        const Row row = r == 0 ? first : measure(table.rows.at(r), total ? CellBold : Cell);
        // Never cut a row: it goes whole to the next page, under the header row again.
        if (m_y + row.height > m_bottom) {
            newPage();
            place(header, CellBold, headerFill);
        }
        place(row, total ? CellBold : Cell, total ? totalFill : QColor());
    }
    m_y += blockGap;
}

void DocumentLayout::layoutChart(int blockIndex)
{
    const qreal width = m_area.width();
    const qreal height = chartHeight(blockIndex);
    ensureSpace(height);
    Item item;
    item.kind = PlacedItem::Chart;
    item.rect = QRectF(0, m_y, width, height);
    item.block = blockIndex;
    m_pages.last().append(item);
    m_y += height + blockGap;
}

void DocumentLayout::paintDecoration(QPainter &painter, int index) const
{
    const qreal width = m_area.width();
    painter.setPen(Qt::black);
    painter.setFont(m_fonts[SmallBold]);
    painter.drawText(QRectF(0, 0, width * 0.6, lineHeight(SmallBold)), Qt::AlignLeft | Qt::AlignTop,
                     m_decoration.institution.toUpper());
    painter.setFont(m_fonts[Small]);
    painter.drawText(QRectF(0, lineHeight(SmallBold), width * 0.6, lineHeight(Small)),
                     Qt::AlignLeft | Qt::AlignTop, m_decoration.department);
    if (index > 0) {
        // The document's title on the following pages, so a loose page says what it belongs to,
        // whole in the room the department leaves (issue 15: it was cut on pages 2-4).
        const qreal department =
            QFontMetricsF(m_fonts[Small]).horizontalAdvance(m_decoration.department);
        const qreal room = width - std::max(department, width * 0.25) - 200;
        QString title;
        QFont font = m_fonts[Small];
        font.setPixelSize(fitRunningTitle(m_document.title, room, &title));
        painter.setFont(font);
        painter.drawText(QRectF(width - room, lineHeight(SmallBold), room, lineHeight(Small)),
                         Qt::AlignRight | Qt::AlignTop, title);
        painter.setFont(m_fonts[Small]);
    }
    painter.setPen(QPen(Qt::black, ruleWidth));
    painter.drawLine(QPointF(0, headerHeight - 40), QPointF(width, headerHeight - 40));

    const qreal footerTop = m_area.height() - footerHeight + 70;
    painter.setPen(QPen(Qt::black, gridWidth));
    painter.drawLine(QPointF(0, footerTop), QPointF(width, footerTop));
    painter.setFont(m_fonts[Small]);
    const QRectF text(0, footerTop + 30, width, lineHeight(Small));
    const QDate generated =
        m_document.generatedOn.isValid() ? m_document.generatedOn : QDate::currentDate();
    //: The footer of a document: "Generated on 25 November 2026"
    painter.drawText(
        text, Qt::AlignLeft | Qt::AlignTop,
        QCoreApplication::translate("DocumentLayout", "Generated on %1")
            .arg(m_decoration.locale.toString(generated, QStringLiteral("d MMMM yyyy"))));
    //: Page numbers in a document's footer: "2 / 5"
    painter.drawText(
        text, Qt::AlignRight | Qt::AlignTop,
        QCoreApplication::translate("DocumentLayout", "%1 / %2").arg(index + 1).arg(pageCount()));
}

int DocumentLayout::fitRunningTitle(const QString &title, qreal room, QString *text)
{
    int size = 80;
    for (; size > 60; size -= 5) {
        if (QFontMetricsF(makeFont(size)).horizontalAdvance(title) <= room)
            break;
    }
    const QFontMetricsF metrics(makeFont(size));
    *text = metrics.horizontalAdvance(title) <= room
                ? title
                : metrics.elidedText(title, Qt::ElideRight, room);
    return size;
}

QList<DocumentLayout::PlacedItem> DocumentLayout::pageContent(int index) const
{
    QList<PlacedItem> items;
    if (index < 0 || index >= m_pages.size())
        return items;
    for (const Item &item : m_pages.at(index)) {
        PlacedItem placed;
        placed.rect = item.rect;
        placed.text = item.text;
        placed.kind = item.kind;
        if (item.kind == PlacedItem::Text) {
            if (item.font == Heading1 || item.font == Heading2)
                placed.kind = PlacedItem::Heading;
            placed.textWidth = QFontMetricsF(m_fonts[item.font]).horizontalAdvance(item.text);
        }
        items << placed;
    }
    return items;
}

void DocumentLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintDecoration(painter, index);
    const QPen grid(gridColor, gridWidth);
    FontRole current = FontRoleCount;
    for (const Item &item : m_pages.at(index)) {
        switch (item.kind) {
        case PlacedItem::Heading: // never stored: a heading is a Text in a heading's font
        case PlacedItem::Text:
            if (item.font != current) {
                painter.setFont(m_fonts[item.font]);
                current = item.font;
            }
            painter.setPen(Qt::black);
            painter.drawText(item.rect,
                             item.alignment | Qt::AlignTop | Qt::TextSingleLine | Qt::TextDontClip,
                             item.text);
            break;
        case PlacedItem::Box:
            painter.setPen(grid);
            painter.setBrush(item.fill.isValid() ? QBrush(item.fill) : QBrush(Qt::NoBrush));
            painter.drawRect(item.rect);
            painter.setBrush(Qt::NoBrush);
            break;
        case PlacedItem::Rule:
            painter.setPen(QPen(Qt::black, ruleWidth));
            painter.drawLine(item.rect.topLeft(), item.rect.topRight());
            break;
        case PlacedItem::Chart:
            painter.save();
            // About 9 points for the chart's 12-pixel text.
            ChartBuilder::render(m_document.blocks.at(item.block).chart, &painter, item.rect,
                                 ChartBuilder::Style::Document,
                                 QSizeF(640, 640 * item.rect.height() / item.rect.width()));
            painter.restore();
            current = FontRoleCount;
            break;
        }
    }
    painter.restore();
}

Status DocumentLayout::paint(QPagedPaintDevice &device, int fromPage, int toPage)
{
    layout(device.pageLayout().paintRect(QPageLayout::Point).size());
    const int first = fromPage > 0 ? std::min(fromPage, pageCount()) - 1 : 0;
    const int last = toPage > 0 ? std::min(toPage, pageCount()) - 1 : pageCount() - 1;
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(QCoreApplication::translate(
            "DocumentLayout", "The document cannot be drawn on this device."));
    const qreal scaleX = device.logicalDpiX() / unitsPerInch();
    const qreal scaleY = device.logicalDpiY() / unitsPerInch();
    for (int i = first; i <= last; ++i) {
        if (i > first && !device.newPage()) {
            painter.end();
            return Status::failure(
                QCoreApplication::translate("DocumentLayout", "A new page cannot be started."));
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end())
        return Status::failure(
            QCoreApplication::translate("DocumentLayout", "The document cannot be finished."));
    return Status();
}

Status DocumentLayout::print(QPrinter &printer)
{
    if (printer.printRange() == QPrinter::PageRange)
        return paint(printer, printer.fromPage(), printer.toPage());
    return paint(printer);
}

} // namespace dc

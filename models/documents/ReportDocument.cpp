#include "documents/ReportDocument.h"

#include "core/Dates.h"

namespace dc::reports {

Block Block::heading(QString text, int level)
{
    Block b;
    b.kind = Kind::Heading;
    b.level = level;
    b.text = std::move(text);
    return b;
}

Block Block::paragraph(QString text)
{
    Block b;
    b.kind = Kind::Paragraph;
    // A sentence that ends with a Serbian date ("do 31.12.2021.") takes no second period.
    b.text = oneFinalPeriod(text);
    return b;
}

Block Block::tableBlock(TableSpec table)
{
    Block b;
    b.kind = Kind::Table;
    b.table = std::move(table);
    return b;
}

Block Block::chartBlock(ChartSpec chart)
{
    Block b;
    b.kind = Kind::Chart;
    b.chart = std::move(chart);
    return b;
}

Block Block::pageBreak()
{
    Block b;
    b.kind = Kind::PageBreak;
    return b;
}

} // namespace dc::reports

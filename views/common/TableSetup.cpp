#include "common/TableSetup.h"

#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>

namespace dc {

void setUpTable(QTableView *view, const TableOptions &options)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(options.singleSelection ? QAbstractItemView::SingleSelection
                                                   : QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(options.sortable);
    view->setAlternatingRowColors(options.alternatingRows);
    view->setWordWrap(options.wrapText);
    if (options.smoothScroll)
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    if (options.compactRows)
        rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(options.stretchLastColumn);
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const TableOptions &options)
{
    auto *view = new QTableView(parent);
    // Set up before the model comes: switching sorting on then sorts nothing, the page chooses
    // the first order (sortByColumn()).
    setUpTable(view, options);
    if (model)
        view->setModel(model);
    return view;
}

QTableWidget *makeTableWidget(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setUpTable(table, {.singleSelection = false, .alternatingRows = true, .wrapText = false});
    return table;
}

QTableWidgetItem *textCell(const QString &text, const QString &toolTip)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return cell;
}

} // namespace dc

#include "common/TableSetup.h"

#include <QHeaderView>
#include <QTableView>

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

} // namespace dc

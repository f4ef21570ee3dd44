#include "common/MasterDetail.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace dc {

void followCurrentRow(QTableView *view, QObject *context, const std::function<void()> &show)
{
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, context,
                     show);
    if (view->model()->rowCount() > 0)
        makeRowCurrent(view, 0);
    else
        show();
}

void makeRowCurrent(QTableView *view, int row)
{
    view->selectRow(row);
    view->setCurrentIndex(view->model()->index(row, 0));
}

} // namespace dc

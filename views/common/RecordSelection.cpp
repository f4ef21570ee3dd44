#include "common/RecordSelection.h"

#include "storage/RecordTableModel.h"

#include <QTableView>

namespace dc {

bool selectRecord(QTableView *view, int idRole, qint64 id)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; id > 0 && row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toLongLong() == id) {
            view->selectRow(row);
            showCurrentRow(view);
            return true;
        }
    }
    return false;
}

void showCurrentRow(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    view->doItemsLayout();
    // A hidden column is never scrolled to: the column at the left edge instead.
    const int column =
        view->isColumnHidden(current.column()) ? view->columnAt(0) : current.column();
    view->scrollTo(current.siblingAtColumn(column));
}

void showRecordAndDetail(QTableView *master, QTableView *detail, qint64 detailId)
{
    showCurrentRow(master);
    master->setFocus(Qt::OtherFocusReason);
    if (selectRecord(detail, RecordTableModel::IdRole, detailId))
        detail->setFocus(Qt::OtherFocusReason);
}

} // namespace dc

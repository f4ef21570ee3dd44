#include "common/MasterDetail.h"

#include "storage/RecordTableModel.h"

#include <QItemSelectionModel>
#include <QLabel>
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

qint64 currentRecordId(const QAbstractItemView *view)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
}

void makeRowCurrent(QTableView *view, int row)
{
    view->selectRow(row);
    view->setCurrentIndex(view->model()->index(row, 0));
}

QLabel *makeRecordLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(8);
    return label;
}

} // namespace dc

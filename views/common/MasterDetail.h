#pragma once

#include <QtGlobal>

#include <functional>

class QAbstractItemView;
class QLabel;
class QObject;
class QTableView;
class QWidget;

// A page that shows the record chosen in its list beside the list (bodies, drafts,
// institutions): the detail follows the current row, and the page opens on the first one.

namespace dc {

/// Calls @p show (in @p context) whenever the current row of @p view changes, then makes the
/// first row current; with no row, calls @p show at once (it then says that none is chosen).
void followCurrentRow(QTableView *view, QObject *context, const std::function<void()> &show);

/// The id (RecordTableModel::IdRole) of the current row of @p view; 0 when there is none.
qint64 currentRecordId(const QAbstractItemView *view);

/// Makes row @p row of @p view the current one, selected.
void makeRowCurrent(QTableView *view, int row);

/// The label that shows the chosen record: rich text from the top left, wrapped, selectable,
/// with a margin.
QLabel *makeRecordLabel(QWidget *parent);

} // namespace dc

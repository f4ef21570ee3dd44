#pragma once

#include <QtGlobal>

class QTableView;

namespace dc {

/// Selects the row of @p view whose @p idRole holds @p id and scrolls it into view; false when no
/// row holds it. The rows are laid out first: right after its model was reset a view still has
/// the old scroll range, and scrolling would stop short of the row.
bool selectRecord(QTableView *view, int idRole, qint64 id);

/// Scrolls @p view to its current row, the rows laid out first (see selectRecord()).
void showCurrentRow(QTableView *view);

/// What a navigate() request to a record and one of its details shows: the current row of
/// @p master in view with the focus, then the record @p detailId of @p detail (its IdRole)
/// selected with the focus when it is there.
void showRecordAndDetail(QTableView *master, QTableView *detail, qint64 detailId);

} // namespace dc

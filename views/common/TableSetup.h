#pragma once

#include <QStringList>

class QAbstractItemModel;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace dc {

/// How a list of records differs from the house table (see setUpTable()); the defaults are the
/// common case, a page names only what it changes: makeTable(model, this, {.sortable = true}).
struct TableOptions
{
    /// A click on a header sorts by that column.
    bool sortable = false;
    /// One row at a time (the record the page's detail and buttons work on); else several.
    bool singleSelection = true;
    bool alternatingRows = false;
    /// Long text broken into lines inside its fixed-height row; else cut with an ellipsis.
    bool wrapText = true;
    /// The last column takes the width the others leave.
    bool stretchLastColumn = true;
    /// Rows one line of text high (long lists); else the style's default height.
    bool compactRows = false;
    /// Scrolled sideways by pixels, not by whole columns (wide columns).
    bool smoothScroll = false;
};

/// Sets @p view up as a list of records, the same on every page: whole rows selected, never
/// edited in place (the forms edit), no row numbers, every row the same fixed height; the
/// differences come from @p options.
void setUpTable(QTableView *view, const TableOptions &options = {});

/// A new table view of @p model (may be null) set up by setUpTable().
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const TableOptions &options = {});

/// A table filled cell by cell (the preview and the rejected rows of an import) with the columns
/// @p headers, set up by setUpTable(): several rows selectable, alternating colours, one line a
/// row.
QTableWidget *makeTableWidget(const QStringList &headers, QWidget *parent);
/// A cell of such a table showing @p text, with @p toolTip (by default the text itself, which
/// may be cut in its column) as its tool tip.
QTableWidgetItem *textCell(const QString &text, const QString &toolTip = QString());

} // namespace dc

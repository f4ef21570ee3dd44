#pragma once

#include <QList>
#include <Qt>

class QPushButton;
class QSplitter;
class QString;
class QWidget;

namespace dc {

/// @p content under its @p title (rich text; none when empty), with @p buttons in a row under it:
/// one pane of a page's splitter (a list with its New/Edit/Delete buttons).
QWidget *titledPane(const QString &title, QWidget *content, QWidget *parent,
                    const QList<QPushButton *> &buttons = {});

/// A splitter of @p panes side by side (Qt::Horizontal) or one above the other, pane i taking
/// the share @p stretch[i] of the room when the splitter grows (0, the default, for the others).
QSplitter *splitPanes(Qt::Orientation orientation, const QList<QWidget *> &panes, QWidget *parent,
                      const QList<int> &stretch = {});

} // namespace dc

#pragma once

#include <QList>

class QPushButton;
class QString;
class QWidget;

namespace dc {

/// @p content under its @p title (rich text; none when empty), with @p buttons in a row under it:
/// one pane of a page's splitter (a list with its New/Edit/Delete buttons).
QWidget *titledPane(const QString &title, QWidget *content, QWidget *parent,
                    const QList<QPushButton *> &buttons = {});

} // namespace dc

#pragma once

#include <QSize>

class QWidget;

namespace dc {

/// Resizes the dialog @p dialog to @p wanted, or to less where its screen (its parent's, else
/// the primary one) has no room: on a 1024 x 600 netbook a 760-pixel form would put its buttons
/// below the screen's edge. Room is left for the window's frame and the desktop's panels.
void resizeWithinScreen(QWidget *dialog, const QSize &wanted);

} // namespace dc

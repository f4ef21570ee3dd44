#include "common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace dc {

void resizeWithinScreen(QWidget *dialog, const QSize &wanted)
{
    const QWidget *parent = dialog->parentWidget();
    const QScreen *screen = parent && parent->screen() ? parent->screen() : dialog->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        dialog->resize(wanted);
        return;
    }
    // The frame: a title bar above and a border around, which resize() does not count.
    constexpr int frameWidth = 16;
    constexpr int frameHeight = 40;
    const QRect available = screen->availableGeometry();
    const QSize room(available.width() - frameWidth, available.height() - frameHeight);
    const QSize least = dialog->minimumSizeHint();
    dialog->resize(std::max(std::min(wanted.width(), room.width()), least.width()),
                   std::max(std::min(wanted.height(), room.height()), least.height()));
}

} // namespace dc

#include "EventColors.h"

#include <QPainter>
#include <QPixmap>

namespace dc {

QColor EventColors::background(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned:
        return QColor(0xcf, 0xe2, 0xff);
    case EventStatus::Held:
        return QColor(0xcd, 0xf0, 0xd2);
    case EventStatus::Cancelled:
        return QColor(0xe0, 0xe0, 0xe0);
    case EventStatus::Postponed:
        return QColor(0xff, 0xe4, 0xb5);
    }
    return {};
}

EventStatus EventColors::dayStatus(const QList<EventStatus> &statuses)
{
    for (const EventStatus s : {EventStatus::Planned, EventStatus::Postponed, EventStatus::Held})
        if (statuses.contains(s))
            return s;
    return EventStatus::Cancelled;
}

QColor EventColors::program(qint64 programId)
{
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                     QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return palette[qAbs(programId) % qint64(std::size(palette))];
}

QIcon EventColors::programMark(qint64 programId)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(program(programId));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

} // namespace dc

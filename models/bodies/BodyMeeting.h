#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

/// A meeting of a consultative body: its agenda, which members came, what it adopted, and
/// whether its minutes were published.
struct BodyMeeting
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QDate heldOn;
    QString agenda;
    QString decisions;
    bool minutesPublished = false;
    QList<qint64> attendees; ///< the ids of the members present

    QJsonObject toJson() const;
};

void normalizeMeeting(BodyMeeting &meeting);
QStringList validateMeeting(const BodyMeeting &meeting);

} // namespace dc

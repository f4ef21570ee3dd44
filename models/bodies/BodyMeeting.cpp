#include "BodyMeeting.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(BodyMeeting)
};

} // namespace

QJsonObject BodyMeeting::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("body_id"), bodyId);
    json.insert(QLatin1String("held_on"), heldOn.toString(Qt::ISODate));
    if (!agenda.isEmpty())
        json.insert(QLatin1String("agenda"), agenda);
    if (!decisions.isEmpty())
        json.insert(QLatin1String("decisions"), decisions);
    json.insert(QLatin1String("minutes_published"), minutesPublished);
    QJsonArray present;
    for (const qint64 id : attendees)
        present.append(id);
    json.insert(QLatin1String("attendees"), present);
    return json;
}

void normalizeMeeting(BodyMeeting &meeting)
{
    meeting.agenda = meeting.agenda.trimmed();
    meeting.decisions = meeting.decisions.trimmed();
    std::sort(meeting.attendees.begin(), meeting.attendees.end());
    meeting.attendees.erase(std::unique(meeting.attendees.begin(), meeting.attendees.end()),
                            meeting.attendees.end());
}

QStringList validateMeeting(const BodyMeeting &meeting)
{
    QStringList problems;
    if (meeting.bodyId <= 0)
        problems << Messages::tr("Body: required.");
    if (!meeting.heldOn.isValid())
        problems << Messages::tr("Date: required.");
    return problems;
}

} // namespace dc

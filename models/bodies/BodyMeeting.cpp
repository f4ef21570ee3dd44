#include "BodyMeeting.h"

#include "core/AuditJson.h"

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
    AuditJson json;
    json.insert("body_id", bodyId);
    json.insert("held_on", heldOn.toString(Qt::ISODate));
    json.text("agenda", agenda);
    json.text("decisions", decisions);
    json.insert("minutes_published", minutesPublished);
    QJsonArray present;
    for (const qint64 id : attendees)
        present.append(id);
    json.insert("attendees", present);
    return json.object();
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

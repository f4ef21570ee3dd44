#include "Event.h"

#include "Edition.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Event)
};

QJsonValue optionalJson(std::optional<int> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

template <typename T> QJsonArray idArray(const QList<T> &ids)
{
    QJsonArray a;
    for (const T id : ids)
        a.append(double(id));
    return a;
}

} // namespace

std::optional<int> Event::totalParticipants() const
{
    std::optional<int> total;
    for (const std::optional<int> &n : {participantsNgo, participantsLocalAdministration,
                                        participantsAssociativeStructures, participantsOther}) {
        if (n)
            total = total.value_or(0) + *n;
    }
    return total;
}

bool Event::sameContent(const Event &o) const
{
    return editionId == o.editionId && organizerInstitutionId == o.organizerInstitutionId &&
           organizerOrganizationId == o.organizerOrganizationId && kind == o.kind &&
           number == o.number && title == o.title && date == o.date && startTime == o.startTime &&
           durationMinutes == o.durationMinutes && place == o.place && link == o.link &&
           centralTheme == o.centralTheme && otherThemes == o.otherThemes &&
           participantsNgo == o.participantsNgo &&
           participantsLocalAdministration == o.participantsLocalAdministration &&
           participantsAssociativeStructures == o.participantsAssociativeStructures &&
           participantsOther == o.participantsOther && conclusions == o.conclusions &&
           notes == o.notes && status == o.status && regionIds == o.regionIds &&
           coorganizerIds == o.coorganizerIds && attendeeIds == o.attendeeIds;
}

QJsonObject Event::toJson() const
{
    QJsonObject json{
        {QStringLiteral("edition_id"), editionId > 0 ? QJsonValue(editionId) : QJsonValue()},
        {QStringLiteral("kind"), eventKindCode(kind)},
        {QStringLiteral("number"), number},
        {QStringLiteral("title"), title},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("start_time"),
         startTime.isValid() ? startTime.toString(QStringLiteral("HH:mm")) : QString()},
        {QStringLiteral("duration_minutes"), optionalJson(durationMinutes)},
        {QStringLiteral("place"), place},
        {QStringLiteral("link"), link},
        {QStringLiteral("central_theme"), centralTheme},
        {QStringLiteral("other_themes"), QJsonArray::fromStringList(otherThemes)},
        {QStringLiteral("participants_ngo"), optionalJson(participantsNgo)},
        {QStringLiteral("participants_local_admin"), optionalJson(participantsLocalAdministration)},
        {QStringLiteral("participants_associative"),
         optionalJson(participantsAssociativeStructures)},
        {QStringLiteral("participants_other"), optionalJson(participantsOther)},
        {QStringLiteral("conclusions"), conclusions},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("status"), eventStatusCode(status)},
        {QStringLiteral("regions"), idArray(regionIds)},
        {QStringLiteral("coorganizers"), idArray(coorganizerIds)},
        {QStringLiteral("attendees"), idArray(attendeeIds)},
        {QStringLiteral("uid"), uid},
        {QStringLiteral("sequence"), sequence}};
    if (organizerInstitutionId > 0)
        json.insert(QStringLiteral("organizer_institution_id"), organizerInstitutionId);
    if (organizerOrganizationId > 0)
        json.insert(QStringLiteral("organizer_organization_id"), organizerOrganizationId);
    return json;
}

QList<EventKind> allEventKinds()
{
    return {EventKind::Videoconference, EventKind::Conference, EventKind::Seminar,
            EventKind::Workshop,        EventKind::RoundTable, EventKind::StudyVisit,
            EventKind::Closing};
}

QString eventKindCode(EventKind kind)
{
    switch (kind) {
    case EventKind::Videoconference:
        return QStringLiteral("videoconference");
    case EventKind::Conference:
        return QStringLiteral("conference");
    case EventKind::Seminar:
        return QStringLiteral("seminar");
    case EventKind::Workshop:
        return QStringLiteral("workshop");
    case EventKind::RoundTable:
        return QStringLiteral("round-table");
    case EventKind::StudyVisit:
        return QStringLiteral("study-visit");
    case EventKind::Closing:
        return QStringLiteral("closing");
    }
    return {};
}

std::optional<EventKind> eventKindFromCode(const QString &code)
{
    for (EventKind k : allEventKinds()) {
        if (eventKindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Videoconference:
        return Messages::tr("Videoconference");
    case EventKind::Conference:
        return Messages::tr("Conference");
    case EventKind::Seminar:
        return Messages::tr("Seminar");
    case EventKind::Workshop:
        return Messages::tr("Workshop");
    case EventKind::RoundTable:
        return Messages::tr("Round table");
    case EventKind::StudyVisit:
        return Messages::tr("Study visit");
    case EventKind::Closing:
        return Messages::tr("Closing event");
    }
    return {};
}

QList<EventStatus> allEventStatuses()
{
    return {EventStatus::Planned, EventStatus::Held, EventStatus::Cancelled,
            EventStatus::Postponed};
}

QString eventStatusCode(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned:
        return QStringLiteral("planned");
    case EventStatus::Held:
        return QStringLiteral("held");
    case EventStatus::Cancelled:
        return QStringLiteral("cancelled");
    case EventStatus::Postponed:
        return QStringLiteral("postponed");
    }
    return QStringLiteral("planned");
}

EventStatus eventStatusFromCode(const QString &code)
{
    for (EventStatus s : allEventStatuses()) {
        if (eventStatusCode(s) == code)
            return s;
    }
    return EventStatus::Planned;
}

QString eventStatusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned:
        return Messages::tr("Planned");
    case EventStatus::Held:
        return Messages::tr("Held");
    case EventStatus::Cancelled:
        return Messages::tr("Cancelled");
    case EventStatus::Postponed:
        return Messages::tr("Postponed");
    }
    return {};
}

void normalizeEvent(Event &e)
{
    e.title = text::normalized(e.title);
    e.place = text::normalized(e.place);
    e.link = e.link.trimmed();
    e.centralTheme = e.centralTheme.trimmed();
    e.conclusions = e.conclusions.trimmed();
    e.notes = e.notes.trimmed();
    QStringList themes;
    for (const QString &t : std::as_const(e.otherThemes)) {
        const QString n = text::normalized(t);
        if (!n.isEmpty() && !themes.contains(n))
            themes << n;
    }
    e.otherThemes = themes;
    std::sort(e.regionIds.begin(), e.regionIds.end());
    e.regionIds.erase(std::unique(e.regionIds.begin(), e.regionIds.end()), e.regionIds.end());
    std::sort(e.attendeeIds.begin(), e.attendeeIds.end());
    e.attendeeIds.erase(std::unique(e.attendeeIds.begin(), e.attendeeIds.end()),
                        e.attendeeIds.end());
    QList<qint64> coorganizers;
    for (const qint64 id : std::as_const(e.coorganizerIds)) {
        if (!coorganizers.contains(id))
            coorganizers << id;
    }
    e.coorganizerIds = coorganizers;
}

QStringList validateEvent(const Event &e)
{
    QStringList problems;
    // An event of no program is allowed (seed 000); it names at most one organizer.
    if (e.organizerInstitutionId > 0 && e.organizerOrganizationId > 0)
        problems << Messages::tr(
            "Organizer: an event has one organizer, an institution or an organization.");
    if (e.number < 1)
        problems << Messages::tr("Number: the event's number within its kind must be 1 or more.");
    if (!e.date.isValid())
        problems << Messages::tr("Date: the event needs a date.");
    if (e.durationMinutes && *e.durationMinutes <= 0)
        problems << Messages::tr("Duration: %1 minutes; a duration is more than zero.")
                        .arg(*e.durationMinutes);
    const std::pair<const std::optional<int> *, const char *> counts[] = {
        {&e.participantsNgo,
         QT_TRANSLATE_NOOP("Event", "Participants from NGOs: %1 is below zero.")},
        {&e.participantsLocalAdministration,
         QT_TRANSLATE_NOOP("Event",
                           "Participants from local public administration: %1 is below zero.")},
        {&e.participantsAssociativeStructures,
         QT_TRANSLATE_NOOP("Event", "Participants from associative structures: %1 is below zero.")},
        {&e.participantsOther, QT_TRANSLATE_NOOP("Event", "Other participants: %1 is below zero.")},
    };
    for (const auto &[count, message] : counts) {
        if (*count && **count < 0)
            problems << Messages::tr(message).arg(**count);
    }
    if (e.regionIds.isEmpty() && e.kind == EventKind::Videoconference)
        problems << Messages::tr(
            "Regions: a regional videoconference is for one or more development regions.");
    return problems;
}

} // namespace dc

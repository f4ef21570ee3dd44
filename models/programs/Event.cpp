#include "Event.h"

#include "Edition.h"
#include "core/CodeTable.h"
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

constexpr codetable::Entry<EventKind> kinds[] = {
    {EventKind::Videoconference, "videoconference", QT_TRANSLATE_NOOP("Event", "Videoconference")},
    {EventKind::Conference, "conference", QT_TRANSLATE_NOOP("Event", "Conference")},
    {EventKind::Seminar, "seminar", QT_TRANSLATE_NOOP("Event", "Seminar")},
    {EventKind::Workshop, "workshop", QT_TRANSLATE_NOOP("Event", "Workshop")},
    {EventKind::RoundTable, "round-table", QT_TRANSLATE_NOOP("Event", "Round table")},
    {EventKind::StudyVisit, "study-visit", QT_TRANSLATE_NOOP("Event", "Study visit")},
    {EventKind::Closing, "closing", QT_TRANSLATE_NOOP("Event", "Closing event")},
};

constexpr codetable::Entry<EventStatus> statuses[] = {
    {EventStatus::Planned, "planned", QT_TRANSLATE_NOOP("Event", "Planned")},
    {EventStatus::Held, "held", QT_TRANSLATE_NOOP("Event", "Held")},
    {EventStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Event", "Cancelled")},
    {EventStatus::Postponed, "postponed", QT_TRANSLATE_NOOP("Event", "Postponed")},
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
    return codetable::values(kinds);
}

QString eventKindCode(EventKind kind)
{
    return codetable::codeOf(kinds, kind);
}

std::optional<EventKind> eventKindFromCode(const QString &code)
{
    return codetable::find(kinds, code);
}

QString eventKindName(EventKind kind)
{
    return Messages::tr(codetable::byValue(kinds, kind).name);
}

QList<EventStatus> allEventStatuses()
{
    return codetable::values(statuses);
}

QString eventStatusCode(EventStatus status)
{
    return codetable::codeOf(statuses, status);
}

EventStatus eventStatusFromCode(const QString &code)
{
    return codetable::valueOf(statuses, code, EventStatus::Planned);
}

QString eventStatusName(EventStatus status)
{
    return Messages::tr(codetable::byValue(statuses, status).name);
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

#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace dc {

struct Edition;

/// The kinds of events an edition holds (seeds 001, 002, 004).
enum class EventKind
{
    Videoconference,
    Conference,
    Seminar,
    Workshop,
    RoundTable,
    StudyVisit,
    Closing
};

/// Where an event stands.
enum class EventStatus
{
    Planned,
    Held,
    Cancelled,
    Postponed
};

/// One event: of an edition (a regional videoconference, a conference, a seminar...), or of no
/// program (seed 000: the Service's own events and those it supports for others). A plain value,
/// free of SQL and widgets. Regions, co-organizers and attending organizations are ids.
struct Event
{
    qint64 id = 0;
    qint64 editionId = 0; ///< 0: the event belongs to no program
    /// Who organizes an event of no program: an institution, an organization, or neither (the
    /// Service itself). At most one is set.
    qint64 organizerInstitutionId = 0;
    qint64 organizerOrganizationId = 0;
    EventKind kind = EventKind::Videoconference;
    int number = 0; ///< the number within its kind and edition (or among the events of no program)
    QString title;
    QDate date;
    QTime startTime; ///< invalid when the time is not known (a whole-day event)
    std::optional<int> durationMinutes;
    QString place;
    QString link;
    QString centralTheme;
    QStringList otherThemes;
    std::optional<int> participantsNgo;
    std::optional<int> participantsLocalAdministration;
    std::optional<int> participantsAssociativeStructures;
    std::optional<int> participantsOther;
    QString conclusions;
    /// What the office notes about the event (e.g. a date that differs between two documents).
    QString notes;
    EventStatus status = EventStatus::Planned;
    QList<int> regionIds;
    QList<qint64> coorganizerIds; ///< organizations, in the order they are named
    QList<qint64> attendeeIds;    ///< organizations
    QString uid;                  ///< the iCalendar UID, made once when the event is first saved
    int sequence = 0;             ///< grows with every change (iCalendar SEQUENCE)
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasProgram() const { return editionId > 0; }
    /// The participants of all kinds together; nullopt when none is known.
    std::optional<int> totalParticipants() const;
    /// Equal in every field the user can change (ids, uid, sequence and times are not compared).
    bool sameContent(const Event &other) const;
    QJsonObject toJson() const;
};

/// The code stored and used on the command line: "videoconference", "round-table", "study-visit"...
QString eventKindCode(EventKind kind);
std::optional<EventKind> eventKindFromCode(const QString &code);
/// "Videoconference", "Round table"... for the user.
QString eventKindName(EventKind kind);
QList<EventKind> allEventKinds();

QString eventStatusCode(EventStatus status);
EventStatus eventStatusFromCode(const QString &code);
QString eventStatusName(EventStatus status);
QList<EventStatus> allEventStatuses();

/// Text in its stored form; themes trimmed and empty ones dropped; ids sorted and unique where
/// order does not matter (regions, attendees), co-organizers unique in their order.
void normalizeEvent(Event &event);
/// The problems of the record, one message per problem naming the field: a number below 1, no
/// date, a negative duration or count of participants, no region, two organizers. A date outside
/// the edition's period is a warning (EventConflicts), not a problem. Empty when it can be saved.
QStringList validateEvent(const Event &event);

} // namespace dc

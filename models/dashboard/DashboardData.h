#pragma once

#include "documents/ReportDocument.h"
#include "programs/Event.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

#include <optional>

namespace dc::reports {

/// The edition the home page follows: the latest one with events still to come, else the latest.
struct CurrentEdition
{
    qint64 editionId = 0;
    qint64 programId = 0;
    QString program;
    int number = 0;
    int year = 0;
    QDate startDate;
    QDate endDate;
    /// Whether an activity of it is still to come; false for the latest edition when no edition
    /// has one (issue 15: a closed 2021 edition shown as "current").
    bool upcoming = false;
};

/// An event of the current edition from today on.
struct UpcomingEvent
{
    qint64 id = 0;
    QDate date;
    QTime startTime;
    EventKind kind = EventKind::Videoconference;
    int number = 0;
    QString title;
    QString place;
    EventStatus status = EventStatus::Planned;
};

/// A legal deadline of a draft act or a public meeting that falls within the next days.
struct DeadlineSoon
{
    enum class Kind
    {
        Recommendations,     ///< the last day for written recommendations on a draft (art. 7(4))
        EarliestSubmission,  ///< the first day a draft may be sent for endorsement (art. 7(2))
        MeetingAnnouncement, ///< the last day to announce a public meeting (art. 8)
    };
    Kind kind = Kind::Recommendations;
    qint64 institutionId = 0;
    QString institution;
    qint64 recordId = 0; ///< the draft or the meeting
    QString title;       ///< the draft's title or the meeting's subject
    QDate deadline;
    int daysLeft = 0; ///< calendar days from today (0: today)
};

/// What only the home page needs besides the report charts: the current edition and its events to
/// come, the year of the transparency figures, the deadlines about to pass. Read with a few
/// aggregated queries; "today" is a parameter so that tests fix it.
class DashboardData final
{
public:
    static std::optional<CurrentEdition> currentEdition(const QSqlDatabase &db, const QDate &today);
    /// The planned or postponed events of @p editionId on or after @p today, by date and time.
    static QList<UpcomingEvent> upcomingEvents(const QSqlDatabase &db, qint64 editionId,
                                               const QDate &today, int limit = 10);
    /// The year the transparency figures are shown for: @p today's year when there are records of
    /// it (drafts, meetings or reports), else the latest year that has some, else today's year.
    static int transparencyYear(const QSqlDatabase &db, const QDate &today);
    /// The deadlines from @p today to @p days calendar days later, the nearest first: drafts still
    /// open (announced or in preparation, normal procedure) with their recommendation deadline or
    /// their earliest submission day (30 working days after the announcement) in the window, and
    /// public meetings ahead not yet announced whose last announcement day (3 calendar days
    /// before) is in the window.
    static QList<DeadlineSoon> deadlinesSoon(const QSqlDatabase &db, const QDate &today,
                                             int days = 14);
    /// "Recommendations close", "Earliest submission", "Meeting to announce".
    static QString deadlineKindName(DeadlineSoon::Kind kind);
};

} // namespace dc::reports

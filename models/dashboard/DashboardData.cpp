#include "dashboard/DashboardData.h"

#include "transparency/DeadlineRules.h"
#include "transparency/RomanianCalendar.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace dc::reports {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

std::optional<CurrentEdition> DashboardData::currentEdition(const QSqlDatabase &db,
                                                            const QDate &today)
{
    // The edition with the nearest event still to come; when none has one, the latest edition.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT e.id, e.program_id, p.name, e.number, e.year, e.start_date, e.end_date, "
        "       n.next_date IS NOT NULL "
        "FROM edition e JOIN program p ON p.id = e.program_id "
        "LEFT JOIN (SELECT edition_id, min(event_date) AS next_date FROM event "
        "           WHERE event_date >= :today AND status IN ('planned', 'postponed') "
        "           GROUP BY edition_id) n ON n.edition_id = e.id "
        "ORDER BY n.next_date IS NULL, n.next_date, e.year DESC, e.start_date DESC, e.id DESC "
        "LIMIT 1"));
    query.bindValue(QStringLiteral(":today"), iso(today));
    if (!query.exec() || !query.next())
        return std::nullopt;
    CurrentEdition edition;
    edition.editionId = query.value(0).toLongLong();
    edition.programId = query.value(1).toLongLong();
    edition.program = query.value(2).toString();
    edition.number = query.value(3).toInt();
    edition.year = query.value(4).toInt();
    edition.startDate = dateOf(query.value(5));
    edition.endDate = dateOf(query.value(6));
    edition.upcoming = query.value(7).toBool();
    return edition;
}

QList<UpcomingEvent> DashboardData::upcomingEvents(const QSqlDatabase &db, qint64 editionId,
                                                   const QDate &today, int limit)
{
    QList<UpcomingEvent> events;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, event_date, start_time, kind, number, title, place, status FROM event "
        "WHERE edition_id = :edition AND event_date >= :today AND status IN ('planned', "
        "'postponed') "
        "ORDER BY event_date, start_time IS NULL, start_time, id LIMIT :limit"));
    query.bindValue(QStringLiteral(":edition"), editionId);
    query.bindValue(QStringLiteral(":today"), iso(today));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return events;
    while (query.next()) {
        UpcomingEvent event;
        event.id = query.value(0).toLongLong();
        event.date = dateOf(query.value(1));
        event.startTime = QTime::fromString(query.value(2).toString(), Qt::ISODate);
        event.kind =
            eventKindFromCode(query.value(3).toString()).value_or(EventKind::Videoconference);
        event.number = query.value(4).toInt();
        event.title = query.value(5).toString();
        event.place = query.value(6).toString();
        event.status = eventStatusFromCode(query.value(7).toString());
        events << event;
    }
    return events;
}

int DashboardData::transparencyYear(const QSqlDatabase &db, const QDate &today)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT max(y) FROM ("
        " SELECT CAST(substr(coalesce(announced_on, submitted_on, adopted_on), 1, 4) AS INTEGER) "
        "AS y FROM draft_act"
        " UNION ALL SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM public_meeting"
        " UNION ALL SELECT year FROM transparency_report) WHERE y <= :year"));
    query.bindValue(QStringLiteral(":year"), today.year());
    if (query.exec() && query.next() && !query.value(0).isNull())
        return query.value(0).toInt();
    return today.year();
}

QList<DeadlineSoon> DashboardData::deadlinesSoon(const QSqlDatabase &db, const QDate &today,
                                                 int days)
{
    QList<DeadlineSoon> deadlines;
    const QDate last = today.addDays(days);
    auto add = [&](DeadlineSoon::Kind kind, const QSqlQuery &row, const QDate &deadline) {
        if (!deadline.isValid() || deadline < today || deadline > last)
            return;
        DeadlineSoon d;
        d.kind = kind;
        d.recordId = row.value(0).toLongLong();
        d.institutionId = row.value(1).toLongLong();
        d.institution = row.value(2).toString();
        d.title = row.value(3).toString();
        d.deadline = deadline;
        d.daysLeft = int(today.daysTo(deadline));
        deadlines << d;
    };

    // Drafts still in consultation, not yet sent for endorsement (art. 7(2) stops counting there).
    // The earliest day to send is at most 30 working days (about six weeks) after the
    // announcement: only announcements of the last ten weeks can fall in the window.
    QSqlQuery drafts(db);
    drafts.prepare(QStringLiteral(
        "SELECT d.id, d.institution_id, i.name, d.title, d.announced_on, "
        "d.recommendations_deadline "
        "FROM draft_act d JOIN institution i ON i.id = d.institution_id "
        "WHERE d.status IN ('in_preparation', 'announced') AND d.procedure = 'normal' "
        "AND (d.recommendations_deadline BETWEEN :today AND :last "
        "     OR (d.submitted_on IS NULL AND d.sent_for_approval_on IS NULL "
        "         AND d.announced_on BETWEEN :since AND :last))"));
    drafts.bindValue(QStringLiteral(":today"), iso(today));
    drafts.bindValue(QStringLiteral(":last"), iso(last));
    drafts.bindValue(QStringLiteral(":since"), iso(today.addDays(-70)));
    const int submissionDays =
        DeadlineRules::rule(DeadlineRuleId::AnnouncementBeforeSubmission).days;
    if (drafts.exec()) {
        while (drafts.next()) {
            add(DeadlineSoon::Kind::Recommendations, drafts, dateOf(drafts.value(5)));
            const QDate announced = dateOf(drafts.value(4));
            if (announced.isValid())
                add(DeadlineSoon::Kind::EarliestSubmission, drafts,
                    RomanianCalendar::addWorkingDays(announced, submissionDays));
        }
    }

    // Public meetings ahead that are not announced yet.
    const int announceDays = DeadlineRules::rule(DeadlineRuleId::MeetingAnnouncement).days;
    QSqlQuery meetings(db);
    meetings.prepare(
        QStringLiteral("SELECT m.id, m.institution_id, i.name, m.subject, m.held_on "
                       "FROM public_meeting m JOIN institution i ON i.id = m.institution_id "
                       "WHERE m.is_public = 1 AND m.announced_on IS NULL AND m.held_on BETWEEN "
                       ":today AND :until"));
    meetings.bindValue(QStringLiteral(":today"), iso(today));
    meetings.bindValue(QStringLiteral(":until"), iso(last.addDays(announceDays)));
    if (meetings.exec()) {
        while (meetings.next())
            add(DeadlineSoon::Kind::MeetingAnnouncement, meetings,
                dateOf(meetings.value(4)).addDays(-announceDays));
    }

    std::stable_sort(deadlines.begin(), deadlines.end(),
                     [](const DeadlineSoon &a, const DeadlineSoon &b) {
                         if (a.deadline != b.deadline)
                             return a.deadline < b.deadline;
                         if (a.institution != b.institution)
                             return a.institution < b.institution;
                         return a.recordId < b.recordId;
                     });
    return deadlines;
}

QString DashboardData::deadlineKindName(DeadlineSoon::Kind kind)
{
    switch (kind) {
    case DeadlineSoon::Kind::Recommendations:
        return QCoreApplication::translate("dc::reports::DashboardData", "Recommendations close",
                                           "the last day for written recommendations on a draft");
    case DeadlineSoon::Kind::EarliestSubmission:
        return QCoreApplication::translate("dc::reports::DashboardData", "May be submitted",
                                           "the first day a draft may be submitted for approval");
    case DeadlineSoon::Kind::MeetingAnnouncement:
        return QCoreApplication::translate("dc::reports::DashboardData", "Meeting to announce",
                                           "the last day to announce a public meeting");
    }
    return {};
}

} // namespace dc::reports

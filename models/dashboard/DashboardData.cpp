#include "dashboard/DashboardData.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "transparency/DeadlineRules.h"
#include "transparency/RomanianCalendar.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace dc::reports {

std::optional<CurrentEdition> DashboardData::currentEdition(const QSqlDatabase &db,
                                                            const QDate &today)
{
    // The edition with the nearest event still to come; when none has one, the latest edition.
    return query::selectOne(
        db,
        QStringLiteral(
            "SELECT e.id, e.program_id, p.name, e.number, e.year, e.start_date, e.end_date, "
            "       n.next_date IS NOT NULL "
            "FROM edition e JOIN program p ON p.id = e.program_id "
            "LEFT JOIN (SELECT edition_id, min(event_date) AS next_date FROM event "
            "           WHERE event_date >= :today AND status IN ('planned', 'postponed') "
            "           GROUP BY edition_id) n ON n.edition_id = e.id "
            "ORDER BY n.next_date IS NULL, n.next_date, e.year DESC, e.start_date DESC, e.id DESC "
            "LIMIT 1"),
        {{QStringLiteral(":today"), sqlvalues::date(today)}}, [](const QSqlQuery &row) {
            CurrentEdition edition;
            sqlvalues::Columns(row) >> edition.editionId >> edition.programId >> edition.program >>
                edition.number >> edition.year >> edition.startDate >> edition.endDate >>
                edition.upcoming;
            return edition;
        });
}

QList<UpcomingEvent> DashboardData::upcomingEvents(const QSqlDatabase &db, qint64 editionId,
                                                   const QDate &today, int limit)
{
    return query::selectAll(
        db,
        QStringLiteral(
            "SELECT id, event_date, start_time, kind, number, title, place, status FROM event "
            "WHERE edition_id = :edition AND event_date >= :today AND status IN ('planned', "
            "'postponed') "
            "ORDER BY event_date, start_time IS NULL, start_time, id LIMIT :limit"),
        {{QStringLiteral(":edition"), editionId},
         {QStringLiteral(":today"), sqlvalues::date(today)},
         {QStringLiteral(":limit"), limit}},
        [](const QSqlQuery &row) {
            UpcomingEvent event;
            sqlvalues::Columns columns(row);
            columns >> event.id >> event.date;
            event.startTime = QTime::fromString(columns.text(), Qt::ISODate);
            event.kind = eventKindFromCode(columns.text()).value_or(EventKind::Videoconference);
            columns >> event.number >> event.title >> event.place;
            event.status = eventStatusFromCode(columns.text());
            return event;
        });
}

int DashboardData::transparencyYear(const QSqlDatabase &db, const QDate &today)
{
    const std::optional<QVariant> latest = query::selectOne(
        db,
        QStringLiteral(
            "SELECT max(y) FROM ("
            " SELECT CAST(substr(coalesce(announced_on, submitted_on, adopted_on), 1, 4) AS "
            "INTEGER) "
            "AS y FROM draft_act"
            " UNION ALL SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM public_meeting"
            " UNION ALL SELECT year FROM transparency_report) AS years WHERE y <= :year"),
        {{QStringLiteral(":year"), today.year()}},
        [](const QSqlQuery &row) { return row.value(0); });
    return latest && !latest->isNull() ? latest->toInt() : today.year();
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
    const QString draftsSql = QStringLiteral(
        "SELECT d.id, d.institution_id, i.name, d.title, d.announced_on, "
        "d.recommendations_deadline "
        "FROM draft_act d JOIN institution i ON i.id = d.institution_id "
        "WHERE d.status IN ('in_preparation', 'announced') AND d.procedure = 'normal' "
        "AND (d.recommendations_deadline BETWEEN :today AND :last "
        "     OR (d.submitted_on IS NULL AND d.sent_for_approval_on IS NULL "
        "         AND d.announced_on BETWEEN :since AND :last))");
    const int submissionDays =
        DeadlineRules::rule(DeadlineRuleId::AnnouncementBeforeSubmission).days;
    if (Result<QSqlQuery> drafts =
            query::run(db, draftsSql,
                       {{QStringLiteral(":today"), sqlvalues::date(today)},
                        {QStringLiteral(":last"), sqlvalues::date(last)},
                        {QStringLiteral(":since"), sqlvalues::date(today.addDays(-70))}})) {
        while (drafts->next()) {
            add(DeadlineSoon::Kind::Recommendations, *drafts,
                sqlvalues::readDate(drafts->value(5)));
            const QDate announced = sqlvalues::readDate(drafts->value(4));
            if (announced.isValid())
                add(DeadlineSoon::Kind::EarliestSubmission, *drafts,
                    RomanianCalendar::addWorkingDays(announced, submissionDays));
        }
    }

    // Public meetings ahead that are not announced yet.
    const int announceDays = DeadlineRules::rule(DeadlineRuleId::MeetingAnnouncement).days;
    if (Result<QSqlQuery> meetings = query::run(
            db,
            QStringLiteral("SELECT m.id, m.institution_id, i.name, m.subject, m.held_on "
                           "FROM public_meeting m JOIN institution i ON i.id = m.institution_id "
                           "WHERE m.is_public = 1 AND m.announced_on IS NULL AND m.held_on "
                           "BETWEEN :today AND :until"),
            {{QStringLiteral(":today"), sqlvalues::date(today)},
             {QStringLiteral(":until"), sqlvalues::date(last.addDays(announceDays))}})) {
        while (meetings->next())
            add(DeadlineSoon::Kind::MeetingAnnouncement, *meetings,
                sqlvalues::readDate(meetings->value(4)).addDays(-announceDays));
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

#include "EventRepository.h"

#include "EventConflicts.h"
#include "PartnershipRepository.h"
#include "ProgramRepository.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <tuple>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
};

const QString columns = QStringLiteral(
    "e.id, e.edition_id, e.kind, e.number, e.title, e.event_date, e.start_time, "
    "e.duration_minutes, e.place, "
    "e.link, e.central_theme, e.other_themes, e.participants_ngo, e.participants_local_admin, "
    "e.participants_associative, e.participants_other, e.conclusions, e.status, e.uid, e.sequence, "
    "e.created_at, e.updated_at, e.notes, e.organizer_institution_id, e.organizer_organization_id");

Event readEvent(const QSqlQuery &q)
{
    Event e;
    sqlvalues::Columns row(q);
    row >> e.id >> e.editionId;
    e.kind = eventKindFromCode(row.text()).value_or(EventKind::Conference);
    row >> e.number >> e.title >> e.date >> e.startTime >> e.durationMinutes >> e.place >> e.link >>
        e.centralTheme;
    const QString themes = row.text();
    e.otherThemes = themes.isEmpty() ? QStringList() : themes.split(QLatin1Char('\n'));
    row >> e.participantsNgo >> e.participantsLocalAdministration >>
        e.participantsAssociativeStructures >> e.participantsOther >> e.conclusions;
    e.status = eventStatusFromCode(row.text());
    row >> e.uid >> e.sequence >> e.createdAt >> e.updatedAt >> e.notes >>
        e.organizerInstitutionId >> e.organizerOrganizationId;
    return e;
}

rowwriter::Values eventValues(const Event &e)
{
    return {
        {QStringLiteral("edition_id"), sqlvalues::id(e.editionId)},
        {QStringLiteral("organizer_institution_id"), sqlvalues::id(e.organizerInstitutionId)},
        {QStringLiteral("organizer_organization_id"), sqlvalues::id(e.organizerOrganizationId)},
        {QStringLiteral("kind"), eventKindCode(e.kind)},
        {QStringLiteral("number"), e.number},
        {QStringLiteral("title"), sqlvalues::text(e.title)},
        {QStringLiteral("event_date"), sqlvalues::date(e.date)},
        {QStringLiteral("start_time"), sqlvalues::time(e.startTime)},
        {QStringLiteral("duration_minutes"), sqlvalues::number(e.durationMinutes)},
        {QStringLiteral("place"), sqlvalues::text(e.place)},
        {QStringLiteral("link"), sqlvalues::text(e.link)},
        {QStringLiteral("central_theme"), sqlvalues::text(e.centralTheme)},
        {QStringLiteral("other_themes"), sqlvalues::text(e.otherThemes.join(QLatin1Char('\n')))},
        {QStringLiteral("participants_ngo"), sqlvalues::number(e.participantsNgo)},
        {QStringLiteral("participants_local_admin"),
         sqlvalues::number(e.participantsLocalAdministration)},
        {QStringLiteral("participants_associative"),
         sqlvalues::number(e.participantsAssociativeStructures)},
        {QStringLiteral("participants_other"), sqlvalues::number(e.participantsOther)},
        {QStringLiteral("conclusions"), sqlvalues::text(e.conclusions)},
        {QStringLiteral("notes"), sqlvalues::text(e.notes)},
        {QStringLiteral("status"), eventStatusCode(e.status)},
        {QStringLiteral("uid"), e.uid},
        {QStringLiteral("sequence"), e.sequence},
    };
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@dialogcivic");
}

} // namespace

EventRepository::EventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

void EventRepository::readLinks(Event &e) const
{
    const query::Binds ofEvent{{QStringLiteral(":id"), e.id}};
    e.regionIds << query::selectAll(
        m_db,
        QStringLiteral(
            "SELECT region_id FROM event_region WHERE event_id = :id ORDER BY region_id"),
        ofEvent, [](const QSqlQuery &q) { return q.value(0).toInt(); });
    e.coorganizerIds << query::selectIds(
        m_db,
        QStringLiteral("SELECT organization_id FROM event_coorganizer WHERE event_id = :id "
                       "ORDER BY position, organization_id"),
        ofEvent);
    e.attendeeIds << query::selectIds(m_db,
                                      QStringLiteral("SELECT organization_id FROM event_attendee "
                                                     "WHERE event_id = :id ORDER BY "
                                                     "organization_id"),
                                      ofEvent);
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    Result<QSqlQuery> q =
        query::run(m_db, QStringLiteral("SELECT %1 FROM event e WHERE e.id = :id").arg(columns),
                   {{QStringLiteral(":id"), id}});
    if (!q || !q->next()) {
        m_lastError = q ? QString() : q.error();
        return std::nullopt;
    }
    Event e = readEvent(*q);
    readLinks(e);
    return e;
}

QString EventRepository::numberTaken(const Event &e) const
{
    const auto other = findId(e.editionId, e.kind, e.number);
    if (!other || *other == e.id)
        return {};
    if (e.hasProgram())
        return Messages::tr("Number: the edition already has %1 no. %2.")
            .arg(eventKindName(e.kind).toLower())
            .arg(e.number);
    return Messages::tr("Number: an event of no program is already %1 no. %2.")
        .arg(eventKindName(e.kind).toLower())
        .arg(e.number);
}

std::optional<qint64> EventRepository::findId(qint64 editionId, EventKind kind, int number) const
{
    return query::selectId(m_db,
                           QStringLiteral("SELECT id FROM event WHERE edition_id IS NOT DISTINCT "
                                          "FROM :e AND kind = :k AND number = :n"),
                           {{QStringLiteral(":e"), sqlvalues::id(editionId)},
                            {QStringLiteral(":k"), eventKindCode(kind)},
                            {QStringLiteral(":n"), number}});
}

QList<Event> EventRepository::ofEdition(qint64 editionId) const
{
    Result<QList<Event>> found = query::select(
        m_db,
        QStringLiteral("SELECT %1 FROM event e WHERE e.edition_id = :e "
                       "ORDER BY e.event_date, coalesce(e.start_time, ''), e.kind, e.number")
            .arg(columns),
        {{QStringLiteral(":e"), editionId}}, readEvent);
    if (!found) {
        m_lastError = found.error();
        return {};
    }
    QList<Event> result = std::move(found).value();
    for (Event &e : result)
        readLinks(e);
    return result;
}

QList<Event> EventRepository::onDate(const QDate &date) const
{
    QList<Event> result =
        query::selectAll(m_db,
                         QStringLiteral("SELECT %1 FROM event e WHERE "
                                        "e.event_date = :d ORDER BY "
                                        "coalesce(e.start_time, ''), e.id")
                             .arg(columns),
                         {{QStringLiteral(":d"), sqlvalues::date(date)}}, readEvent);
    for (Event &e : result)
        readLinks(e);
    return result;
}

int EventRepository::nextNumber(qint64 editionId, EventKind kind) const
{
    return int(
        query::selectId(m_db,
                        QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM event "
                                       "WHERE edition_id IS NOT DISTINCT FROM :e AND kind = :k"),
                        {{QStringLiteral(":e"), sqlvalues::id(editionId)},
                         {QStringLiteral(":k"), eventKindCode(kind)}})
            .value_or(1));
}

QList<EventWarning> EventRepository::warningsFor(const Event &event) const
{
    const std::optional<Edition> edition =
        event.hasProgram() ? ProgramRepository(m_db).findEdition(event.editionId) : std::nullopt;
    QList<EventWarning> warnings =
        EventConflicts::check(event, onDate(event.date),
                              PartnershipRepository(m_db).partnerOrganizations(event.editionId),
                              edition ? &*edition : nullptr);
    QSqlQuery q(m_db);
    for (EventWarning &w : warnings) {
        if (w.kind == EventWarning::Kind::OutsideEditionPeriod) {
            if (edition->hasPeriod()) {
                w.message = Messages::tr("%1 is outside the edition's period (%2 to %3).")
                                .arg(event.date.toString(Qt::ISODate),
                                     edition->startDate.toString(Qt::ISODate),
                                     edition->endDate.toString(Qt::ISODate));
            } else if (edition->startDate.isValid()) {
                w.message = Messages::tr("%1 is before the start of the edition (%2).")
                                .arg(event.date.toString(Qt::ISODate),
                                     edition->startDate.toString(Qt::ISODate));
            } else if (edition->endDate.isValid()) {
                w.message = Messages::tr("%1 is after the end of the edition (%2).")
                                .arg(event.date.toString(Qt::ISODate),
                                     edition->endDate.toString(Qt::ISODate));
            } else {
                w.message = Messages::tr("%1 is outside the edition's year %2.")
                                .arg(event.date.toString(Qt::ISODate))
                                .arg(edition->year);
            }
        } else if (w.kind == EventWarning::Kind::SameDayAndRegion) {
            q.prepare(QStringLiteral("SELECT e.kind, e.number, p.name, ed.year, r.name, e.title, "
                                     "e.edition_id FROM event e "
                                     "LEFT JOIN edition ed ON ed.id = e.edition_id LEFT JOIN "
                                     "program p ON p.id = ed.program_id "
                                     "JOIN region r ON r.id = :region WHERE e.id = :id"));
            q.bindValue(QStringLiteral(":region"), w.regionId);
            q.bindValue(QStringLiteral(":id"), w.otherEventId);
            if (q.exec() && q.next()) {
                CalendarEntry other;
                other.kind =
                    eventKindFromCode(q.value(0).toString()).value_or(EventKind::Conference);
                other.number = q.value(1).toInt();
                if (!q.value(6).isNull()) {
                    w.message =
                        Messages::tr("On %1 there is already %2 of %3 (%4) for the region %5.")
                            .arg(event.date.toString(Qt::ISODate), other.displayTitle(),
                                 q.value(2).toString())
                            .arg(q.value(3).toInt())
                            .arg(q.value(4).toString());
                } else {
                    other.title = q.value(5).toString();
                    //: %2 is an event that belongs to no program
                    w.message =
                        Messages::tr("On %1 there is already %2 (of no program) for the region %3.")
                            .arg(event.date.toString(Qt::ISODate), other.displayTitle(),
                                 q.value(4).toString());
                }
            }
        } else {
            const QString name =
                query::selectTexts(m_db,
                                   QStringLiteral("SELECT name FROM organization WHERE id = :id"),
                                   {{QStringLiteral(":id"), w.organizationId}})
                    .value(0, QString::number(w.organizationId));
            w.message =
                Messages::tr("%1 co-organizes the event but is not a partner of its edition.")
                    .arg(name);
        }
    }
    return warnings;
}

QStringList EventRepository::problemsOf(const Event &e) const
{
    const std::optional<Edition> edition =
        e.hasProgram() ? ProgramRepository(m_db).findEdition(e.editionId) : std::nullopt;
    QStringList problems = validateEvent(e);
    if (!edition && e.editionId > 0)
        problems << Messages::tr("Edition: the edition no. %1 does not exist.").arg(e.editionId);
    const std::tuple<qint64, QString, const char *> organizers[] = {
        {e.organizerInstitutionId, QStringLiteral("institution"),
         QT_TRANSLATE_NOOP("EventRepository", "Organizer: the institution no. %1 does not exist.")},
        {e.organizerOrganizationId, QStringLiteral("organization"),
         QT_TRANSLATE_NOOP("EventRepository",
                           "Organizer: the organization no. %1 does not exist.")}};
    for (const auto &[id, table, message] : organizers) {
        if (id <= 0)
            continue;
        if (!query::exists(m_db, table, id))
            problems << Messages::tr(message).arg(id);
    }
    if (problems.isEmpty()) {
        if (const QString taken = numberTaken(e); !taken.isEmpty())
            problems << taken;
    }
    return problems;
}

Status EventRepository::writeLinks(const Event &e)
{
    for (const QString &table :
         {QStringLiteral("event_region"), QStringLiteral("event_coorganizer"),
          QStringLiteral("event_attendee")}) {
        if (Status s =
                query::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE event_id = :id").arg(table),
                            {{QStringLiteral(":id"), e.id}});
            !s)
            return s;
    }
    for (const int region : e.regionIds) {
        if (Status s = query::exec(
                m_db,
                QStringLiteral("INSERT INTO event_region (event_id, region_id) VALUES (:e, :r)"),
                {{QStringLiteral(":e"), e.id}, {QStringLiteral(":r"), region}});
            !s)
            return Status::failure(Messages::tr("Regions: the region no. %1 cannot be set (%2).")
                                       .arg(region)
                                       .arg(s.error()));
    }
    for (int i = 0; i < e.coorganizerIds.size(); ++i) {
        if (Status s = query::exec(m_db,
                                   QStringLiteral("INSERT INTO event_coorganizer (event_id, "
                                                  "organization_id, position) VALUES (:e, :o, :p)"),
                                   {{QStringLiteral(":e"), e.id},
                                    {QStringLiteral(":o"), e.coorganizerIds.at(i)},
                                    {QStringLiteral(":p"), i}});
            !s)
            return Status::failure(
                Messages::tr("Co-organizers: the organization no. %1 cannot be set (%2).")
                    .arg(e.coorganizerIds.at(i))
                    .arg(s.error()));
    }
    for (const qint64 organization : e.attendeeIds) {
        if (Status s =
                query::exec(m_db,
                            QStringLiteral("INSERT INTO event_attendee (event_id, "
                                           "organization_id) VALUES (:e, :o)"),
                            {{QStringLiteral(":e"), e.id}, {QStringLiteral(":o"), organization}});
            !s)
            return Status::failure(
                Messages::tr("Attending organizations: the organization no. %1 cannot be set (%2).")
                    .arg(organization)
                    .arg(s.error()));
    }
    return {};
}

Result<qint64> EventRepository::insertInTransaction(Event &e, bool keepId)
{
    using R = Result<qint64>;
    if (e.uid.isEmpty())
        e.uid = newUid();
    const QString now = sqlvalues::nowIso();
    rowwriter::Values values = eventValues(e);
    if (keepId)
        values.prepend({QStringLiteral("id"), e.id});
    values.append({QStringLiteral("created_at"), now});
    values.append({QStringLiteral("updated_at"), now});
    const R id = rowwriter::insertValues(m_db, QStringLiteral("event"), values);
    if (!id)
        return id;
    e.id = *id;
    e.createdAt = e.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    if (Status s = writeLinks(e); !s)
        return R::failure(s.error());
    if (Status s = AuditLog::record(m_db, QStringLiteral("event"), e.id, AuditLog::Action::Insert,
                                    {}, e.toJson());
        !s)
        return R::failure(s.error());
    return e.id;
}

Status EventRepository::updateInTransaction(const Event &before, Event &e)
{
    e.uid = before.uid;
    e.sequence = before.sequence + 1;
    const QString now = sqlvalues::nowIso();
    rowwriter::Values values = eventValues(e);
    values.append({QStringLiteral("updated_at"), now});
    const Result<int> changed =
        rowwriter::updateValues(m_db, QStringLiteral("event"), e.id, values);
    if (!changed)
        return Status::failure(changed.error());
    if (*changed != 1)
        return Status::failure(Messages::tr("The event no. %1 no longer exists.").arg(e.id));
    e.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    if (Status s = writeLinks(e); !s)
        return s;
    return AuditLog::record(m_db, QStringLiteral("event"), e.id, AuditLog::Action::Update,
                            before.toJson(), e.toJson());
}

Result<qint64> EventRepository::add(Event e)
{
    normalizeEvent(e);
    e.id = 0;
    e.uid.clear();
    e.sequence = 0;
    return rowwriter::addChecked(m_db, problemsOf(e), [&] { return insertInTransaction(e); });
}

Status EventRepository::update(Event e)
{
    normalizeEvent(e);
    const std::optional<Event> before = find(e.id);
    return rowwriter::updateChanged(m_db, before, e,
                                    Messages::tr("The event no. %1 no longer exists.").arg(e.id),
                                    problemsOf(e), [&] { return updateInTransaction(*before, e); });
}

Status EventRepository::move(qint64 id, const QDate &date, const QTime &time)
{
    std::optional<Event> e = find(id);
    if (!e)
        return Status::failure(Messages::tr("The event no. %1 no longer exists.").arg(id));
    e->date = date;
    if (time.isValid())
        e->startTime = time;
    return update(*e);
}

Status EventRepository::remove(qint64 id)
{
    const std::optional<Event> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The event no. %1 no longer exists.").arg(id));
    return inTransaction(m_db, [&] {
        return rowwriter::deleteRow(
            m_db, QStringLiteral("event"), id, before->toJson(), [](const QString &error) {
                return Messages::tr("The event cannot be deleted: %1").arg(error);
            });
    });
}

Status EventRepository::restore(const Event &event)
{
    Event e = event;
    normalizeEvent(e);
    if (e.id <= 0 || e.uid.isEmpty())
        return Status::failure(Messages::tr("The event cannot be put back: it has no id."));
    if (const QStringList problems = problemsOf(e); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Result<qint64> id = insertInTransaction(e, true); !id)
        return Status::failure(id.error());
    return transaction.commit();
}

QList<CalendarEntry> EventRepository::calendar(const CalendarQuery &query) const
{
    m_lastError.clear();
    QStringList conditions;
    if (query.from.isValid())
        conditions << QStringLiteral("e.event_date >= :from");
    if (query.to.isValid())
        conditions << QStringLiteral("e.event_date <= :to");
    if (query.kind)
        conditions << QStringLiteral("e.kind = :kind");
    if (query.editionId)
        conditions << QStringLiteral("e.edition_id = :edition");
    if (query.withoutProgram)
        conditions << QStringLiteral("e.edition_id IS NULL");
    if (query.organizationId) {
        conditions << QStringLiteral(
            "(e.id IN (SELECT event_id FROM event_coorganizer WHERE organization_id = :org1) "
            "OR e.id IN (SELECT event_id FROM event_attendee WHERE organization_id = :org2) "
            "OR e.organizer_organization_id = :org3)");
    }
    dc::query::Binds binds;
    if (query.from.isValid())
        binds.append({QStringLiteral(":from"), sqlvalues::date(query.from)});
    if (query.to.isValid())
        binds.append({QStringLiteral(":to"), sqlvalues::date(query.to)});
    if (query.kind)
        binds.append({QStringLiteral(":kind"), eventKindCode(*query.kind)});
    if (query.editionId)
        binds.append({QStringLiteral(":edition"), *query.editionId});
    if (query.organizationId) {
        for (const QString &name :
             {QStringLiteral(":org1"), QStringLiteral(":org2"), QStringLiteral(":org3")})
            binds.append({name, *query.organizationId});
    }
    const QString sql =
        QStringLiteral(
            "SELECT e.id, e.edition_id, ed.program_id, p.name, ed.number, ed.year, e.kind, "
            "e.number, e.title, "
            "e.event_date, e.start_time, e.duration_minutes, e.place, e.link, e.central_theme, "
            "e.other_themes, "
            "e.participants_ngo, e.participants_local_admin, e.participants_associative, "
            "e.participants_other, "
            "e.status, e.uid, e.sequence, e.updated_at, e.notes, "
            "coalesce(oi.name, oo.name) "
            "FROM event e LEFT JOIN edition ed ON ed.id = e.edition_id "
            "LEFT JOIN program p ON p.id = ed.program_id "
            "LEFT JOIN institution oi ON oi.id = e.organizer_institution_id "
            "LEFT JOIN organization oo ON oo.id = e.organizer_organization_id %1 "
            "ORDER BY e.event_date, coalesce(e.start_time, ''), p.name_sort, e.kind, e.number")
            .arg(conditions.isEmpty()
                     ? QString()
                     : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND ")));
    Result<QList<CalendarEntry>> found =
        dc::query::select(m_db, sql, binds, [](const QSqlQuery &q) {
            CalendarEntry c;
            sqlvalues::Columns row(q);
            row >> c.eventId >> c.editionId >> c.programId >> c.programName >> c.editionNumber >>
                c.editionYear;
            c.kind = eventKindFromCode(row.text()).value_or(EventKind::Conference);
            row >> c.number >> c.title >> c.date >> c.startTime >> c.durationMinutes >> c.place >>
                c.link >> c.centralTheme;
            const QString themes = row.text();
            c.otherThemes = themes.isEmpty() ? QStringList() : themes.split(QLatin1Char('\n'));
            for (int group = 0; group < 4; ++group) { // the four participants columns
                if (const std::optional<int> n = sqlvalues::readInt(row.next()))
                    c.participants = c.participants.value_or(0) + *n;
            }
            c.status = eventStatusFromCode(row.text());
            row >> c.uid >> c.sequence >> c.updatedAt >> c.notes >> c.organizer;
            return c;
        });
    if (!found) {
        m_lastError = found.error();
        return {};
    }
    QList<CalendarEntry> result = std::move(found).value();
    for (CalendarEntry &c : result) {
        const dc::query::Binds ofEvent{{QStringLiteral(":id"), c.eventId}};
        c.regions << dc::query::selectTexts(
            m_db,
            QStringLiteral("SELECT r.name FROM event_region er JOIN region r ON r.id = "
                           "er.region_id WHERE er.event_id = :id ORDER BY r.id"),
            ofEvent);
        c.coorganizers << dc::query::selectTexts(
            m_db,
            QStringLiteral("SELECT o.name FROM event_coorganizer ec JOIN organization o "
                           "ON o.id = ec.organization_id "
                           "WHERE ec.event_id = :id ORDER BY ec.position, o.name_sort"),
            ofEvent);
    }
    return result;
}

} // namespace dc

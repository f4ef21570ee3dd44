#include "EventRepository.h"

#include "EventConflicts.h"
#include "PartnershipRepository.h"
#include "ProgramRepository.h"
#include "storage/AuditLog.h"
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

// The id of a row, or NULL for 0 (no edition, no organizer).
QVariant idOrNull(qint64 id)
{
    return sqlvalues::number(id > 0 ? std::optional<qint64>(id) : std::nullopt);
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.editionId = q.value(1).toLongLong();
    e.kind = eventKindFromCode(q.value(2).toString()).value_or(EventKind::Conference);
    e.number = q.value(3).toInt();
    e.title = q.value(4).toString();
    e.date = sqlvalues::readDate(q.value(5));
    e.startTime = sqlvalues::readTime(q.value(6));
    e.durationMinutes = sqlvalues::readInt(q.value(7));
    e.place = q.value(8).toString();
    e.link = q.value(9).toString();
    e.centralTheme = q.value(10).toString();
    const QString themes = q.value(11).toString();
    e.otherThemes = themes.isEmpty() ? QStringList() : themes.split(QLatin1Char('\n'));
    e.participantsNgo = sqlvalues::readInt(q.value(12));
    e.participantsLocalAdministration = sqlvalues::readInt(q.value(13));
    e.participantsAssociativeStructures = sqlvalues::readInt(q.value(14));
    e.participantsOther = sqlvalues::readInt(q.value(15));
    e.conclusions = q.value(16).toString();
    e.status = eventStatusFromCode(q.value(17).toString());
    e.uid = q.value(18).toString();
    e.sequence = q.value(19).toInt();
    e.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODate);
    e.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODate);
    e.notes = q.value(22).toString();
    e.organizerInstitutionId = q.value(23).toLongLong();
    e.organizerOrganizationId = q.value(24).toLongLong();
    return e;
}

void bindEvent(QSqlQuery &q, const Event &e)
{
    q.bindValue(QStringLiteral(":edition_id"), idOrNull(e.editionId));
    q.bindValue(QStringLiteral(":organizer_institution"), idOrNull(e.organizerInstitutionId));
    q.bindValue(QStringLiteral(":organizer_organization"), idOrNull(e.organizerOrganizationId));
    q.bindValue(QStringLiteral(":kind"), eventKindCode(e.kind));
    q.bindValue(QStringLiteral(":number"), e.number);
    q.bindValue(QStringLiteral(":title"), sqlvalues::text(e.title));
    q.bindValue(QStringLiteral(":event_date"), sqlvalues::date(e.date));
    q.bindValue(QStringLiteral(":start_time"), sqlvalues::time(e.startTime));
    q.bindValue(QStringLiteral(":duration"), sqlvalues::number(e.durationMinutes));
    q.bindValue(QStringLiteral(":place"), sqlvalues::text(e.place));
    q.bindValue(QStringLiteral(":link"), sqlvalues::text(e.link));
    q.bindValue(QStringLiteral(":central_theme"), sqlvalues::text(e.centralTheme));
    q.bindValue(QStringLiteral(":other_themes"),
                sqlvalues::text(e.otherThemes.join(QLatin1Char('\n'))));
    q.bindValue(QStringLiteral(":p_ngo"), sqlvalues::number(e.participantsNgo));
    q.bindValue(QStringLiteral(":p_admin"), sqlvalues::number(e.participantsLocalAdministration));
    q.bindValue(QStringLiteral(":p_assoc"), sqlvalues::number(e.participantsAssociativeStructures));
    q.bindValue(QStringLiteral(":p_other"), sqlvalues::number(e.participantsOther));
    q.bindValue(QStringLiteral(":conclusions"), sqlvalues::text(e.conclusions));
    q.bindValue(QStringLiteral(":notes"), sqlvalues::text(e.notes));
    q.bindValue(QStringLiteral(":status"), eventStatusCode(e.status));
    q.bindValue(QStringLiteral(":uid"), e.uid);
    q.bindValue(QStringLiteral(":sequence"), e.sequence);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@dialogcivic");
}

} // namespace

EventRepository::EventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

void EventRepository::readLinks(Event &e) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT region_id FROM event_region WHERE event_id = :id ORDER BY region_id"));
    q.bindValue(QStringLiteral(":id"), e.id);
    if (q.exec()) {
        while (q.next())
            e.regionIds << q.value(0).toInt();
    }
    q.prepare(QStringLiteral("SELECT organization_id FROM event_coorganizer WHERE event_id = :id "
                             "ORDER BY position, organization_id"));
    q.bindValue(QStringLiteral(":id"), e.id);
    if (q.exec()) {
        while (q.next())
            e.coorganizerIds << q.value(0).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT organization_id FROM event_attendee WHERE event_id = :id "
                             "ORDER BY organization_id"));
    q.bindValue(QStringLiteral(":id"), e.id);
    if (q.exec()) {
        while (q.next())
            e.attendeeIds << q.value(0).toLongLong();
    }
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM event e WHERE e.id = :id").arg(columns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    Event e = readEvent(q);
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id FROM event WHERE edition_id IS :e AND kind = :k AND number = :n"));
    q.bindValue(QStringLiteral(":e"), idOrNull(editionId));
    q.bindValue(QStringLiteral(":k"), eventKindCode(kind));
    q.bindValue(QStringLiteral(":n"), number);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<Event> EventRepository::ofEdition(qint64 editionId) const
{
    QList<Event> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM event e WHERE e.edition_id = :e "
                             "ORDER BY e.event_date, coalesce(e.start_time, ''), e.kind, e.number")
                  .arg(columns));
    q.bindValue(QStringLiteral(":e"), editionId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result << readEvent(q);
    for (Event &e : result)
        readLinks(e);
    return result;
}

QList<Event> EventRepository::onDate(const QDate &date) const
{
    QList<Event> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM event e WHERE e.event_date = :d ORDER BY "
                             "coalesce(e.start_time, ''), e.id")
                  .arg(columns));
    q.bindValue(QStringLiteral(":d"), sqlvalues::date(date));
    if (!q.exec())
        return result;
    while (q.next())
        result << readEvent(q);
    for (Event &e : result)
        readLinks(e);
    return result;
}

int EventRepository::nextNumber(qint64 editionId, EventKind kind) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT coalesce(max(number), 0) + 1 FROM event WHERE edition_id IS :e AND kind = :k"));
    q.bindValue(QStringLiteral(":e"), idOrNull(editionId));
    q.bindValue(QStringLiteral(":k"), eventKindCode(kind));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 1;
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
            q.prepare(QStringLiteral("SELECT name FROM organization WHERE id = :id"));
            q.bindValue(QStringLiteral(":id"), w.organizationId);
            const QString name =
                (q.exec() && q.next()) ? q.value(0).toString() : QString::number(w.organizationId);
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
    QSqlQuery q(m_db);
    const std::tuple<qint64, QString, const char *> organizers[] = {
        {e.organizerInstitutionId, QStringLiteral("institution"),
         QT_TRANSLATE_NOOP("EventRepository", "Organizer: the institution no. %1 does not exist.")},
        {e.organizerOrganizationId, QStringLiteral("organization"),
         QT_TRANSLATE_NOOP("EventRepository",
                           "Organizer: the organization no. %1 does not exist.")}};
    for (const auto &[id, table, message] : organizers) {
        if (id <= 0)
            continue;
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec() || !q.next())
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
    QSqlQuery q(m_db);
    for (const QString &table :
         {QStringLiteral("event_region"), QStringLiteral("event_coorganizer"),
          QStringLiteral("event_attendee")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE event_id = :id").arg(table));
        q.bindValue(QStringLiteral(":id"), e.id);
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT INTO event_region (event_id, region_id) VALUES (:e, :r)"));
    for (const int region : e.regionIds) {
        q.bindValue(QStringLiteral(":e"), e.id);
        q.bindValue(QStringLiteral(":r"), region);
        if (!q.exec())
            return Status::failure(Messages::tr("Regions: the region no. %1 cannot be set (%2).")
                                       .arg(region)
                                       .arg(q.lastError().text()));
    }
    q.prepare(QStringLiteral(
        "INSERT INTO event_coorganizer (event_id, organization_id, position) VALUES (:e, :o, :p)"));
    for (int i = 0; i < e.coorganizerIds.size(); ++i) {
        q.bindValue(QStringLiteral(":e"), e.id);
        q.bindValue(QStringLiteral(":o"), e.coorganizerIds.at(i));
        q.bindValue(QStringLiteral(":p"), i);
        if (!q.exec())
            return Status::failure(
                Messages::tr("Co-organizers: the organization no. %1 cannot be set (%2).")
                    .arg(e.coorganizerIds.at(i))
                    .arg(q.lastError().text()));
    }
    q.prepare(
        QStringLiteral("INSERT INTO event_attendee (event_id, organization_id) VALUES (:e, :o)"));
    for (const qint64 organization : e.attendeeIds) {
        q.bindValue(QStringLiteral(":e"), e.id);
        q.bindValue(QStringLiteral(":o"), organization);
        if (!q.exec())
            return Status::failure(
                Messages::tr("Attending organizations: the organization no. %1 cannot be set (%2).")
                    .arg(organization)
                    .arg(q.lastError().text()));
    }
    return {};
}

Result<qint64> EventRepository::insertInTransaction(Event &e, bool keepId)
{
    using R = Result<qint64>;
    if (e.uid.isEmpty())
        e.uid = newUid();
    const QString now = sqlvalues::nowIso();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO event (%1edition_id, organizer_institution_id, "
                             "organizer_organization_id, kind, number, title, event_date, "
                             "start_time, duration_minutes, place, link, "
                             "central_theme, other_themes, participants_ngo, "
                             "participants_local_admin, participants_associative, "
                             "participants_other, conclusions, notes, status, uid, sequence, "
                             "created_at, updated_at) VALUES (%2:edition_id, "
                             ":organizer_institution, :organizer_organization, :kind, "
                             ":number, :title, :event_date, :start_time, :duration, :place, :link, "
                             ":central_theme, :other_themes, :p_ngo, "
                             ":p_admin, :p_assoc, :p_other, :conclusions, :notes, :status, :uid, "
                             ":sequence, :now, :now) RETURNING id")
                  .arg(keepId ? QStringLiteral("id, ") : QString(),
                       keepId ? QStringLiteral(":id, ") : QString()));
    bindEvent(q, e);
    if (keepId)
        q.bindValue(QStringLiteral(":id"), e.id);
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec() || !q.next())
        return R::failure(q.lastError().text());
    e.id = q.value(0).toLongLong();
    q.finish();
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE event SET edition_id = :edition_id, organizer_institution_id "
                             "= :organizer_institution, organizer_organization_id = "
                             ":organizer_organization, kind = :kind, number = "
                             ":number, title = :title, "
                             "event_date = :event_date, start_time = :start_time, duration_minutes "
                             "= :duration, place = :place, "
                             "link = :link, central_theme = :central_theme, other_themes = "
                             ":other_themes, participants_ngo = :p_ngo, "
                             "participants_local_admin = :p_admin, participants_associative = "
                             ":p_assoc, participants_other = :p_other, "
                             "conclusions = :conclusions, notes = :notes, status = :status, uid = "
                             ":uid, sequence = :sequence, updated_at = :now "
                             "WHERE id = :id"));
    bindEvent(q, e);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), e.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(Messages::tr("The event no. %1 no longer exists.").arg(e.id));
    e.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    if (Status s = writeLinks(e); !s)
        return s;
    return AuditLog::record(m_db, QStringLiteral("event"), e.id, AuditLog::Action::Update,
                            before.toJson(), e.toJson());
}

Result<qint64> EventRepository::add(Event e)
{
    using R = Result<qint64>;
    normalizeEvent(e);
    e.id = 0;
    e.uid.clear();
    e.sequence = 0;
    if (const QStringList problems = problemsOf(e); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    return inTransaction(m_db, [&] { return insertInTransaction(e); });
}

Status EventRepository::update(Event e)
{
    normalizeEvent(e);
    const std::optional<Event> before = find(e.id);
    if (!before)
        return Status::failure(Messages::tr("The event no. %1 no longer exists.").arg(e.id));
    if (const QStringList problems = problemsOf(e); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    if (before->sameContent(e))
        return {};
    return inTransaction(m_db, [&] { return updateInTransaction(*before, e); });
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
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM event WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Status::failure(
                Messages::tr("The event cannot be deleted: %1").arg(q.lastError().text()));
        return AuditLog::record(m_db, QStringLiteral("event"), id, AuditLog::Action::Delete,
                                before->toJson(), {});
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
    QList<CalendarEntry> result;
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
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
                     : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND "))));
    if (query.from.isValid())
        q.bindValue(QStringLiteral(":from"), sqlvalues::date(query.from));
    if (query.to.isValid())
        q.bindValue(QStringLiteral(":to"), sqlvalues::date(query.to));
    if (query.kind)
        q.bindValue(QStringLiteral(":kind"), eventKindCode(*query.kind));
    if (query.editionId)
        q.bindValue(QStringLiteral(":edition"), *query.editionId);
    if (query.organizationId) {
        q.bindValue(QStringLiteral(":org1"), *query.organizationId);
        q.bindValue(QStringLiteral(":org2"), *query.organizationId);
        q.bindValue(QStringLiteral(":org3"), *query.organizationId);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next()) {
        CalendarEntry c;
        c.eventId = q.value(0).toLongLong();
        c.editionId = q.value(1).toLongLong();
        c.programId = q.value(2).toLongLong();
        c.programName = q.value(3).toString();
        c.editionNumber = q.value(4).toInt();
        c.editionYear = q.value(5).toInt();
        c.kind = eventKindFromCode(q.value(6).toString()).value_or(EventKind::Conference);
        c.number = q.value(7).toInt();
        c.title = q.value(8).toString();
        c.date = sqlvalues::readDate(q.value(9));
        c.startTime = sqlvalues::readTime(q.value(10));
        c.durationMinutes = sqlvalues::readInt(q.value(11));
        c.place = q.value(12).toString();
        c.link = q.value(13).toString();
        c.centralTheme = q.value(14).toString();
        const QString themes = q.value(15).toString();
        c.otherThemes = themes.isEmpty() ? QStringList() : themes.split(QLatin1Char('\n'));
        for (int i = 16; i <= 19; ++i) {
            if (!q.value(i).isNull())
                c.participants = c.participants.value_or(0) + q.value(i).toInt();
        }
        c.status = eventStatusFromCode(q.value(20).toString());
        c.uid = q.value(21).toString();
        c.sequence = q.value(22).toInt();
        c.updatedAt = QDateTime::fromString(q.value(23).toString(), Qt::ISODate);
        c.notes = q.value(24).toString();
        c.organizer = q.value(25).toString();
        result << c;
    }
    QSqlQuery names(m_db);
    for (CalendarEntry &c : result) {
        names.prepare(QStringLiteral(
            "SELECT r.name FROM event_region er JOIN region r ON r.id = er.region_id "
            "WHERE er.event_id = :id ORDER BY r.id"));
        names.bindValue(QStringLiteral(":id"), c.eventId);
        if (names.exec()) {
            while (names.next())
                c.regions << names.value(0).toString();
        }
        names.prepare(QStringLiteral("SELECT o.name FROM event_coorganizer ec JOIN organization o "
                                     "ON o.id = ec.organization_id "
                                     "WHERE ec.event_id = :id ORDER BY ec.position, o.name_sort"));
        names.bindValue(QStringLiteral(":id"), c.eventId);
        if (names.exec()) {
            while (names.next())
                c.coorganizers << names.value(0).toString();
        }
    }
    return result;
}

} // namespace dc

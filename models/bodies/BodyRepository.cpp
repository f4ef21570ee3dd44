#include "BodyRepository.h"

#include "core/Text.h"
#include "storage/RowWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace sql = rowwriter;

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(BodyRepository)
};

const QString bodyColumns =
    QStringLiteral("id, name, kind, act_number, act_date, secretariat_institution_id, purpose, "
                   "mandate_months, quorum, status, "
                   "active_from, dissolved_on, notes");
const QString memberColumns = QStringLiteral("id, body_id, organization_id, institution_id, "
                                             "representative, role, mandate_start, mandate_end");
const QString meetingColumns =
    QStringLiteral("id, body_id, held_on, agenda, decisions, minutes_published");

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

ConsultativeBody readBody(const QSqlQuery &q)
{
    ConsultativeBody b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.kind = bodyKindFromCode(q.value(2).toString()).value_or(BodyKind::Council);
    b.actNumber = q.value(3).toString();
    b.actDate = sql::toDate(q.value(4));
    b.secretariatInstitutionId = q.value(5).toLongLong();
    b.purpose = q.value(6).toString();
    b.mandateMonths = optionalInt(q.value(7));
    b.quorum = optionalInt(q.value(8));
    b.status = bodyStatusFromCode(q.value(9).toString());
    b.activeFrom = sql::toDate(q.value(10));
    b.dissolvedOn = sql::toDate(q.value(11));
    b.notes = q.value(12).toString();
    return b;
}

sql::Values bodyValues(const ConsultativeBody &b)
{
    return {
        {QStringLiteral("name"), b.name},
        {QStringLiteral("name_sort"), text::sortKey(b.name)},
        {QStringLiteral("name_folded"), text::folded(b.name)},
        {QStringLiteral("kind"), bodyKindCode(b.kind)},
        {QStringLiteral("act_number"), sql::text(b.actNumber)},
        {QStringLiteral("act_date"), sql::date(b.actDate)},
        {QStringLiteral("secretariat_institution_id"), sql::id(b.secretariatInstitutionId)},
        {QStringLiteral("purpose"), sql::text(b.purpose)},
        {QStringLiteral("mandate_months"), intOrNull(b.mandateMonths)},
        {QStringLiteral("quorum"), intOrNull(b.quorum)},
        {QStringLiteral("status"), bodyStatusCode(b.status)},
        {QStringLiteral("active_from"), sql::date(b.activeFrom)},
        {QStringLiteral("dissolved_on"), sql::date(b.dissolvedOn)},
        {QStringLiteral("notes"), sql::text(b.notes)},
    };
}

BodyMember readMember(const QSqlQuery &q, int at = 0)
{
    BodyMember m;
    m.id = q.value(at + 0).toLongLong();
    m.bodyId = q.value(at + 1).toLongLong();
    m.organizationId = q.value(at + 2).toLongLong();
    m.institutionId = q.value(at + 3).toLongLong();
    m.representative = q.value(at + 4).toString();
    m.role = memberRoleFromCode(q.value(at + 5).toString()).value_or(MemberRole::Member);
    m.mandateStart = sql::toDate(q.value(at + 6));
    m.mandateEnd = sql::toDate(q.value(at + 7));
    return m;
}

sql::Values memberValues(const BodyMember &m)
{
    return {
        {QStringLiteral("body_id"), m.bodyId},
        {QStringLiteral("organization_id"), sql::id(m.organizationId)},
        {QStringLiteral("institution_id"), sql::id(m.institutionId)},
        {QStringLiteral("representative"), sql::text(m.representative)},
        {QStringLiteral("role"), memberRoleCode(m.role)},
        {QStringLiteral("mandate_start"), sql::date(m.mandateStart)},
        {QStringLiteral("mandate_end"), sql::date(m.mandateEnd)},
    };
}

BodyMeeting readMeeting(const QSqlQuery &q)
{
    BodyMeeting m;
    m.id = q.value(0).toLongLong();
    m.bodyId = q.value(1).toLongLong();
    m.heldOn = sql::toDate(q.value(2));
    m.agenda = q.value(3).toString();
    m.decisions = q.value(4).toString();
    m.minutesPublished = q.value(5).toInt() != 0;
    return m;
}

sql::Values meetingValues(const BodyMeeting &m)
{
    return {
        {QStringLiteral("body_id"), m.bodyId},
        {QStringLiteral("held_on"), sql::date(m.heldOn)},
        {QStringLiteral("agenda"), sql::text(m.agenda)},
        {QStringLiteral("decisions"), sql::text(m.decisions)},
        {QStringLiteral("minutes_published"), sql::flag(m.minutesPublished)},
    };
}

bool exists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next();
}

} // namespace

BodyRepository::BodyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<ConsultativeBody> BodyRepository::bodies() const
{
    QList<ConsultativeBody> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM consultative_body ORDER BY name_sort, id")
                    .arg(bodyColumns)))
        return result;
    while (q.next())
        result << readBody(q);
    return result;
}

std::optional<ConsultativeBody> BodyRepository::body(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM consultative_body WHERE id = :id").arg(bodyColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readBody(q);
}

std::optional<qint64> BodyRepository::findBodyIdByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM consultative_body WHERE name_folded = :folded"));
    q.bindValue(QStringLiteral(":folded"), text::folded(text::normalized(name)));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Result<qint64> BodyRepository::addBody(ConsultativeBody body)
{
    using R = Result<qint64>;
    normalizeBody(body);
    QStringList problems = validateBody(body);
    if (!body.name.isEmpty() && findBodyIdByName(body.name))
        problems << Messages::tr("Name: a body named %1 already exists.").arg(body.name);
    if (body.secretariatInstitutionId > 0 &&
        !exists(m_db, QStringLiteral("institution"), body.secretariatInstitutionId))
        problems << Messages::tr("Secretariat: the institution no. %1 does not exist.")
                        .arg(body.secretariatInstitutionId);
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("consultative_body"), bodyValues(body),
                              body.toJson());
    });
}

Status BodyRepository::updateBody(ConsultativeBody body)
{
    normalizeBody(body);
    QStringList problems = validateBody(body);
    if (const auto other = findBodyIdByName(body.name); other && *other != body.id)
        problems << Messages::tr("Name: a body named %1 already exists.").arg(body.name);
    if (Status s = sql::problems(problems); !s)
        return s;
    const std::optional<ConsultativeBody> before = this->body(body.id);
    if (!before)
        return Status::failure(Messages::tr("The body no. %1 does not exist.").arg(body.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("consultative_body"), body.id, bodyValues(body),
                              before->toJson(), body.toJson());
    });
}

Status BodyRepository::removeBody(qint64 id)
{
    const std::optional<ConsultativeBody> before = body(id);
    if (!before)
        return Status::failure(Messages::tr("The body no. %1 does not exist.").arg(id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // The members and meetings go with the body (ON DELETE CASCADE); each keeps its audit row.
    for (const BodyMeeting &m : meetings(id)) {
        if (Status s = sql::deleteRow(m_db, QStringLiteral("body_meeting"), m.id, m.toJson()); !s)
            return s;
    }
    for (const BodyMember &m : members(id)) {
        if (Status s = sql::deleteRow(m_db, QStringLiteral("body_member"), m.id, m.toJson()); !s)
            return s;
    }
    if (Status s = sql::deleteRow(m_db, QStringLiteral("consultative_body"), id, before->toJson());
        !s)
        return s;
    return transaction.commit();
}

QList<BodyMember> BodyRepository::members(qint64 bodyId) const
{
    QList<BodyMember> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM body_member WHERE :all = 1 OR body_id = :body "
                             "ORDER BY body_id, mandate_start, id")
                  .arg(memberColumns));
    q.bindValue(QStringLiteral(":all"), bodyId == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":body"), bodyId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readMember(q);
    return result;
}

std::optional<BodyMember> BodyRepository::member(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM body_member WHERE id = :id").arg(memberColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readMember(q);
}

Result<qint64> BodyRepository::addMember(BodyMember member)
{
    using R = Result<qint64>;
    normalizeMember(member);
    QStringList problems = validateMember(member);
    if (member.bodyId > 0 && !body(member.bodyId))
        problems << Messages::tr("Body: the body no. %1 does not exist.").arg(member.bodyId);
    if (member.organizationId > 0 &&
        !exists(m_db, QStringLiteral("organization"), member.organizationId))
        problems << Messages::tr("Member: the organization no. %1 does not exist.")
                        .arg(member.organizationId);
    if (member.institutionId > 0 &&
        !exists(m_db, QStringLiteral("institution"), member.institutionId))
        problems << Messages::tr("Member: the institution no. %1 does not exist.")
                        .arg(member.institutionId);
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("body_member"), memberValues(member),
                              member.toJson());
    });
}

Status BodyRepository::updateMember(BodyMember member)
{
    normalizeMember(member);
    if (Status s = sql::problems(validateMember(member)); !s)
        return s;
    const std::optional<BodyMember> before = this->member(member.id);
    if (!before)
        return Status::failure(Messages::tr("The member no. %1 does not exist.").arg(member.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("body_member"), member.id, memberValues(member),
                              before->toJson(), member.toJson());
    });
}

Status BodyRepository::removeMember(qint64 id)
{
    const std::optional<BodyMember> before = member(id);
    if (!before)
        return Status::failure(Messages::tr("The member no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("body_member"), id, before->toJson());
    });
}

QList<BodyMeeting> BodyRepository::meetings(qint64 bodyId) const
{
    QList<BodyMeeting> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM body_meeting WHERE :all = 1 OR body_id = :body "
                             "ORDER BY body_id, held_on, id")
                  .arg(meetingColumns));
    q.bindValue(QStringLiteral(":all"), bodyId == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":body"), bodyId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readMeeting(q);
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT member_id FROM body_meeting_attendance WHERE meeting_id = "
                             ":meeting ORDER BY member_id"));
    for (BodyMeeting &m : result) {
        a.bindValue(QStringLiteral(":meeting"), m.id);
        if (a.exec()) {
            while (a.next())
                m.attendees << a.value(0).toLongLong();
        }
    }
    return result;
}

std::optional<BodyMeeting> BodyRepository::meeting(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM body_meeting WHERE id = :id").arg(meetingColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BodyMeeting m = readMeeting(q);
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT member_id FROM body_meeting_attendance WHERE meeting_id = "
                             ":meeting ORDER BY member_id"));
    a.bindValue(QStringLiteral(":meeting"), id);
    if (a.exec()) {
        while (a.next())
            m.attendees << a.value(0).toLongLong();
    }
    return m;
}

Status BodyRepository::writeAttendance(qint64 meetingId, const QList<qint64> &attendees)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM body_meeting_attendance WHERE meeting_id = :meeting"));
    q.bindValue(QStringLiteral(":meeting"), meetingId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    q.prepare(QStringLiteral(
        "INSERT INTO body_meeting_attendance (meeting_id, member_id) VALUES (:meeting, :member)"));
    for (const qint64 member : attendees) {
        q.bindValue(QStringLiteral(":meeting"), meetingId);
        q.bindValue(QStringLiteral(":member"), member);
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    return {};
}

namespace {

QStringList attendeeProblems(const BodyRepository &repository, const BodyMeeting &meeting)
{
    QStringList problems;
    for (const qint64 id : meeting.attendees) {
        const std::optional<BodyMember> m = repository.member(id);
        if (!m || m->bodyId != meeting.bodyId)
            problems << QCoreApplication::translate(
                            "BodyRepository", "Attendance: no. %1 is not a member of this body.")
                            .arg(id);
    }
    return problems;
}

} // namespace

Result<qint64> BodyRepository::addMeeting(BodyMeeting meeting)
{
    using R = Result<qint64>;
    normalizeMeeting(meeting);
    QStringList problems = validateMeeting(meeting) + attendeeProblems(*this, meeting);
    if (meeting.bodyId > 0 && !body(meeting.bodyId))
        problems << Messages::tr("Body: the body no. %1 does not exist.").arg(meeting.bodyId);
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const R id = sql::insertRow(m_db, QStringLiteral("body_meeting"), meetingValues(meeting),
                                meeting.toJson());
    if (!id)
        return id;
    if (Status s = writeAttendance(id.value(), meeting.attendees); !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status BodyRepository::updateMeeting(BodyMeeting meeting)
{
    normalizeMeeting(meeting);
    if (Status s = sql::problems(validateMeeting(meeting) + attendeeProblems(*this, meeting)); !s)
        return s;
    const std::optional<BodyMeeting> before = this->meeting(meeting.id);
    if (!before)
        return Status::failure(Messages::tr("The meeting no. %1 does not exist.").arg(meeting.id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = sql::updateRow(m_db, QStringLiteral("body_meeting"), meeting.id,
                                  meetingValues(meeting), before->toJson(), meeting.toJson());
        !s)
        return s;
    if (Status s = writeAttendance(meeting.id, meeting.attendees); !s)
        return s;
    return transaction.commit();
}

Status BodyRepository::removeMeeting(qint64 id)
{
    const std::optional<BodyMeeting> before = meeting(id);
    if (!before)
        return Status::failure(Messages::tr("The meeting no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("body_meeting"), id, before->toJson());
    });
}

namespace {

sql::Values withId(sql::Values values, qint64 id)
{
    values.prepend({QStringLiteral("id"), id});
    return values;
}

} // namespace

Status BodyRepository::restoreBody(ConsultativeBody body, const QList<BodyMember> &members,
                                   const QList<BodyMeeting> &meetings)
{
    normalizeBody(body);
    if (body.id <= 0)
        return Status::failure(Messages::tr("The body to restore has no number."));
    if (this->body(body.id))
        return Status::failure(Messages::tr("The body no. %1 already exists.").arg(body.id));
    return inTransaction(m_db, [&]() -> Status {
        const Result<qint64> id = sql::insertRow(m_db, QStringLiteral("consultative_body"),
                                                 withId(bodyValues(body), body.id), body.toJson());
        if (!id)
            return Status::failure(id.error());
        for (const BodyMember &m : members) {
            const Result<qint64> added = sql::insertRow(m_db, QStringLiteral("body_member"),
                                                        withId(memberValues(m), m.id), m.toJson());
            if (!added)
                return Status::failure(added.error());
        }
        for (const BodyMeeting &m : meetings) {
            const Result<qint64> added = sql::insertRow(m_db, QStringLiteral("body_meeting"),
                                                        withId(meetingValues(m), m.id), m.toJson());
            if (!added)
                return Status::failure(added.error());
            if (Status s = writeAttendance(m.id, m.attendees); !s)
                return s;
        }
        return Status();
    });
}

Status BodyRepository::restoreMember(BodyMember member, const QList<qint64> &attendedMeetings)
{
    normalizeMember(member);
    QStringList problems = validateMember(member);
    if (member.id <= 0)
        problems << Messages::tr("The member to restore has no number.");
    else if (this->member(member.id))
        problems << Messages::tr("The member no. %1 already exists.").arg(member.id);
    if (Status s = sql::problems(problems); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        const Result<qint64> id =
            sql::insertRow(m_db, QStringLiteral("body_member"),
                           withId(memberValues(member), member.id), member.toJson());
        if (!id)
            return Status::failure(id.error());
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO body_meeting_attendance (meeting_id, member_id) "
                                 "VALUES (:meeting, :member)"));
        for (const qint64 meeting : attendedMeetings) {
            q.bindValue(QStringLiteral(":meeting"), meeting);
            q.bindValue(QStringLiteral(":member"), member.id);
            if (!q.exec())
                return Status::failure(q.lastError().text());
        }
        return Status();
    });
}

Status BodyRepository::restoreMeeting(BodyMeeting meeting)
{
    normalizeMeeting(meeting);
    QStringList problems = validateMeeting(meeting) + attendeeProblems(*this, meeting);
    if (meeting.id <= 0)
        problems << Messages::tr("The meeting to restore has no number.");
    else if (this->meeting(meeting.id))
        problems << Messages::tr("The meeting no. %1 already exists.").arg(meeting.id);
    if (Status s = sql::problems(problems); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        const Result<qint64> id =
            sql::insertRow(m_db, QStringLiteral("body_meeting"),
                           withId(meetingValues(meeting), meeting.id), meeting.toJson());
        if (!id)
            return Status::failure(id.error());
        return writeAttendance(meeting.id, meeting.attendees);
    });
}

QList<Seat> BodyRepository::seats(qint64 organizationId) const
{
    QList<Seat> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.id, m.body_id, m.organization_id, m.institution_id, "
                             "m.representative, m.role, m.mandate_start, "
                             "m.mandate_end, b.name, COALESCE(o.name, i.name), b.status "
                             "FROM body_member m JOIN consultative_body b ON b.id = m.body_id "
                             "LEFT JOIN organization o ON o.id = m.organization_id LEFT JOIN "
                             "institution i ON i.id = m.institution_id "
                             "WHERE :all = 1 OR m.organization_id = :organization "
                             "ORDER BY b.name_sort, b.id, m.mandate_start, m.id"));
    q.bindValue(QStringLiteral(":all"), organizationId == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":organization"), organizationId);
    if (!q.exec())
        return result;
    while (q.next()) {
        Seat seat;
        seat.member = readMember(q);
        seat.bodyName = q.value(8).toString();
        seat.memberName = q.value(9).toString();
        seat.bodyActive = q.value(10).toString() == QLatin1String("active");
        result << seat;
    }
    return result;
}

} // namespace dc

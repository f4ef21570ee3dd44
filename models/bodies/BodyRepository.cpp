#include "BodyRepository.h"

#include "core/Text.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

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

ConsultativeBody readBody(const QSqlQuery &q)
{
    ConsultativeBody b;
    sqlvalues::Columns row(q);
    row >> b.id >> b.name;
    b.kind = bodyKindFromCode(row.text()).value_or(BodyKind::Council);
    row >> b.actNumber >> b.actDate >> b.secretariatInstitutionId >> b.purpose >> b.mandateMonths >>
        b.quorum;
    b.status = bodyStatusFromCode(row.text());
    row >> b.activeFrom >> b.dissolvedOn >> b.notes;
    return b;
}

rowwriter::Values bodyValues(const ConsultativeBody &b)
{
    return {
        {QStringLiteral("name"), b.name},
        {QStringLiteral("name_sort"), text::sortKey(b.name)},
        {QStringLiteral("name_folded"), text::folded(b.name)},
        {QStringLiteral("kind"), bodyKindCode(b.kind)},
        {QStringLiteral("act_number"), sqlvalues::text(b.actNumber)},
        {QStringLiteral("act_date"), sqlvalues::date(b.actDate)},
        {QStringLiteral("secretariat_institution_id"), sqlvalues::id(b.secretariatInstitutionId)},
        {QStringLiteral("purpose"), sqlvalues::text(b.purpose)},
        {QStringLiteral("mandate_months"), sqlvalues::number(b.mandateMonths)},
        {QStringLiteral("quorum"), sqlvalues::number(b.quorum)},
        {QStringLiteral("status"), bodyStatusCode(b.status)},
        {QStringLiteral("active_from"), sqlvalues::date(b.activeFrom)},
        {QStringLiteral("dissolved_on"), sqlvalues::date(b.dissolvedOn)},
        {QStringLiteral("notes"), sqlvalues::text(b.notes)},
    };
}

BodyMember readMember(const QSqlQuery &q, int at = 0)
{
    BodyMember m;
    sqlvalues::Columns row(q, at);
    row >> m.id >> m.bodyId >> m.organizationId >> m.institutionId >> m.representative;
    m.role = memberRoleFromCode(row.text()).value_or(MemberRole::Member);
    row >> m.mandateStart >> m.mandateEnd;
    return m;
}

rowwriter::Values memberValues(const BodyMember &m)
{
    return {
        {QStringLiteral("body_id"), m.bodyId},
        {QStringLiteral("organization_id"), sqlvalues::id(m.organizationId)},
        {QStringLiteral("institution_id"), sqlvalues::id(m.institutionId)},
        {QStringLiteral("representative"), sqlvalues::text(m.representative)},
        {QStringLiteral("role"), memberRoleCode(m.role)},
        {QStringLiteral("mandate_start"), sqlvalues::date(m.mandateStart)},
        {QStringLiteral("mandate_end"), sqlvalues::date(m.mandateEnd)},
    };
}

BodyMeeting readMeeting(const QSqlQuery &q)
{
    BodyMeeting m;
    sqlvalues::Columns(q) >> m.id >> m.bodyId >> m.heldOn >> m.agenda >> m.decisions >>
        m.minutesPublished;
    return m;
}

rowwriter::Values meetingValues(const BodyMeeting &m)
{
    return {
        {QStringLiteral("body_id"), m.bodyId},
        {QStringLiteral("held_on"), sqlvalues::date(m.heldOn)},
        {QStringLiteral("agenda"), sqlvalues::text(m.agenda)},
        {QStringLiteral("decisions"), sqlvalues::text(m.decisions)},
        {QStringLiteral("minutes_published"), sqlvalues::flag(m.minutesPublished)},
    };
}

const rowwriter::Table<ConsultativeBody> bodyTable{QStringLiteral("consultative_body"), bodyValues};
const rowwriter::Table<BodyMember> memberTable{QStringLiteral("body_member"), memberValues};
const rowwriter::Table<BodyMeeting> meetingTable{QStringLiteral("body_meeting"), meetingValues};

const QString selectAttendees = QStringLiteral(
    "SELECT member_id FROM body_meeting_attendance WHERE meeting_id = :meeting ORDER BY member_id");

QList<qint64> attendeesOf(const QSqlDatabase &db, qint64 meetingId)
{
    return query::selectAll(db, selectAttendees, {{QStringLiteral(":meeting"), meetingId}},
                            [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Status writeAttendee(const QSqlDatabase &db, qint64 meetingId, qint64 memberId)
{
    return query::exec(
        db,
        QStringLiteral("INSERT INTO body_meeting_attendance (meeting_id, member_id) "
                       "VALUES (:meeting, :member)"),
        {{QStringLiteral(":meeting"), meetingId}, {QStringLiteral(":member"), memberId}});
}

} // namespace

BodyRepository::BodyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<ConsultativeBody> BodyRepository::bodies() const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT %1 FROM consultative_body ORDER BY name_sort, id").arg(bodyColumns),
        {}, readBody);
}

std::optional<ConsultativeBody> BodyRepository::body(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM consultative_body WHERE id = :id").arg(bodyColumns),
        {{QStringLiteral(":id"), id}}, readBody);
}

std::optional<qint64> BodyRepository::findBodyIdByName(const QString &name) const
{
    return query::selectId(m_db,
                           QStringLiteral("SELECT id FROM consultative_body WHERE name_folded = "
                                          ":folded"),
                           {{QStringLiteral(":folded"), text::folded(text::normalized(name))}});
}

Result<qint64> BodyRepository::addBody(ConsultativeBody body)
{
    normalizeBody(body);
    QStringList problems = validateBody(body);
    if (!body.name.isEmpty() && findBodyIdByName(body.name))
        problems << Messages::tr("Name: a body named %1 already exists.").arg(body.name);
    if (body.secretariatInstitutionId > 0 &&
        !query::exists(m_db, QStringLiteral("institution"), body.secretariatInstitutionId))
        problems << Messages::tr("Secretariat: the institution no. %1 does not exist.")
                        .arg(body.secretariatInstitutionId);
    return rowwriter::addRecord(m_db, bodyTable, body, problems);
}

Status BodyRepository::updateBody(ConsultativeBody body)
{
    normalizeBody(body);
    QStringList problems = validateBody(body);
    if (const auto other = findBodyIdByName(body.name); other && *other != body.id)
        problems << Messages::tr("Name: a body named %1 already exists.").arg(body.name);
    return rowwriter::updateRecord(m_db, bodyTable, body, problems, this->body(body.id),
                                   Messages::tr("The body no. %1 does not exist.").arg(body.id));
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
        if (Status s = rowwriter::deleteRow(m_db, QStringLiteral("body_meeting"), m.id, m.toJson());
            !s)
            return s;
    }
    for (const BodyMember &m : members(id)) {
        if (Status s = rowwriter::deleteRow(m_db, QStringLiteral("body_member"), m.id, m.toJson());
            !s)
            return s;
    }
    if (Status s =
            rowwriter::deleteRow(m_db, QStringLiteral("consultative_body"), id, before->toJson());
        !s)
        return s;
    return transaction.commit();
}

QList<BodyMember> BodyRepository::members(qint64 bodyId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT %1 FROM body_member WHERE :all = 1 OR body_id = "
                       ":body ORDER BY body_id, mandate_start, id")
            .arg(memberColumns),
        {{QStringLiteral(":all"), bodyId == 0 ? 1 : 0}, {QStringLiteral(":body"), bodyId}},
        [](const QSqlQuery &q) { return readMember(q); });
}

std::optional<BodyMember> BodyRepository::member(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM body_member WHERE id = :id").arg(memberColumns),
        {{QStringLiteral(":id"), id}}, [](const QSqlQuery &q) { return readMember(q); });
}

Result<qint64> BodyRepository::addMember(BodyMember member)
{
    normalizeMember(member);
    QStringList problems = validateMember(member);
    if (member.bodyId > 0 && !body(member.bodyId))
        problems << Messages::tr("Body: the body no. %1 does not exist.").arg(member.bodyId);
    if (member.organizationId > 0 &&
        !query::exists(m_db, QStringLiteral("organization"), member.organizationId))
        problems << Messages::tr("Member: the organization no. %1 does not exist.")
                        .arg(member.organizationId);
    if (member.institutionId > 0 &&
        !query::exists(m_db, QStringLiteral("institution"), member.institutionId))
        problems << Messages::tr("Member: the institution no. %1 does not exist.")
                        .arg(member.institutionId);
    return rowwriter::addRecord(m_db, memberTable, member, problems);
}

Status BodyRepository::updateMember(BodyMember member)
{
    normalizeMember(member);
    return rowwriter::updateRecord(
        m_db, memberTable, member, validateMember(member), this->member(member.id),
        Messages::tr("The member no. %1 does not exist.").arg(member.id));
}

Status BodyRepository::removeMember(qint64 id)
{
    return rowwriter::removeRecord(m_db, memberTable, member(id),
                                   Messages::tr("The member no. %1 does not exist.").arg(id));
}

QList<BodyMeeting> BodyRepository::meetings(qint64 bodyId) const
{
    QList<BodyMeeting> result = query::selectAll(
        m_db,
        QStringLiteral("SELECT %1 FROM body_meeting WHERE :all = 1 OR body_id = "
                       ":body ORDER BY body_id, held_on, id")
            .arg(meetingColumns),
        {{QStringLiteral(":all"), bodyId == 0 ? 1 : 0}, {QStringLiteral(":body"), bodyId}},
        readMeeting);
    for (BodyMeeting &m : result)
        m.attendees = attendeesOf(m_db, m.id);
    return result;
}

std::optional<BodyMeeting> BodyRepository::meeting(qint64 id) const
{
    std::optional<BodyMeeting> m = query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM body_meeting WHERE id = :id").arg(meetingColumns),
        {{QStringLiteral(":id"), id}}, readMeeting);
    if (m)
        m->attendees = attendeesOf(m_db, id);
    return m;
}

Status BodyRepository::writeAttendance(qint64 meetingId, const QList<qint64> &attendees)
{
    if (Status s = query::exec(
            m_db, QStringLiteral("DELETE FROM body_meeting_attendance WHERE meeting_id = :meeting"),
            {{QStringLiteral(":meeting"), meetingId}});
        !s)
        return s;
    for (const qint64 member : attendees) {
        if (Status s = writeAttendee(m_db, meetingId, member); !s)
            return s;
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
    if (Status s = rowwriter::problems(problems); !s)
        return R::failure(s.error());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const R id =
        rowwriter::insertRow(m_db, meetingTable.name, meetingValues(meeting), meeting.toJson());
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
    if (Status s = rowwriter::problems(validateMeeting(meeting) + attendeeProblems(*this, meeting));
        !s)
        return s;
    const std::optional<BodyMeeting> before = this->meeting(meeting.id);
    if (!before)
        return Status::failure(Messages::tr("The meeting no. %1 does not exist.").arg(meeting.id));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = rowwriter::updateRow(m_db, meetingTable.name, meeting.id, meetingValues(meeting),
                                        before->toJson(), meeting.toJson());
        !s)
        return s;
    if (Status s = writeAttendance(meeting.id, meeting.attendees); !s)
        return s;
    return transaction.commit();
}

Status BodyRepository::removeMeeting(qint64 id)
{
    return rowwriter::removeRecord(m_db, meetingTable, meeting(id),
                                   Messages::tr("The meeting no. %1 does not exist.").arg(id));
}

Status BodyRepository::restoreBody(ConsultativeBody body, const QList<BodyMember> &members,
                                   const QList<BodyMeeting> &meetings)
{
    normalizeBody(body);
    if (body.id <= 0)
        return Status::failure(Messages::tr("The body to restore has no number."));
    if (this->body(body.id))
        return Status::failure(Messages::tr("The body no. %1 already exists.").arg(body.id));
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = rowwriter::insertWithId(m_db, bodyTable, body); !s)
            return s;
        for (const BodyMember &m : members) {
            if (Status s = rowwriter::insertWithId(m_db, memberTable, m); !s)
                return s;
        }
        for (const BodyMeeting &m : meetings) {
            if (Status s = rowwriter::insertWithId(m_db, meetingTable, m); !s)
                return s;
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
    if (Status s = rowwriter::problems(problems); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = rowwriter::insertWithId(m_db, memberTable, member); !s)
            return s;
        for (const qint64 meeting : attendedMeetings) {
            if (Status s = writeAttendee(m_db, meeting, member.id); !s)
                return s;
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
    if (Status s = rowwriter::problems(problems); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = rowwriter::insertWithId(m_db, meetingTable, meeting); !s)
            return s;
        return writeAttendance(meeting.id, meeting.attendees);
    });
}

QList<Seat> BodyRepository::seats(qint64 organizationId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT m.id, m.body_id, m.organization_id, m.institution_id, "
                       "m.representative, m.role, m.mandate_start, "
                       "m.mandate_end, b.name, COALESCE(o.name, i.name), b.status "
                       "FROM body_member m JOIN consultative_body b ON b.id = m.body_id "
                       "LEFT JOIN organization o ON o.id = m.organization_id LEFT JOIN "
                       "institution i ON i.id = m.institution_id "
                       "WHERE :all = 1 OR m.organization_id = :organization "
                       "ORDER BY b.name_sort, b.id, m.mandate_start, m.id"),
        {{QStringLiteral(":all"), organizationId == 0 ? 1 : 0},
         {QStringLiteral(":organization"), organizationId}},
        [](const QSqlQuery &q) {
            Seat seat;
            seat.member = readMember(q);
            seat.bodyName = q.value(8).toString();
            seat.memberName = q.value(9).toString();
            seat.bodyActive = q.value(10).toString() == QLatin1String("active");
            return seat;
        });
}

} // namespace dc

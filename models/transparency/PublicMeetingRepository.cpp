#include "PublicMeetingRepository.h"

#include "core/Text.h"
#include "storage/RowWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dc {

namespace sql = rowwriter;

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(PublicMeetingRepository)
};

const QString meetingColumns = QStringLiteral(
    "id, institution_id, held_on, subject, is_public, closed_reason, closed_reason_text, "
    "announced_on, "
    "announced_headquarters, announced_website, announced_media, media_present, participants, "
    "ngos_took_part, "
    "recommendations_expressed, recommendations_included, minutes_drawn_up, minutes_published");

PublicMeeting readMeeting(const QSqlQuery &q)
{
    PublicMeeting m;
    m.id = q.value(0).toLongLong();
    m.institutionId = q.value(1).toLongLong();
    m.heldOn = sql::toDate(q.value(2));
    m.subject = q.value(3).toString();
    m.isPublic = q.value(4).toLongLong() != 0;
    m.closedReason = closedReasonFromCode(q.value(5).toString());
    m.closedReasonText = q.value(6).toString();
    m.announcedOn = sql::toDate(q.value(7));
    m.announcedAtHeadquarters = q.value(8).toLongLong() != 0;
    m.announcedOnWebsite = q.value(9).toLongLong() != 0;
    m.announcedInMedia = q.value(10).toLongLong() != 0;
    m.mediaPresent = q.value(11).toLongLong() != 0;
    if (!q.value(12).isNull())
        m.participants = q.value(12).toInt();
    m.ngosTookPart = q.value(13).toLongLong() != 0;
    m.recommendationsExpressed = q.value(14).toInt();
    m.recommendationsIncluded = q.value(15).toInt();
    m.minutesDrawnUp = q.value(16).toLongLong() != 0;
    m.minutesPublished = q.value(17).toLongLong() != 0;
    return m;
}

sql::Values meetingValues(const PublicMeeting &m)
{
    return {
        {QStringLiteral("institution_id"), m.institutionId},
        {QStringLiteral("held_on"), sql::date(m.heldOn)},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("is_public"), sql::flag(m.isPublic)},
        {QStringLiteral("closed_reason"), sql::text(closedReasonCode(m.closedReason))},
        {QStringLiteral("closed_reason_text"), sql::text(m.closedReasonText)},
        {QStringLiteral("announced_on"), sql::date(m.announcedOn)},
        {QStringLiteral("announced_headquarters"), sql::flag(m.announcedAtHeadquarters)},
        {QStringLiteral("announced_website"), sql::flag(m.announcedOnWebsite)},
        {QStringLiteral("announced_media"), sql::flag(m.announcedInMedia)},
        {QStringLiteral("media_present"), sql::flag(m.mediaPresent)},
        {QStringLiteral("participants"),
         m.participants ? QVariant(*m.participants) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("ngos_took_part"), sql::flag(m.ngosTookPart)},
        {QStringLiteral("recommendations_expressed"), m.recommendationsExpressed},
        {QStringLiteral("recommendations_included"), m.recommendationsIncluded},
        {QStringLiteral("minutes_drawn_up"), sql::flag(m.minutesDrawnUp)},
        {QStringLiteral("minutes_published"), sql::flag(m.minutesPublished)},
    };
}

const QString courtColumns = QStringLiteral("id, institution_id, year, reference, subject, status");

CourtCase readCourtCase(const QSqlQuery &q)
{
    CourtCase c;
    c.id = q.value(0).toLongLong();
    c.institutionId = q.value(1).toLongLong();
    c.year = q.value(2).toInt();
    c.reference = q.value(3).toString();
    c.subject = q.value(4).toString();
    c.status = courtCaseStatusFromCode(q.value(5).toString());
    return c;
}

sql::Values courtValues(const CourtCase &c)
{
    return {
        {QStringLiteral("institution_id"), c.institutionId},
        {QStringLiteral("year"), c.year},
        {QStringLiteral("reference"), sql::text(c.reference)},
        {QStringLiteral("subject"), sql::text(c.subject)},
        {QStringLiteral("status"), courtCaseStatusCode(c.status)},
    };
}

bool institutionExists(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM institution WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next();
}

QStringList withInstitution(QStringList problems, const QSqlDatabase &db, qint64 institutionId)
{
    if (institutionId > 0 && !institutionExists(db, institutionId))
        problems << Messages::tr("Institution: the institution no. %1 does not exist.")
                        .arg(institutionId);
    return problems;
}

template <typename T, typename Reader>
QList<T> readAll(const QSqlDatabase &db, const QString &sqlText, qint64 institutionId,
                 Reader reader)
{
    QList<T> result;
    QSqlQuery q(db);
    q.prepare(sqlText);
    q.bindValue(QStringLiteral(":all"), institutionId <= 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":institution"), institutionId);
    if (!q.exec())
        return result;
    while (q.next())
        result << reader(q);
    return result;
}

} // namespace

PublicMeetingRepository::PublicMeetingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<PublicMeeting> PublicMeetingRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM public_meeting WHERE id = :id").arg(meetingColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readMeeting(q);
}

QList<PublicMeeting> PublicMeetingRepository::meetings(qint64 institutionId) const
{
    return readAll<PublicMeeting>(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM public_meeting WHERE (:all = 1 OR institution_id = :institution) "
            "ORDER BY held_on DESC, id DESC")
            .arg(meetingColumns),
        institutionId, readMeeting);
}

Result<qint64> PublicMeetingRepository::add(PublicMeeting meeting)
{
    using R = Result<qint64>;
    normalizePublicMeeting(meeting);
    if (Status s = sql::problems(
            withInstitution(validatePublicMeeting(meeting), m_db, meeting.institutionId));
        !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("public_meeting"), meetingValues(meeting),
                              meeting.toJson());
    });
}

Status PublicMeetingRepository::update(PublicMeeting meeting)
{
    normalizePublicMeeting(meeting);
    if (Status s = sql::problems(
            withInstitution(validatePublicMeeting(meeting), m_db, meeting.institutionId));
        !s)
        return s;
    const std::optional<PublicMeeting> before = find(meeting.id);
    if (!before)
        return Status::failure(Messages::tr("The meeting no. %1 does not exist.").arg(meeting.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("public_meeting"), meeting.id,
                              meetingValues(meeting), before->toJson(), meeting.toJson());
    });
}

Status PublicMeetingRepository::remove(qint64 id)
{
    const std::optional<PublicMeeting> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The meeting no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("public_meeting"), id, before->toJson());
    });
}

Status PublicMeetingRepository::restore(const PublicMeeting &meeting)
{
    if (meeting.id <= 0)
        return Status::failure(Messages::tr("The meeting to put back has no id."));
    return inTransaction(m_db, [&]() -> Status {
        sql::Values row = meetingValues(meeting);
        row.prepend({QStringLiteral("id"), meeting.id});
        const Result<qint64> id =
            sql::insertRow(m_db, QStringLiteral("public_meeting"), row, meeting.toJson());
        return id ? Status() : Status::failure(id.error());
    });
}

std::optional<CourtCase> PublicMeetingRepository::findCourtCase(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM court_case WHERE id = :id").arg(courtColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCourtCase(q);
}

QList<CourtCase> PublicMeetingRepository::courtCases(qint64 institutionId) const
{
    return readAll<CourtCase>(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM court_case WHERE (:all = 1 OR institution_id = :institution) "
            "ORDER BY year DESC, id DESC")
            .arg(courtColumns),
        institutionId, readCourtCase);
}

Result<qint64> PublicMeetingRepository::addCourtCase(CourtCase c)
{
    using R = Result<qint64>;
    c.reference = text::normalized(c.reference);
    c.subject = text::normalized(c.subject);
    if (Status s = sql::problems(withInstitution(validateCourtCase(c), m_db, c.institutionId)); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("court_case"), courtValues(c), c.toJson());
    });
}

Status PublicMeetingRepository::updateCourtCase(CourtCase c)
{
    c.reference = text::normalized(c.reference);
    c.subject = text::normalized(c.subject);
    if (Status s = sql::problems(withInstitution(validateCourtCase(c), m_db, c.institutionId)); !s)
        return s;
    const std::optional<CourtCase> before = findCourtCase(c.id);
    if (!before)
        return Status::failure(Messages::tr("The court case no. %1 does not exist.").arg(c.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("court_case"), c.id, courtValues(c),
                              before->toJson(), c.toJson());
    });
}

Status PublicMeetingRepository::removeCourtCase(qint64 id)
{
    const std::optional<CourtCase> before = findCourtCase(id);
    if (!before)
        return Status::failure(Messages::tr("The court case no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("court_case"), id, before->toJson());
    });
}

Status PublicMeetingRepository::restoreCourtCase(const CourtCase &c)
{
    if (c.id <= 0)
        return Status::failure(Messages::tr("The court case to put back has no id."));
    return inTransaction(m_db, [&]() -> Status {
        sql::Values row = courtValues(c);
        row.prepend({QStringLiteral("id"), c.id});
        const Result<qint64> id =
            sql::insertRow(m_db, QStringLiteral("court_case"), row, c.toJson());
        return id ? Status() : Status::failure(id.error());
    });
}

} // namespace dc

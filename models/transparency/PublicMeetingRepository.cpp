#include "PublicMeetingRepository.h"

#include "core/Text.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dc {

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
    sqlvalues::Columns row(q);
    row >> m.id >> m.institutionId >> m.heldOn >> m.subject >> m.isPublic;
    m.closedReason = closedReasonFromCode(row.text());
    row >> m.closedReasonText >> m.announcedOn >> m.announcedAtHeadquarters >>
        m.announcedOnWebsite >> m.announcedInMedia >> m.mediaPresent >> m.participants >>
        m.ngosTookPart >> m.recommendationsExpressed >> m.recommendationsIncluded >>
        m.minutesDrawnUp >> m.minutesPublished;
    return m;
}

rowwriter::Values meetingValues(const PublicMeeting &m)
{
    return {
        {QStringLiteral("institution_id"), m.institutionId},
        {QStringLiteral("held_on"), sqlvalues::date(m.heldOn)},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("is_public"), sqlvalues::flag(m.isPublic)},
        {QStringLiteral("closed_reason"), sqlvalues::text(closedReasonCode(m.closedReason))},
        {QStringLiteral("closed_reason_text"), sqlvalues::text(m.closedReasonText)},
        {QStringLiteral("announced_on"), sqlvalues::date(m.announcedOn)},
        {QStringLiteral("announced_headquarters"), sqlvalues::flag(m.announcedAtHeadquarters)},
        {QStringLiteral("announced_website"), sqlvalues::flag(m.announcedOnWebsite)},
        {QStringLiteral("announced_media"), sqlvalues::flag(m.announcedInMedia)},
        {QStringLiteral("media_present"), sqlvalues::flag(m.mediaPresent)},
        {QStringLiteral("participants"),
         m.participants ? QVariant(*m.participants) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("ngos_took_part"), sqlvalues::flag(m.ngosTookPart)},
        {QStringLiteral("recommendations_expressed"), m.recommendationsExpressed},
        {QStringLiteral("recommendations_included"), m.recommendationsIncluded},
        {QStringLiteral("minutes_drawn_up"), sqlvalues::flag(m.minutesDrawnUp)},
        {QStringLiteral("minutes_published"), sqlvalues::flag(m.minutesPublished)},
    };
}

const QString courtColumns = QStringLiteral("id, institution_id, year, reference, subject, status");

CourtCase readCourtCase(const QSqlQuery &q)
{
    CourtCase c;
    sqlvalues::Columns row(q);
    row >> c.id >> c.institutionId >> c.year >> c.reference >> c.subject;
    c.status = courtCaseStatusFromCode(row.text());
    return c;
}

rowwriter::Values courtValues(const CourtCase &c)
{
    return {
        {QStringLiteral("institution_id"), c.institutionId},
        {QStringLiteral("year"), c.year},
        {QStringLiteral("reference"), sqlvalues::text(c.reference)},
        {QStringLiteral("subject"), sqlvalues::text(c.subject)},
        {QStringLiteral("status"), courtCaseStatusCode(c.status)},
    };
}

const rowwriter::Table<PublicMeeting> meetingTable{QStringLiteral("public_meeting"), meetingValues};
const rowwriter::Table<CourtCase> courtTable{QStringLiteral("court_case"), courtValues};

QStringList withInstitution(QStringList problems, const QSqlDatabase &db, qint64 institutionId)
{
    if (institutionId > 0 && !query::exists(db, QStringLiteral("institution"), institutionId))
        problems << Messages::tr("Institution: the institution no. %1 does not exist.")
                        .arg(institutionId);
    return problems;
}

query::Binds ofInstitution(qint64 institutionId)
{
    return {{QStringLiteral(":all"), institutionId <= 0 ? 1 : 0},
            {QStringLiteral(":institution"), institutionId}};
}

} // namespace

PublicMeetingRepository::PublicMeetingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<PublicMeeting> PublicMeetingRepository::find(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM public_meeting WHERE id = :id").arg(meetingColumns),
        {{QStringLiteral(":id"), id}}, readMeeting);
}

QList<PublicMeeting> PublicMeetingRepository::meetings(qint64 institutionId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM public_meeting WHERE (:all = 1 OR institution_id = :institution) "
            "ORDER BY held_on DESC, id DESC")
            .arg(meetingColumns),
        ofInstitution(institutionId), readMeeting);
}

Result<qint64> PublicMeetingRepository::add(PublicMeeting meeting)
{
    normalizePublicMeeting(meeting);
    return rowwriter::addRecord(
        m_db, meetingTable, meeting,
        withInstitution(validatePublicMeeting(meeting), m_db, meeting.institutionId));
}

Status PublicMeetingRepository::update(PublicMeeting meeting)
{
    normalizePublicMeeting(meeting);
    return rowwriter::updateRecord(
        m_db, meetingTable, meeting,
        withInstitution(validatePublicMeeting(meeting), m_db, meeting.institutionId),
        find(meeting.id), Messages::tr("The meeting no. %1 does not exist.").arg(meeting.id));
}

Status PublicMeetingRepository::remove(qint64 id)
{
    return rowwriter::removeRecord(m_db, meetingTable, find(id),
                                   Messages::tr("The meeting no. %1 does not exist.").arg(id));
}

Status PublicMeetingRepository::restore(const PublicMeeting &meeting)
{
    if (meeting.id <= 0)
        return Status::failure(Messages::tr("The meeting to put back has no id."));
    return rowwriter::restoreRecord(m_db, meetingTable, meeting, {});
}

std::optional<CourtCase> PublicMeetingRepository::findCourtCase(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM court_case WHERE id = :id").arg(courtColumns),
        {{QStringLiteral(":id"), id}}, readCourtCase);
}

QList<CourtCase> PublicMeetingRepository::courtCases(qint64 institutionId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM court_case WHERE (:all = 1 OR institution_id = :institution) "
            "ORDER BY year DESC, id DESC")
            .arg(courtColumns),
        ofInstitution(institutionId), readCourtCase);
}

Result<qint64> PublicMeetingRepository::addCourtCase(CourtCase c)
{
    c.reference = text::normalized(c.reference);
    c.subject = text::normalized(c.subject);
    return rowwriter::addRecord(m_db, courtTable, c,
                                withInstitution(validateCourtCase(c), m_db, c.institutionId));
}

Status PublicMeetingRepository::updateCourtCase(CourtCase c)
{
    c.reference = text::normalized(c.reference);
    c.subject = text::normalized(c.subject);
    return rowwriter::updateRecord(
        m_db, courtTable, c, withInstitution(validateCourtCase(c), m_db, c.institutionId),
        findCourtCase(c.id), Messages::tr("The court case no. %1 does not exist.").arg(c.id));
}

Status PublicMeetingRepository::removeCourtCase(qint64 id)
{
    return rowwriter::removeRecord(m_db, courtTable, findCourtCase(id),
                                   Messages::tr("The court case no. %1 does not exist.").arg(id));
}

Status PublicMeetingRepository::restoreCourtCase(const CourtCase &c)
{
    if (c.id <= 0)
        return Status::failure(Messages::tr("The court case to put back has no id."));
    return rowwriter::restoreRecord(m_db, courtTable, c, {});
}

} // namespace dc

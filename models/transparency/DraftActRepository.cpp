#include "DraftActRepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(DraftActRepository)
};

const QString draftColumns = QStringLiteral(
    "id, institution_id, title, kind, status, announced_on, announced_website, "
    "announced_headquarters, announced_media, recommendations_deadline, submitted_on, adopted_on, "
    "procedure, procedure_reason, info_requests_persons, info_requests_associations, "
    "sent_to_persons, sent_to_associations, debate_requested, debate_requester_kind, "
    "debate_requester_org_id, debate_requester_name, debate_requested_on, debate_held, "
    "debate_published_on, debate_held_on, debate_place, debate_online, debate_participants, notes, "
    "sent_for_approval_on");

DraftAct readDraft(const QSqlQuery &q)
{
    DraftAct d;
    sqlvalues::Columns row(q);
    row >> d.id >> d.institutionId >> d.title;
    d.kind = draftActKindFromCode(row.text());
    d.status = draftActStatusFromCode(row.text());
    row >> d.announcedOn >> d.announcedOnWebsite >> d.announcedAtHeadquarters >>
        d.announcedInMedia >> d.recommendationsDeadline >> d.submittedOn >> d.adoptedOn;
    d.procedure = draftProcedureFromCode(row.text());
    row >> d.procedureReason >> d.infoRequestsFromPersons >> d.infoRequestsFromAssociations >>
        d.sentToPersons >> d.sentToAssociations >> d.debateRequested;
    d.debateRequester = debateRequesterFromCode(row.text());
    row >> d.debateRequesterOrganizationId >> d.debateRequesterName >> d.debateRequestedOn >>
        d.debateHeld >> d.debatePublishedOn >> d.debateHeldOn >> d.debatePlace >> d.debateOnline >>
        d.debateParticipants >> d.notes >> d.sentForApprovalOn;
    return d;
}

rowwriter::Values draftValues(const DraftAct &d)
{
    return {
        {QStringLiteral("institution_id"), d.institutionId},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("kind"), draftActKindCode(d.kind)},
        {QStringLiteral("status"), draftActStatusCode(d.status)},
        {QStringLiteral("announced_on"), sqlvalues::date(d.announcedOn)},
        {QStringLiteral("announced_website"), sqlvalues::flag(d.announcedOnWebsite)},
        {QStringLiteral("announced_headquarters"), sqlvalues::flag(d.announcedAtHeadquarters)},
        {QStringLiteral("announced_media"), sqlvalues::flag(d.announcedInMedia)},
        {QStringLiteral("recommendations_deadline"), sqlvalues::date(d.recommendationsDeadline)},
        {QStringLiteral("sent_for_approval_on"), sqlvalues::date(d.sentForApprovalOn)},
        {QStringLiteral("submitted_on"), sqlvalues::date(d.submittedOn)},
        {QStringLiteral("adopted_on"), sqlvalues::date(d.adoptedOn)},
        {QStringLiteral("procedure"), draftProcedureCode(d.procedure)},
        {QStringLiteral("procedure_reason"), sqlvalues::text(d.procedureReason)},
        {QStringLiteral("info_requests_persons"), d.infoRequestsFromPersons},
        {QStringLiteral("info_requests_associations"), d.infoRequestsFromAssociations},
        {QStringLiteral("sent_to_persons"), sqlvalues::flag(d.sentToPersons)},
        {QStringLiteral("sent_to_associations"), sqlvalues::flag(d.sentToAssociations)},
        {QStringLiteral("debate_requested"), sqlvalues::flag(d.debateRequested)},
        {QStringLiteral("debate_requester_kind"),
         sqlvalues::text(debateRequesterCode(d.debateRequester))},
        {QStringLiteral("debate_requester_org_id"), sqlvalues::id(d.debateRequesterOrganizationId)},
        {QStringLiteral("debate_requester_name"), sqlvalues::text(d.debateRequesterName)},
        {QStringLiteral("debate_requested_on"), sqlvalues::date(d.debateRequestedOn)},
        {QStringLiteral("debate_held"), sqlvalues::flag(d.debateHeld)},
        {QStringLiteral("debate_published_on"), sqlvalues::date(d.debatePublishedOn)},
        {QStringLiteral("debate_held_on"), sqlvalues::date(d.debateHeldOn)},
        {QStringLiteral("debate_place"), sqlvalues::text(d.debatePlace)},
        {QStringLiteral("debate_online"), sqlvalues::flag(d.debateOnline)},
        {QStringLiteral("debate_participants"), sqlvalues::number(d.debateParticipants)},
        {QStringLiteral("notes"), sqlvalues::text(d.notes)},
    };
}

const QString recommendationColumns =
    QStringLiteral("id, draft_id, author_kind, author_org_id, author_name, received_on, body, "
                   "decision, justification, "
                   "received_online, rejection_justification_sent");

Recommendation readRecommendation(const QSqlQuery &q)
{
    Recommendation r;
    sqlvalues::Columns row(q);
    row >> r.id >> r.draftId;
    r.authorKind = recommendationAuthorFromCode(row.text());
    row >> r.authorOrganizationId >> r.authorName >> r.receivedOn >> r.text;
    r.decision = recommendationDecisionFromCode(row.text());
    row >> r.justification >> r.receivedOnline >> r.rejectionJustificationSent;
    return r;
}

rowwriter::Values recommendationValues(const Recommendation &r)
{
    return {
        {QStringLiteral("draft_id"), r.draftId},
        {QStringLiteral("author_kind"), recommendationAuthorCode(r.authorKind)},
        {QStringLiteral("author_org_id"), sqlvalues::id(r.authorOrganizationId)},
        {QStringLiteral("author_name"), sqlvalues::text(r.authorName)},
        {QStringLiteral("received_on"), sqlvalues::date(r.receivedOn)},
        {QStringLiteral("body"), r.text},
        {QStringLiteral("decision"), recommendationDecisionCode(r.decision)},
        {QStringLiteral("justification"), sqlvalues::text(r.justification)},
        {QStringLiteral("received_online"), sqlvalues::flag(r.receivedOnline)},
        {QStringLiteral("rejection_justification_sent"),
         sqlvalues::flag(r.rejectionJustificationSent)},
    };
}

const rowwriter::Table<DraftAct> draftTable{QStringLiteral("draft_act"), draftValues};
const rowwriter::Table<Recommendation> recommendationTable{QStringLiteral("recommendation"),
                                                           recommendationValues};

} // namespace

DraftActRepository::DraftActRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<DraftAct> DraftActRepository::find(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM draft_act WHERE id = :id").arg(draftColumns),
        {{QStringLiteral(":id"), id}}, readDraft);
}

QList<DraftAct> DraftActRepository::drafts(qint64 institutionId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT %1 FROM draft_act WHERE (:all = 1 OR institution_id = :institution) "
                       "ORDER BY coalesce(announced_on, '') DESC, id DESC")
            .arg(draftColumns),
        {{QStringLiteral(":all"), institutionId <= 0 ? 1 : 0},
         {QStringLiteral(":institution"), institutionId}},
        readDraft);
}

Result<qint64> DraftActRepository::add(DraftAct draft)
{
    normalizeDraftAct(draft);
    QStringList problems = validateDraftAct(draft);
    if (draft.institutionId > 0 &&
        !query::exists(m_db, QStringLiteral("institution"), draft.institutionId))
        problems << Messages::tr("Institution: the institution no. %1 does not exist.")
                        .arg(draft.institutionId);
    return rowwriter::addRecord(m_db, draftTable, draft, problems);
}

Status DraftActRepository::restore(const DraftAct &draft,
                                   const QList<Recommendation> &recommendations)
{
    if (draft.id <= 0)
        return Status::failure(Messages::tr("The draft to put back has no id."));
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = rowwriter::insertWithId(m_db, draftTable, draft); !s)
            return s;
        for (const Recommendation &r : recommendations) {
            if (Status s = insertRecommendation(r, true); !s)
                return s;
        }
        return {};
    });
}

Status DraftActRepository::update(DraftAct draft)
{
    normalizeDraftAct(draft);
    if (Status s = rowwriter::problems(validateDraftAct(draft)); !s)
        return s;
    const std::optional<DraftAct> before = find(draft.id);
    if (!before)
        return Status::failure(Messages::tr("The draft no. %1 does not exist.").arg(draft.id));
    // Recommendations received before the new announcement date would contradict it.
    const QVariant firstReceived =
        query::selectOne(
            m_db,
            QStringLiteral("SELECT min(received_on) FROM recommendation WHERE draft_id = :id"),
            {{QStringLiteral(":id"), draft.id}}, [](const QSqlQuery &q) { return q.value(0); })
            .value_or(QVariant());
    if (!firstReceived.isNull() && draft.announcedOn.isValid() &&
        sqlvalues::readDate(firstReceived) < draft.announcedOn)
        return Status::failure(
            Messages::tr("Announcement date: a recommendation was received on %1, before %2.")
                .arg(firstReceived.toString(), draft.announcedOn.toString(Qt::ISODate)));
    return rowwriter::updateRecord(m_db, draftTable, draft, {}, before, QString());
}

Status DraftActRepository::remove(qint64 id)
{
    const std::optional<DraftAct> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The draft no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&]() -> Status {
        for (const Recommendation &r : recommendations(id)) {
            if (Status s = rowwriter::deleteRow(m_db, recommendationTable.name, r.id, r.toJson());
                !s)
                return s;
        }
        return rowwriter::deleteRow(m_db, draftTable.name, id, before->toJson());
    });
}

std::optional<Recommendation> DraftActRepository::findRecommendation(qint64 id) const
{
    return query::selectOne(
        m_db,
        QStringLiteral("SELECT %1 FROM recommendation WHERE id = :id").arg(recommendationColumns),
        {{QStringLiteral(":id"), id}}, readRecommendation);
}

QList<Recommendation> DraftActRepository::recommendations(qint64 draftId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM recommendation WHERE draft_id = :id ORDER BY received_on, id")
            .arg(recommendationColumns),
        {{QStringLiteral(":id"), draftId}}, readRecommendation);
}

QStringList DraftActRepository::recommendationProblems(const Recommendation &r) const
{
    const std::optional<DraftAct> draft = r.draftId > 0 ? find(r.draftId) : std::nullopt;
    QStringList problems = validateRecommendation(r, draft ? draft->announcedOn : QDate());
    if (r.draftId > 0 && !draft)
        problems << Messages::tr("Draft: the draft no. %1 does not exist.").arg(r.draftId);
    if (r.authorOrganizationId > 0 &&
        !query::exists(m_db, QStringLiteral("organization"), r.authorOrganizationId))
        problems << Messages::tr("Author: the organization no. %1 does not exist.")
                        .arg(r.authorOrganizationId);
    return problems;
}

Result<qint64> DraftActRepository::addRecommendation(Recommendation r)
{
    normalizeRecommendation(r);
    return rowwriter::addRecord(m_db, recommendationTable, r, recommendationProblems(r));
}

Status DraftActRepository::restoreRecommendation(const Recommendation &recommendation)
{
    if (recommendation.id <= 0)
        return Status::failure(Messages::tr("The recommendation to put back has no id."));
    return inTransaction(m_db, [&] { return insertRecommendation(recommendation, true); });
}

Status DraftActRepository::insertRecommendation(const Recommendation &r, bool keepId)
{
    if (keepId)
        return rowwriter::insertWithId(m_db, recommendationTable, r);
    const Result<qint64> id =
        rowwriter::insertRow(m_db, recommendationTable.name, recommendationValues(r), r.toJson());
    return id ? Status() : Status::failure(id.error());
}

Status DraftActRepository::updateRecommendation(Recommendation r)
{
    normalizeRecommendation(r);
    return rowwriter::updateRecord(
        m_db, recommendationTable, r, recommendationProblems(r), findRecommendation(r.id),
        Messages::tr("The recommendation no. %1 does not exist.").arg(r.id));
}

Status DraftActRepository::removeRecommendation(qint64 id)
{
    return rowwriter::removeRecord(
        m_db, recommendationTable, findRecommendation(id),
        Messages::tr("The recommendation no. %1 does not exist.").arg(id));
}

} // namespace dc

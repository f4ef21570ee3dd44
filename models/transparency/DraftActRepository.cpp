#include "DraftActRepository.h"

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
    d.id = q.value(0).toLongLong();
    d.institutionId = q.value(1).toLongLong();
    d.title = q.value(2).toString();
    d.kind = draftActKindFromCode(q.value(3).toString());
    d.status = draftActStatusFromCode(q.value(4).toString());
    d.announcedOn = sql::toDate(q.value(5));
    d.announcedOnWebsite = q.value(6).toLongLong() != 0;
    d.announcedAtHeadquarters = q.value(7).toLongLong() != 0;
    d.announcedInMedia = q.value(8).toLongLong() != 0;
    d.recommendationsDeadline = sql::toDate(q.value(9));
    d.submittedOn = sql::toDate(q.value(10));
    d.adoptedOn = sql::toDate(q.value(11));
    d.procedure = draftProcedureFromCode(q.value(12).toString());
    d.procedureReason = q.value(13).toString();
    d.infoRequestsFromPersons = q.value(14).toInt();
    d.infoRequestsFromAssociations = q.value(15).toInt();
    d.sentToPersons = q.value(16).toLongLong() != 0;
    d.sentToAssociations = q.value(17).toLongLong() != 0;
    d.debateRequested = q.value(18).toLongLong() != 0;
    d.debateRequester = debateRequesterFromCode(q.value(19).toString());
    d.debateRequesterOrganizationId = q.value(20).toLongLong();
    d.debateRequesterName = q.value(21).toString();
    d.debateRequestedOn = sql::toDate(q.value(22));
    d.debateHeld = q.value(23).toLongLong() != 0;
    d.debatePublishedOn = sql::toDate(q.value(24));
    d.debateHeldOn = sql::toDate(q.value(25));
    d.debatePlace = q.value(26).toString();
    d.debateOnline = q.value(27).toLongLong() != 0;
    if (!q.value(28).isNull())
        d.debateParticipants = q.value(28).toInt();
    d.notes = q.value(29).toString();
    d.sentForApprovalOn = sql::toDate(q.value(30));
    return d;
}

sql::Values draftValues(const DraftAct &d)
{
    return {
        {QStringLiteral("institution_id"), d.institutionId},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("kind"), draftActKindCode(d.kind)},
        {QStringLiteral("status"), draftActStatusCode(d.status)},
        {QStringLiteral("announced_on"), sql::date(d.announcedOn)},
        {QStringLiteral("announced_website"), sql::flag(d.announcedOnWebsite)},
        {QStringLiteral("announced_headquarters"), sql::flag(d.announcedAtHeadquarters)},
        {QStringLiteral("announced_media"), sql::flag(d.announcedInMedia)},
        {QStringLiteral("recommendations_deadline"), sql::date(d.recommendationsDeadline)},
        {QStringLiteral("sent_for_approval_on"), sql::date(d.sentForApprovalOn)},
        {QStringLiteral("submitted_on"), sql::date(d.submittedOn)},
        {QStringLiteral("adopted_on"), sql::date(d.adoptedOn)},
        {QStringLiteral("procedure"), draftProcedureCode(d.procedure)},
        {QStringLiteral("procedure_reason"), sql::text(d.procedureReason)},
        {QStringLiteral("info_requests_persons"), d.infoRequestsFromPersons},
        {QStringLiteral("info_requests_associations"), d.infoRequestsFromAssociations},
        {QStringLiteral("sent_to_persons"), sql::flag(d.sentToPersons)},
        {QStringLiteral("sent_to_associations"), sql::flag(d.sentToAssociations)},
        {QStringLiteral("debate_requested"), sql::flag(d.debateRequested)},
        {QStringLiteral("debate_requester_kind"),
         sql::text(debateRequesterCode(d.debateRequester))},
        {QStringLiteral("debate_requester_org_id"), sql::id(d.debateRequesterOrganizationId)},
        {QStringLiteral("debate_requester_name"), sql::text(d.debateRequesterName)},
        {QStringLiteral("debate_requested_on"), sql::date(d.debateRequestedOn)},
        {QStringLiteral("debate_held"), sql::flag(d.debateHeld)},
        {QStringLiteral("debate_published_on"), sql::date(d.debatePublishedOn)},
        {QStringLiteral("debate_held_on"), sql::date(d.debateHeldOn)},
        {QStringLiteral("debate_place"), sql::text(d.debatePlace)},
        {QStringLiteral("debate_online"), sql::flag(d.debateOnline)},
        {QStringLiteral("debate_participants"), d.debateParticipants
                                                    ? QVariant(*d.debateParticipants)
                                                    : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral("notes"), sql::text(d.notes)},
    };
}

const QString recommendationColumns =
    QStringLiteral("id, draft_id, author_kind, author_org_id, author_name, received_on, body, "
                   "decision, justification, "
                   "received_online, rejection_justification_sent");

Recommendation readRecommendation(const QSqlQuery &q)
{
    Recommendation r;
    r.id = q.value(0).toLongLong();
    r.draftId = q.value(1).toLongLong();
    r.authorKind = recommendationAuthorFromCode(q.value(2).toString());
    r.authorOrganizationId = q.value(3).toLongLong();
    r.authorName = q.value(4).toString();
    r.receivedOn = sql::toDate(q.value(5));
    r.text = q.value(6).toString();
    r.decision = recommendationDecisionFromCode(q.value(7).toString());
    r.justification = q.value(8).toString();
    r.receivedOnline = q.value(9).toLongLong() != 0;
    r.rejectionJustificationSent = q.value(10).toLongLong() != 0;
    return r;
}

sql::Values recommendationValues(const Recommendation &r)
{
    return {
        {QStringLiteral("draft_id"), r.draftId},
        {QStringLiteral("author_kind"), recommendationAuthorCode(r.authorKind)},
        {QStringLiteral("author_org_id"), sql::id(r.authorOrganizationId)},
        {QStringLiteral("author_name"), sql::text(r.authorName)},
        {QStringLiteral("received_on"), sql::date(r.receivedOn)},
        {QStringLiteral("body"), r.text},
        {QStringLiteral("decision"), recommendationDecisionCode(r.decision)},
        {QStringLiteral("justification"), sql::text(r.justification)},
        {QStringLiteral("received_online"), sql::flag(r.receivedOnline)},
        {QStringLiteral("rejection_justification_sent"), sql::flag(r.rejectionJustificationSent)},
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

DraftActRepository::DraftActRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<DraftAct> DraftActRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM draft_act WHERE id = :id").arg(draftColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readDraft(q);
}

QList<DraftAct> DraftActRepository::drafts(qint64 institutionId) const
{
    QList<DraftAct> result;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM draft_act WHERE (:all = 1 OR institution_id = :institution) "
                       "ORDER BY coalesce(announced_on, '') DESC, id DESC")
            .arg(draftColumns));
    q.bindValue(QStringLiteral(":all"), institutionId <= 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":institution"), institutionId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readDraft(q);
    return result;
}

Result<qint64> DraftActRepository::add(DraftAct draft)
{
    using R = Result<qint64>;
    normalizeDraftAct(draft);
    QStringList problems = validateDraftAct(draft);
    if (draft.institutionId > 0 &&
        !exists(m_db, QStringLiteral("institution"), draft.institutionId))
        problems << Messages::tr("Institution: the institution no. %1 does not exist.")
                        .arg(draft.institutionId);
    if (Status s = sql::problems(problems); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("draft_act"), draftValues(draft),
                              draft.toJson());
    });
}

Status DraftActRepository::restore(const DraftAct &draft,
                                   const QList<Recommendation> &recommendations)
{
    if (draft.id <= 0)
        return Status::failure(Messages::tr("The draft to put back has no id."));
    return inTransaction(m_db, [&]() -> Status {
        sql::Values values = draftValues(draft);
        values.prepend({QStringLiteral("id"), draft.id});
        if (Result<qint64> id =
                sql::insertRow(m_db, QStringLiteral("draft_act"), values, draft.toJson());
            !id)
            return Status::failure(id.error());
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
    if (Status s = sql::problems(validateDraftAct(draft)); !s)
        return s;
    const std::optional<DraftAct> before = find(draft.id);
    if (!before)
        return Status::failure(Messages::tr("The draft no. %1 does not exist.").arg(draft.id));
    // Recommendations received before the new announcement date would contradict it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT min(received_on) FROM recommendation WHERE draft_id = :id"));
    q.bindValue(QStringLiteral(":id"), draft.id);
    if (q.exec() && q.next() && !q.value(0).isNull() && draft.announcedOn.isValid() &&
        sql::toDate(q.value(0)) < draft.announcedOn)
        return Status::failure(
            Messages::tr("Announcement date: a recommendation was received on %1, before %2.")
                .arg(q.value(0).toString(), draft.announcedOn.toString(Qt::ISODate)));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("draft_act"), draft.id, draftValues(draft),
                              before->toJson(), draft.toJson());
    });
}

Status DraftActRepository::remove(qint64 id)
{
    const std::optional<DraftAct> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The draft no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&]() -> Status {
        for (const Recommendation &r : recommendations(id)) {
            if (Status s = sql::deleteRow(m_db, QStringLiteral("recommendation"), r.id, r.toJson());
                !s)
                return s;
        }
        return sql::deleteRow(m_db, QStringLiteral("draft_act"), id, before->toJson());
    });
}

std::optional<Recommendation> DraftActRepository::findRecommendation(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM recommendation WHERE id = :id").arg(recommendationColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecommendation(q);
}

QList<Recommendation> DraftActRepository::recommendations(qint64 draftId) const
{
    QList<Recommendation> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM recommendation WHERE draft_id = :id ORDER BY received_on, id")
                  .arg(recommendationColumns));
    q.bindValue(QStringLiteral(":id"), draftId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readRecommendation(q);
    return result;
}

QStringList DraftActRepository::recommendationProblems(const Recommendation &r) const
{
    const std::optional<DraftAct> draft = r.draftId > 0 ? find(r.draftId) : std::nullopt;
    QStringList problems = validateRecommendation(r, draft ? draft->announcedOn : QDate());
    if (r.draftId > 0 && !draft)
        problems << Messages::tr("Draft: the draft no. %1 does not exist.").arg(r.draftId);
    if (r.authorOrganizationId > 0 &&
        !exists(m_db, QStringLiteral("organization"), r.authorOrganizationId))
        problems << Messages::tr("Author: the organization no. %1 does not exist.")
                        .arg(r.authorOrganizationId);
    return problems;
}

Result<qint64> DraftActRepository::addRecommendation(Recommendation r)
{
    using R = Result<qint64>;
    normalizeRecommendation(r);
    if (Status s = sql::problems(recommendationProblems(r)); !s)
        return R::failure(s.error());
    return inTransaction(m_db, [&] {
        return sql::insertRow(m_db, QStringLiteral("recommendation"), recommendationValues(r),
                              r.toJson());
    });
}

Status DraftActRepository::restoreRecommendation(const Recommendation &recommendation)
{
    if (recommendation.id <= 0)
        return Status::failure(Messages::tr("The recommendation to put back has no id."));
    return inTransaction(m_db, [&] { return insertRecommendation(recommendation, true); });
}

Status DraftActRepository::insertRecommendation(const Recommendation &r, bool keepId)
{
    sql::Values values = recommendationValues(r);
    if (keepId)
        values.prepend({QStringLiteral("id"), r.id});
    const Result<qint64> id =
        sql::insertRow(m_db, QStringLiteral("recommendation"), values, r.toJson());
    return id ? Status() : Status::failure(id.error());
}

Status DraftActRepository::updateRecommendation(Recommendation r)
{
    normalizeRecommendation(r);
    if (Status s = sql::problems(recommendationProblems(r)); !s)
        return s;
    const std::optional<Recommendation> before = findRecommendation(r.id);
    if (!before)
        return Status::failure(Messages::tr("The recommendation no. %1 does not exist.").arg(r.id));
    return inTransaction(m_db, [&] {
        return sql::updateRow(m_db, QStringLiteral("recommendation"), r.id, recommendationValues(r),
                              before->toJson(), r.toJson());
    });
}

Status DraftActRepository::removeRecommendation(qint64 id)
{
    const std::optional<Recommendation> before = findRecommendation(id);
    if (!before)
        return Status::failure(Messages::tr("The recommendation no. %1 does not exist.").arg(id));
    return inTransaction(m_db, [&] {
        return sql::deleteRow(m_db, QStringLiteral("recommendation"), id, before->toJson());
    });
}

} // namespace dc

#include "Recommendation.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Recommendation)
};

constexpr codetable::Entry<RecommendationDecision> decisions[] = {
    {RecommendationDecision::Pending, "pending",
     QT_TRANSLATE_NOOP("Recommendation", "not decided yet")},
    {RecommendationDecision::Accepted, "accepted", QT_TRANSLATE_NOOP("Recommendation", "accepted")},
    {RecommendationDecision::PartiallyAccepted, "partially_accepted",
     QT_TRANSLATE_NOOP("Recommendation", "partially accepted")},
    {RecommendationDecision::Rejected, "rejected", QT_TRANSLATE_NOOP("Recommendation", "rejected")},
};

} // namespace

bool Recommendation::isIncluded() const
{
    return decision == RecommendationDecision::Accepted ||
           decision == RecommendationDecision::PartiallyAccepted;
}

QJsonObject Recommendation::toJson() const
{
    AuditJson json;
    json.insert("draft_id", draftId);
    json.insert("author_kind", recommendationAuthorCode(authorKind));
    json.id("author_org_id", authorOrganizationId);
    json.text("author_name", authorName);
    json.insert("received_on", receivedOn.toString(Qt::ISODate));
    json.insert("body", text);
    json.insert("decision", recommendationDecisionCode(decision));
    json.text("justification", justification);
    json.insert("received_online", receivedOnline);
    json.insert("rejection_justification_sent", rejectionJustificationSent);
    return json.object();
}

QString recommendationDecisionCode(RecommendationDecision d)
{
    return codetable::codeOf(decisions, d);
}

RecommendationDecision recommendationDecisionFromCode(const QString &code)
{
    return codetable::valueOf(decisions, code, RecommendationDecision::Pending);
}

QString recommendationDecisionName(RecommendationDecision d)
{
    return Messages::tr(codetable::byValue(decisions, d).name);
}

QString recommendationAuthorCode(RecommendationAuthor a)
{
    return a == RecommendationAuthor::Person ? QStringLiteral("person")
                                             : QStringLiteral("organization");
}

RecommendationAuthor recommendationAuthorFromCode(const QString &code)
{
    return code == QLatin1String("person") ? RecommendationAuthor::Person
                                           : RecommendationAuthor::Organization;
}

void normalizeRecommendation(Recommendation &r)
{
    r.authorName = text::normalized(r.authorName);
    r.text = r.text.trimmed();
    r.justification = r.justification.trimmed();
    if (r.authorKind == RecommendationAuthor::Person)
        r.authorOrganizationId = 0;
    if (r.decision != RecommendationDecision::Rejected)
        r.rejectionJustificationSent = false;
}

QStringList validateRecommendation(const Recommendation &r, const QDate &draftAnnouncedOn)
{
    QStringList problems;
    if (r.draftId <= 0)
        problems << Messages::tr("Draft: the recommendation needs the draft it is about.");
    if (r.authorOrganizationId <= 0 && r.authorName.isEmpty())
        problems << Messages::tr(
            "Author: choose the organization from the registry or write the name of the author.");
    if (!r.receivedOn.isValid())
        problems << Messages::tr(
            "Date received: the recommendation needs the date it was received.");
    else if (draftAnnouncedOn.isValid() && r.receivedOn < draftAnnouncedOn)
        problems
            << Messages::tr(
                   "Date received: the recommendation cannot be received (%1) before the draft "
                   "was announced (%2).")
                   .arg(r.receivedOn.toString(Qt::ISODate), draftAnnouncedOn.toString(Qt::ISODate));
    if (r.text.isEmpty())
        problems << Messages::tr("Text: the recommendation needs its text.");
    if (r.decision != RecommendationDecision::Pending &&
        r.decision != RecommendationDecision::Accepted && r.justification.isEmpty())
        problems << Messages::tr("Justification: a %1 recommendation needs the justification.")
                        .arg(recommendationDecisionName(r.decision));
    return problems;
}

} // namespace dc

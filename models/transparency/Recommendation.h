#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dc {

enum class RecommendationDecision
{
    Pending,
    Accepted,
    PartiallyAccepted,
    Rejected
};
enum class RecommendationAuthor
{
    Organization,
    Person
};

/// A written recommendation received on a draft act: who sent it, when, what it says, and what
/// the institution decided, with the justification.
struct Recommendation
{
    qint64 id = 0;
    qint64 draftId = 0;
    RecommendationAuthor authorKind = RecommendationAuthor::Organization;
    qint64 authorOrganizationId = 0; ///< an NGO from the registry, or 0
    QString authorName;              ///< a person, or an organization not in the registry
    QDate receivedOn;
    QString text;
    RecommendationDecision decision = RecommendationDecision::Pending;
    QString justification;
    bool receivedOnline = false;
    bool rejectionJustificationSent = false; ///< the written justification of a rejection was sent

    /// Accepted or partially accepted: "included" in the form's words.
    bool isIncluded() const;
    QJsonObject toJson() const;
};

QString recommendationDecisionCode(RecommendationDecision decision);
RecommendationDecision recommendationDecisionFromCode(const QString &code);
QString recommendationDecisionName(RecommendationDecision decision);
QString recommendationAuthorCode(RecommendationAuthor author);
RecommendationAuthor recommendationAuthorFromCode(const QString &code);

void normalizeRecommendation(Recommendation &recommendation);
/// Every problem of the record, each message naming its field; empty when it can be saved.
/// @p draftAnnouncedOn, when valid, is checked against the date received.
QStringList validateRecommendation(const Recommendation &recommendation,
                                   const QDate &draftAnnouncedOn = QDate());

} // namespace dc

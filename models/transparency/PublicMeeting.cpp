#include "PublicMeeting.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(PublicMeeting)
};

constexpr codetable::Entry<ClosedReason> closedReasons[] = {
    {ClosedReason::None, "", ""},
    {ClosedReason::Classified, "classified",
     QT_TRANSLATE_NOOP("PublicMeeting", "classified or exempted information")},
    {ClosedReason::SecretVote, "secret_vote", QT_TRANSLATE_NOOP("PublicMeeting", "secret vote")},
    {ClosedReason::Other, "other", QT_TRANSLATE_NOOP("PublicMeeting", "other reason")},
};

} // namespace

QString closedReasonCode(ClosedReason reason)
{
    return codetable::codeOf(closedReasons, reason);
}

ClosedReason closedReasonFromCode(const QString &code)
{
    return codetable::valueOf(closedReasons, code, ClosedReason::None);
}

QString closedReasonName(ClosedReason reason)
{
    return Messages::tr(codetable::byValue(closedReasons, reason).name);
}

QJsonObject PublicMeeting::toJson() const
{
    AuditJson json;
    json.insert("institution_id", institutionId);
    json.insert("held_on", heldOn.toString(Qt::ISODate));
    json.insert("subject", subject);
    json.insert("is_public", isPublic);
    if (closedReason != ClosedReason::None)
        json.insert("closed_reason", closedReasonCode(closedReason));
    json.text("closed_reason_text", closedReasonText);
    json.date("announced_on", announcedOn);
    json.insert("announced_headquarters", announcedAtHeadquarters);
    json.insert("announced_website", announcedOnWebsite);
    json.insert("announced_media", announcedInMedia);
    json.insert("media_present", mediaPresent);
    json.number("participants", participants);
    json.insert("ngos_took_part", ngosTookPart);
    json.insert("recommendations_expressed", recommendationsExpressed);
    json.insert("recommendations_included", recommendationsIncluded);
    json.insert("minutes_drawn_up", minutesDrawnUp);
    json.insert("minutes_published", minutesPublished);
    return json.object();
}

void normalizePublicMeeting(PublicMeeting &m)
{
    m.subject = text::normalized(m.subject);
    m.closedReasonText = text::normalized(m.closedReasonText);
    if (m.isPublic) {
        m.closedReason = ClosedReason::None;
        m.closedReasonText.clear();
    }
}

QStringList validatePublicMeeting(const PublicMeeting &m)
{
    QStringList problems;
    if (m.institutionId <= 0)
        problems << Messages::tr("Institution: the meeting needs the institution that held it.");
    if (!m.heldOn.isValid())
        problems << Messages::tr("Date: the meeting needs its date.");
    if (m.subject.isEmpty())
        problems << Messages::tr("Subject: the meeting needs a subject.");
    if (!m.isPublic && m.closedReason == ClosedReason::None)
        problems << Messages::tr(
            "Reason for a closed meeting: a meeting that is not public needs one of the "
            "reasons the law allows.");
    if (!m.isPublic && m.closedReason == ClosedReason::Other && m.closedReasonText.isEmpty())
        problems << Messages::tr("Reason for a closed meeting: write the other reason.");
    if (m.announcedOn.isValid() && m.heldOn.isValid() && m.announcedOn > m.heldOn)
        problems << Messages::tr("Announcement date: the meeting cannot be announced (%1) after it "
                                 "was held (%2).")
                        .arg(m.announcedOn.toString(Qt::ISODate), m.heldOn.toString(Qt::ISODate));
    if (m.participants && *m.participants < 0)
        problems << Messages::tr("Participants: the number cannot be negative.");
    if (m.recommendationsExpressed < 0)
        problems << Messages::tr("Recommendations expressed: the number cannot be negative.");
    if (m.recommendationsIncluded < 0)
        problems << Messages::tr("Recommendations included: the number cannot be negative.");
    if (m.recommendationsIncluded > m.recommendationsExpressed)
        problems << Messages::tr(
                        "Recommendations included: %1 cannot be more than the %2 expressed.")
                        .arg(m.recommendationsIncluded)
                        .arg(m.recommendationsExpressed);
    if (m.minutesPublished && !m.minutesDrawnUp)
        problems << Messages::tr(
            "Minutes published: the minutes must be drawn up to be published.");
    return problems;
}

} // namespace dc

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// Why a decision-making meeting was not public: only the reasons the law allows.
enum class ClosedReason
{
    None,
    Classified,
    SecretVote,
    Other
};

/// A decision-making meeting of an institution (art. 8-10 of Law 52/2003): public, or closed
/// for a legal reason; how it was announced, who took part, what was said and decided.
struct PublicMeeting
{
    qint64 id = 0;
    qint64 institutionId = 0;
    QDate heldOn;
    QString subject;
    bool isPublic = true;
    ClosedReason closedReason = ClosedReason::None;
    QString closedReasonText; ///< required for ClosedReason::Other
    QDate announcedOn;
    bool announcedAtHeadquarters = false;
    bool announcedOnWebsite = false;
    bool announcedInMedia = false;
    bool mediaPresent = false;
    std::optional<int> participants; ///< estimated, officials excluded
    bool ngosTookPart = false;
    int recommendationsExpressed = 0;
    int recommendationsIncluded = 0;
    bool minutesDrawnUp = false;
    bool minutesPublished = false;

    QJsonObject toJson() const;
};

/// Empty for None.
QString closedReasonCode(ClosedReason reason);
ClosedReason closedReasonFromCode(const QString &code);
QString closedReasonName(ClosedReason reason);

void normalizePublicMeeting(PublicMeeting &meeting);
/// Every problem of the record, each message naming its field; empty when it can be saved.
QStringList validatePublicMeeting(const PublicMeeting &meeting);

} // namespace dc

#pragma once

#include "Money.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

enum class AwardStatus
{
    Contracted,
    Paid,
    Settled,
    Cancelled,
    Reimbursed
};

/// A grant made under a call to an organization for a project: the amounts requested, granted
/// and paid (exact to the ban), the organization's own contribution and the contract.
struct FundingAward
{
    qint64 id = 0;
    qint64 callId = 0;
    qint64 organizationId = 0;
    QString project;
    Money requested;
    Money granted;
    Money paid;
    Money ownContribution;
    QString contractNumber; ///< unique when present: the key of the award import
    QDate contractDate;
    QDate startsOn;
    QDate endsOn;
    AwardStatus status = AwardStatus::Contracted;

    QJsonObject toJson() const;
    bool sameContent(const FundingAward &other) const;
};

QString awardStatusCode(AwardStatus status);
/// The code or the English or Romanian word ("contractat", "plătit", "decontat", "anulat",
/// "restituit"), without case and diacritics.
std::optional<AwardStatus> parseAwardStatus(const QString &text);
QString awardStatusName(AwardStatus status);

void normalizeAward(FundingAward &award);
/// Every problem of the record, each naming its field.
QStringList validateAward(const FundingAward &award);

} // namespace dc

#include "FundingAward.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(FundingAward)
};

struct StatusInfo
{
    AwardStatus value;
    const char *code;
    const char *romanian;
    const char *name;
};

constexpr StatusInfo statuses[] = {
    {AwardStatus::Contracted, "contracted", "contractat",
     QT_TRANSLATE_NOOP("FundingAward", "contracted")},
    {AwardStatus::Paid, "paid", "platit", QT_TRANSLATE_NOOP("FundingAward", "paid")},
    {AwardStatus::Settled, "settled", "decontat", QT_TRANSLATE_NOOP("FundingAward", "settled")},
    {AwardStatus::Cancelled, "cancelled", "anulat", QT_TRANSLATE_NOOP("FundingAward", "cancelled")},
    {AwardStatus::Reimbursed, "reimbursed", "restituit",
     QT_TRANSLATE_NOOP("FundingAward", "reimbursed")},
};

} // namespace

QJsonObject FundingAward::toJson() const
{
    AuditJson json;
    json.insert("call_id", callId);
    json.insert("organization_id", organizationId);
    json.insert("project", project);
    json.insert("requested", requested.toDecimal());
    json.insert("granted", granted.toDecimal());
    json.insert("paid", paid.toDecimal());
    json.insert("own_contribution", ownContribution.toDecimal());
    json.text("contract_number", contractNumber);
    json.date("contract_date", contractDate);
    json.date("starts_on", startsOn);
    json.date("ends_on", endsOn);
    json.insert("status", awardStatusCode(status));
    return json.object();
}

bool FundingAward::sameContent(const FundingAward &o) const
{
    return callId == o.callId && organizationId == o.organizationId && project == o.project &&
           requested == o.requested && granted == o.granted && paid == o.paid &&
           ownContribution == o.ownContribution && contractNumber == o.contractNumber &&
           contractDate == o.contractDate && startsOn == o.startsOn && endsOn == o.endsOn &&
           status == o.status;
}

QString awardStatusCode(AwardStatus status)
{
    return codetable::codeOf(statuses, status);
}

std::optional<AwardStatus> parseAwardStatus(const QString &input)
{
    const QString f = text::folded(input);
    for (const StatusInfo &s : statuses) {
        if (f == QLatin1String(s.code) || f == QLatin1String(s.romanian))
            return s.value;
    }
    return std::nullopt;
}

QString awardStatusName(AwardStatus status)
{
    return Messages::tr(codetable::byValue(statuses, status).name);
}

void normalizeAward(FundingAward &award)
{
    award.project = text::normalized(award.project);
    award.contractNumber = text::normalized(award.contractNumber);
}

QStringList validateAward(const FundingAward &award)
{
    QStringList problems;
    if (award.callId <= 0)
        problems << Messages::tr("Call: required.");
    if (award.organizationId <= 0)
        problems << Messages::tr("Organization: required.");
    if (award.project.isEmpty())
        problems << Messages::tr("Project: required.");
    const std::pair<const char *, Money> amounts[] = {
        {QT_TRANSLATE_NOOP("FundingAward", "Requested"), award.requested},
        {QT_TRANSLATE_NOOP("FundingAward", "Granted"), award.granted},
        {QT_TRANSLATE_NOOP("FundingAward", "Paid"), award.paid},
        {QT_TRANSLATE_NOOP("FundingAward", "Own contribution"), award.ownContribution},
    };
    for (const auto &[label, amount] : amounts) {
        if (amount.isNegative())
            problems << Messages::tr("%1: cannot be negative.").arg(Messages::tr(label));
    }
    if (award.paid > award.granted)
        problems << Messages::tr("Paid: more than the amount granted (%1).")
                        .arg(award.granted.toDisplay());
    if (award.startsOn.isValid() && award.endsOn.isValid() && award.endsOn < award.startsOn)
        problems << Messages::tr("End: before the start.");
    return problems;
}

} // namespace dc

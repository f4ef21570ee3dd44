#include "FundingRules.h"

#include <utility>

namespace dc {

std::optional<Money> FundingRules::typedAmount(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::optional<Money>(Money()) : Money::parse(trimmed);
}

QStringList FundingRules::callProblems(const FundingCall &call, const QString &budgetText)
{
    QStringList result = validateCall(call);
    const QString budget = budgetText.trimmed();
    if (!budget.isEmpty() && !Money::parse(budget))
        result << tr("Budget: not an amount in lei with at most two decimals (e.g. 250.000,00).");
    return result;
}

QStringList FundingRules::callWarnings(const FundingCall &call, const QString &budgetText,
                                       const QList<AwardLine> &awards)
{
    QStringList result;
    if (budgetText.trimmed().isEmpty())
        result << tr("Budget: not given; the share of the budget awarded cannot be computed.");
    const Money grantedSum = granted(awards);
    if (!call.budget.isZero() && grantedSum > call.budget)
        result << tr("Budget: the awards already grant %1, more than this budget.")
                      .arg(grantedSum.toDisplay());
    return result;
}

Money FundingRules::granted(const QList<AwardLine> &awards)
{
    Money sum;
    for (const AwardLine &line : awards) {
        if (line.award.status != AwardStatus::Cancelled)
            sum += line.award.granted;
    }
    return sum;
}

QStringList FundingRules::amountProblems(const TypedAwardAmounts &amounts)
{
    const std::pair<const QString *, QString> fields[] = {
        {&amounts.requested, tr("Requested")},
        {&amounts.granted, tr("Granted")},
        {&amounts.paid, tr("Paid")},
        {&amounts.ownContribution, tr("Own contribution")},
    };
    QStringList result;
    for (const auto &[text, label] : fields) {
        if (!typedAmount(*text))
            //: %1 is the amount's field (Requested, Granted, Paid, Own contribution)
            result << tr("%1: not an amount in lei with at most two decimals (e.g. 12.345,67).")
                          .arg(label);
    }
    return result;
}

QStringList FundingRules::awardWarnings(const FundingAward &award)
{
    QStringList result;
    if (!award.requested.isZero() && award.granted > award.requested)
        result
            << tr("Granted: more than the amount requested (%1).").arg(award.requested.toDisplay());
    if (award.status == AwardStatus::Paid && award.paid < award.granted)
        result << tr("Paid: the status is paid but %1 of %2 were paid.")
                      .arg(award.paid.toDisplay(), award.granted.toDisplay());
    return result;
}

} // namespace dc

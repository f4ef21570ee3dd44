#pragma once

#include "AwardLine.h"
#include "FundingAward.h"
#include "FundingCall.h"
#include "Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// The amounts of an award as typed, before they are read into bani: what the form checks.
struct TypedAwardAmounts
{
    QString requested;
    QString granted;
    QString paid;
    QString ownContribution;
};

/// The rules of calls and awards as the forms check them, on plain records and typed text (no
/// database, no window): amounts that are not amounts block Save, a budget exceeded or a grant
/// above the request is a warning. The rules of the record alone stay in validateCall and
/// validateAward; FundingRepository::awardProblems adds those that need the database.
class FundingRules final
{
    Q_DECLARE_TR_FUNCTIONS(dc::FundingRules)

public:
    /// The amount typed in a field: empty text is zero; empty when the text is not an amount.
    static std::optional<Money> typedAmount(const QString &text);

    /// What prevents saving @p call, whose budget field reads @p budgetText.
    static QStringList callProblems(const FundingCall &call, const QString &budgetText);
    /// What is worth knowing about @p call: no budget given, or the awards of @p awards that are
    /// not cancelled granting more than the budget.
    static QStringList callWarnings(const FundingCall &call, const QString &budgetText,
                                    const QList<AwardLine> &awards);
    /// The sum granted by the awards of @p awards that are not cancelled.
    static Money granted(const QList<AwardLine> &awards);

    /// The typed amounts that are not amounts, each naming its field.
    static QStringList amountProblems(const TypedAwardAmounts &amounts);
    /// What is worth knowing about @p award: granted above the amount requested, paid status
    /// with less than the grant paid.
    static QStringList awardWarnings(const FundingAward &award);
};

} // namespace dc

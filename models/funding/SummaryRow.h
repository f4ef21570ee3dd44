#pragma once

#include "Money.h"

#include <QString>

#include <optional>

namespace dc {

/// One line of a funding summary: the awards of one institution, domain, county or region in a
/// year (cancelled awards left out), and the budget of the calls behind them where the key has one.
struct SummaryRow
{
    QString key;
    qint64 keyId = 0; ///< the institution's, domain's, county's or region's id (0: none)
    int awards = 0;
    Money requested;
    Money granted;
    Money paid;
    std::optional<Money> budget; ///< for institution and domain keys, and the total

    /// The share of the budget granted, in basis points; empty without a budget.
    std::optional<qint64> shareBasisPoints() const
    {
        if (!budget || budget->isZero())
            return std::nullopt;
        return granted.basisPointsOf(*budget);
    }
};

} // namespace dc

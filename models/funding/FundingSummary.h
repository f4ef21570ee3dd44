#pragma once

#include "MultiFundedOrganization.h"
#include "SummaryRow.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// The synthesis of the public funding of NGOs for a year: sums per institution, domain, county
/// or region, the share of the budget awarded, and the organizations funded by several
/// institutions. Cancelled awards are left out of every sum. All arithmetic is in whole bani.
class FundingSummary final
{
public:
    enum class Key
    {
        Institution,
        Domain,
        County,
        Region
    };

    /// The rows of @p year by @p key in Romanian alphabetical order. For Institution and Domain
    /// every call of the year counts in its key's budget, even a call without awards.
    static QList<SummaryRow> compute(const QSqlDatabase &db, int year, Key key);
    /// The whole year: every award and the budget of every call.
    static SummaryRow total(const QSqlDatabase &db, int year);
    /// Organizations with awards (not cancelled) from two or more institutions in @p year.
    static QList<MultiFundedOrganization> multiFunded(const QSqlDatabase &db, int year);

    /// "institution", "domain", "county", "region".
    static QString keyCode(Key key);
    static std::optional<Key> keyFromCode(const QString &code);
    static QString keyName(Key key);
};

} // namespace dc

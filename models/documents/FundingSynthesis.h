#pragma once

#include "documents/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace dc::reports {

/// The synthesis on the public funding of NGOs for one year (the office's "synthesis materials
/// on the funding of NGOs by central and local public authorities"): the sums per institution,
/// domain, county and region, the share of the budget awarded, the organizations funded by
/// several institutions, with charts. Amounts are summed in whole bani and shown with two
/// decimals; cancelled awards are left out, as in FundingSummary.
class FundingSynthesis final
{
    Q_DECLARE_TR_FUNCTIONS(FundingSynthesis)

public:
    /// The document of @p year; @p generatedOn is today when invalid.
    static ReportDocument build(const QSqlDatabase &db, int year,
                                const QDate &generatedOn = QDate());
};

} // namespace dc::reports

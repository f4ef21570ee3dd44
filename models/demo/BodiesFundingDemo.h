#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace dc {

/// What loading the bodies and funding demo did: records added (existing ones are left as they
/// are).
struct BodiesFundingDemoSummary
{
    int bodies = 0;
    int members = 0;
    int meetings = 0;
    int calls = 0;
    int awards = 0;

    /// "bodies: added 2, members: added 20, ...", the line the demo command prints.
    QString line() const;
};

/// The fictitious consultative bodies and funding of the demo (resources/demo/bodies_funding.json):
/// the 1998 Prime Minister's Consultative Council of seed 000 as history, a working group with
/// warnings, two calls with awards to the demo organizations. Loading it again adds nothing. Run
/// after the organizations and institutions are loaded; each record goes through its repository.
class BodiesFundingDemo final
{
public:
    static Result<BodiesFundingDemoSummary> load(QSqlDatabase db);
};

} // namespace dc

#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace dc {

/// What loading the transparency demo did: records added (existing ones are left as they are).
struct TransparencyDemoSummary
{
    int institutions = 0;
    int drafts = 0;
    int recommendations = 0;
    int meetings = 0;
    int courtCases = 0;
    int reports = 0;

    /// "institutions: added 4, drafts: added 6, ...", the line the demo command prints.
    QString line() const;
};

/// The fictitious transparency records of the demo (resources/demo/transparency.json):
/// institutions, drafts with debates and recommendations (some from the demo organizations),
/// meetings, court cases and reports, with kept and broken deadlines. Loading it again adds
/// nothing. Run after the organizations are loaded; each record is written through its repository
/// (one transaction each).
class TransparencyDemo final
{
public:
    static Result<TransparencyDemoSummary> load(QSqlDatabase db);
};

} // namespace dc

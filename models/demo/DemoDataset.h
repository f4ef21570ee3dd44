#pragma once

#include "core/Result.h"
#include "transparency/TransparencyDemo.h"

#include <QSqlDatabase>

namespace dc {

/// What loading the demo dataset did.
struct DemoSummary
{
    int organizationsAdded = 0;
    int organizationsUpdated = 0;
    int organizationsUnchanged = 0;
    TransparencyDemoSummary transparency;
};

/// The demo dataset built from the seed documents (resources/demo/*.json): the promoters of the
/// 2021 edition of Promotorii Voluntariatului. Loading it again changes nothing (records are
/// matched by name and county), so `dialogcivic demo` can refresh a demo database at any time.
class DemoDataset final
{
public:
    static Result<DemoSummary> load(QSqlDatabase db);
};

} // namespace dc

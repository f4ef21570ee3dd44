#pragma once

#include "BodiesFundingDemo.h"
#include "core/Result.h"
#include "transparency/ReceivedReportsDemo.h"
#include "transparency/TransparencyDemo.h"

#include <QSqlDatabase>

namespace dc {

/// What loading the demo dataset did to one kind of record.
struct DemoCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

/// What loading the demo dataset did.
struct DemoSummary
{
    int organizationsAdded = 0;
    int organizationsUpdated = 0;
    int organizationsUnchanged = 0;
    DemoCounts programs;
    DemoCounts editions;
    DemoCounts partnerships;
    DemoCounts events;
    DemoCounts indicators;
    TransparencyDemoSummary transparency;
    ReceivedReportsDemoSummary receivedReports;
    BodiesFundingDemoSummary bodiesFunding;
};

/// The demo dataset built from the seed documents (resources/demo/*.json): the promoters of the
/// 2021 edition of Promotorii Voluntariatului, and the programs (that edition with its events,
/// partners and indicators; the SIPOCA 202 project). Loading it again changes nothing (records are
/// matched by name and county), so `dialogcivic demo` can refresh a demo database at any time.
class DemoDataset final
{
public:
    static Result<DemoSummary> load(QSqlDatabase db);
};

} // namespace dc

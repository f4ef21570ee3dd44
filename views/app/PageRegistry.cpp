#include "PageRegistry.h"

#include "bodies/BodiesPage.h"
#include "common/Page.h"
#include "dashboard/DashboardPage.h"
#include "funding/FundingPage.h"
#include "nationalregister/RegisterChangesPage.h"
#include "programs/CalendarPage.h"
#include "programs/EditionPage.h"
#include "registry/OrganizationsPage.h"
#include "transparency/AnnualFiguresPage.h"
#include "transparency/DraftsPage.h"
#include "transparency/InstitutionsPage.h"

namespace dc {

namespace {

template <typename P> PageFactory factory()
{
    return [](const PageContext &context, QWidget *parent) -> Page * {
        return new P(context, parent);
    };
}

} // namespace

QList<PageFactory> registeredPages()
{
    return {
        factory<DashboardPage>(),       factory<OrganizationsPage>(), factory<EditionPage>(),
        factory<CalendarPage>(),        factory<InstitutionsPage>(),  factory<DraftsPage>(),
        factory<AnnualFiguresPage>(),   factory<BodiesPage>(),        factory<FundingPage>(),
        factory<RegisterChangesPage>(),
    };
}

} // namespace dc

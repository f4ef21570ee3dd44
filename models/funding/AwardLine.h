#pragma once

#include "FundingAward.h"

#include <QString>

namespace dc {

/// An award with the names of its call, institution, organization, domain and place resolved:
/// what the lists, the summaries and an organization's funding history read.
struct AwardLine
{
    FundingAward award;
    QString callName;
    int year = 0;
    qint64 institutionId = 0;
    QString institutionName;
    qint64 domainId = 0;
    QString domainName;
    QString organizationName;
    int countyId = 0;
    QString countyName;
    int regionId = 0;
    QString regionName;
};

} // namespace dc

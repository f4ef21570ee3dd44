#pragma once

#include "core/Result.h"
#include "documents/ReportDocument.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dc {
class Database;
}

namespace dc::reports {

/// The organizations of one region or county.
struct AreaCount
{
    int id = 0;
    QString code;
    QString name;
    int regionId = 0;         ///< counties: their region; regions: their own id
    qint64 organizations = 0; ///< every organization in the register
    qint64 active = 0;        ///< status active
    qint64 volunteering = 0;  ///< with volunteering activity (whatever the status)
};

/// The organizations of one domain of activity.
struct DomainCount
{
    int id = 0;
    QString name;
    qint64 organizations = 0;
};

/// The organizations of a kind other than NGO (associative structures of local authorities,
/// other partners): listed apart, never counted as NGOs.
struct KindCount
{
    QString code; ///< organizationKindCode()
    QString name;
    qint64 organizations = 0;
    QStringList names; ///< their names, in the Romanian alphabetical order
};

/// The figures behind the NGO evidence (document 4) and the dashboard's charts, aggregated in
/// SQL (never row by row), so they stay fast over a million organizations. Only organizations
/// of kind NGO are counted; those whose county is not known are counted apart (undetermined),
/// in the totals but in no county or region.
struct NgoEvidenceData
{
    QList<AreaCount> regions;  ///< the 8 development regions, in their official order (1 Nord-Est
                               ///< ... 8 București-Ilfov)
    QList<AreaCount> counties; ///< all 42 counties with zeros, in Romanian alphabetical order
    AreaCount undetermined; ///< the NGOs with no county (id OrganizationFilter::undeterminedCounty)
    QList<DomainCount> domains;  ///< every domain, the most frequent first
    QList<KindCount> otherKinds; ///< the kinds other than NGO that have organizations
    qint64 organizations = 0;
    qint64 active = 0;
    qint64 volunteering = 0;
};

/// The counts per county, region and domain.
Result<NgoEvidenceData> ngoEvidenceData(const QSqlDatabase &db);

/// Document 4: the NGO evidence per region and county (organizations, active ones, those with
/// volunteering activity) and per domain, with the totals. Numbers by @p locale; the evidence as
/// of @p today (an invalid date: the current one).
Result<ReportDocument> buildNgoEvidence(const QSqlDatabase &db, const QLocale &locale = QLocale(),
                                        const QDate &today = QDate());
Result<ReportDocument> buildNgoEvidence(Database &db, const QLocale &locale = QLocale(),
                                        const QDate &today = QDate());

/// Organizations per region (horizontal bars in the regions' official order); categoryKeys are
/// the region ids (OrganizationFilter::regionId).
ChartSpec organizationsPerRegionChart(const NgoEvidenceData &data);
ChartSpec organizationsPerRegionChart(const QSqlDatabase &db);
ChartSpec organizationsPerRegionChart(Database &db);

/// Organizations per county (horizontal bars, all 42 counties in alphabetical order, then
/// "undetermined" when some NGOs have no county); categoryKeys are the county ids
/// (OrganizationFilter::countyId, undeterminedCounty for the last).
ChartSpec organizationsPerCountyChart(const NgoEvidenceData &data);
ChartSpec organizationsPerCountyChart(const QSqlDatabase &db);
ChartSpec organizationsPerCountyChart(Database &db);

/// The @p limit counties with the most NGOs (zeros left out), most first, then a last bar for
/// the NGOs whose county is not known when there are any: counted apart, never among the counties.
ChartSpec topCountiesChart(const NgoEvidenceData &data, int limit);

/// The @p limit categories of a one-series chart with the highest values (zeros left out),
/// highest first, with their keys: the counties with the most organizations.
ChartSpec topCategories(const ChartSpec &spec, int limit);

} // namespace dc::reports

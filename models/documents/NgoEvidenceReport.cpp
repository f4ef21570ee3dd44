#include "documents/NgoEvidenceReport.h"

#include "core/Dates.h"
#include "registry/Organization.h"
#include "registry/OrganizationFilter.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace dc::reports {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(NgoEvidenceReport)
};

QString percentText(const QLocale &locale, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return Messages::tr("n/a");
    return locale.toString(100.0 * double(part) / double(whole), 'f', 1) + locale.percent();
}

// One sequential pass over the NGOs grouped by county (SQLite's NOT INDEXED: walking the county
// index and fetching every row at random was 4x slower over 1,000,000 rows), then the reference
// tables; the regions are the sums of their counties. The NGOs with no county are one more group,
// kept apart. The organizations of other kinds are not NGOs and are not counted here.
Status countAreas(const QSqlDatabase &db, NgoEvidenceData &data)
{
    // The unknown county as -1 (OrganizationFilter::undeterminedCounty) so that it joins no county.
    const Result<QList<AreaCount>> counties = query::select(
        db,
        QStringLiteral(
            "WITH o AS (SELECT coalesce(county_id, -1) AS county_id, count(*) AS n, "
            "  sum(CASE WHEN status = 'active' THEN 1 ELSE 0 END) AS active, "
            "  sum(volunteering) AS volunteering "
            "  FROM organization %1 WHERE kind = 'ngo' GROUP BY county_id) "
            "SELECT c.id, c.code, c.name, c.region_id, coalesce(o.n, 0), coalesce(o.active, 0), "
            "  coalesce(o.volunteering, 0), c.sort_key "
            "FROM county c LEFT JOIN o ON o.county_id = c.id "
            "UNION ALL SELECT -1, '', '', 0, n, active, volunteering, '' FROM o "
            "  WHERE county_id = -1 "
            "ORDER BY 8, 1")
            .arg(query::isServer(db) ? QString() : QStringLiteral("NOT INDEXED")),
        {}, [](const QSqlQuery &q) {
            AreaCount county;
            sqlvalues::Columns(q) >> county.id >> county.code >> county.name >> county.regionId >>
                county.organizations >> county.active >> county.volunteering;
            return county;
        });
    if (!counties)
        return Status::failure(counties.error());
    data.undetermined.id = OrganizationFilter::undeterminedCounty;
    data.undetermined.name = undeterminedCountyName();
    for (const AreaCount &county : *counties) {
        data.organizations += county.organizations;
        data.active += county.active;
        data.volunteering += county.volunteering;
        if (county.id != OrganizationFilter::undeterminedCounty) {
            data.counties << county;
            continue;
        }
        data.undetermined.organizations = county.organizations;
        data.undetermined.active = county.active;
        data.undetermined.volunteering = county.volunteering;
    }
    const Result<QList<AreaCount>> regions =
        query::select(db, QStringLiteral("SELECT id, code, name FROM region ORDER BY id"), {},
                      [](const QSqlQuery &q) {
                          AreaCount region;
                          region.id = region.regionId = q.value(0).toInt();
                          region.code = q.value(1).toString();
                          region.name = q.value(2).toString();
                          return region;
                      });
    if (!regions)
        return Status::failure(regions.error());
    QHash<int, int> regionIndex;
    for (const AreaCount &region : *regions) {
        regionIndex.insert(region.id, int(data.regions.size()));
        data.regions << region;
    }
    for (const AreaCount &county : std::as_const(data.counties)) {
        const auto i = regionIndex.constFind(county.regionId);
        if (i == regionIndex.constEnd())
            continue;
        AreaCount &region = data.regions[*i];
        region.organizations += county.organizations;
        region.active += county.active;
        region.volunteering += county.volunteering;
    }
    return {};
}

Status countDomains(const QSqlDatabase &db, NgoEvidenceData &data)
{
    // Counted on the (domain_id, organization_id) index, one domain at a time; NGOs only.
    const Result<QList<DomainCount>> domains = query::select(
        db,
        QStringLiteral("SELECT d.id, d.name, (SELECT count(*) FROM organization_domain od "
                       "JOIN organization o ON o.id = od.organization_id "
                       "WHERE od.domain_id = d.id AND o.kind = 'ngo') AS n "
                       "FROM domain d ORDER BY n DESC, d.sort_key, d.id"),
        {}, [](const QSqlQuery &q) {
            return DomainCount{q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()};
        });
    if (!domains)
        return Status::failure(domains.error());
    data.domains << *domains;
    return {};
}

// The organizations that are not NGOs, per kind, with their names: a handful (the four
// associative structures of local authorities and a few other partners).
Status countOtherKinds(const QSqlDatabase &db, NgoEvidenceData &data)
{
    Result<QSqlQuery> q =
        query::run(db, QStringLiteral("SELECT kind, name FROM organization WHERE "
                                      "kind <> 'ngo' ORDER BY kind, name_sort, id"));
    if (!q)
        return Status::failure(q.error());
    while (q->next()) {
        const QString code = q->value(0).toString();
        if (data.otherKinds.isEmpty() || data.otherKinds.last().code != code) {
            const QString name = organizationKindName(organizationKindFromCode(code));
            data.otherKinds << KindCount{code, name, 0, {}};
        }
        ++data.otherKinds.last().organizations;
        data.otherKinds.last().names << q->value(1).toString();
    }
    return {};
}

TableSpec areaTable(const QLocale &locale, const QString &areaTitle, QList<AreaCount> areas,
                    const NgoEvidenceData &data, const QHash<int, QString> &regionNames)
{
    // The NGOs whose county is not known belong to no county and no region: one row of their own.
    if (data.undetermined.organizations > 0)
        areas << data.undetermined;
    TableSpec table;
    const bool withRegion = !regionNames.isEmpty();
    table.header = {areaTitle};
    if (withRegion)
        table.header << Messages::tr("Region");
    // Not Messages::tr(): lupdate would file it under "dc::reports", which the translator asks
    // after "dc", where "Active" is one organization's status.
    const QString active = QCoreApplication::translate("NgoEvidenceReport", "Active");
    table.header << Messages::tr("Organizations") << active << Messages::tr("With volunteering")
                 << Messages::tr("Share of all");
    table.stretch = withRegion ? QList<int>{5, 5, 4, 3, 4, 3} : QList<int>{6, 4, 3, 4, 3};
    const int first = withRegion ? 2 : 1;
    table.numericColumns = {first, first + 1, first + 2, first + 3};
    table.totalRow = true;
    for (const AreaCount &area : areas) {
        QStringList row = {area.name};
        if (withRegion)
            row << (area.id == OrganizationFilter::undeterminedCounty
                        ? undeterminedCountyName()
                        : regionNames.value(area.regionId));
        row << locale.toString(area.organizations) << locale.toString(area.active)
            << locale.toString(area.volunteering)
            << percentText(locale, area.organizations, data.organizations);
        table.rows << row;
    }
    QStringList total = {Messages::tr("Total")};
    if (withRegion)
        total << QString();
    total << locale.toString(data.organizations) << locale.toString(data.active)
          << locale.toString(data.volunteering)
          << percentText(locale, data.organizations, data.organizations);
    table.rows << total;
    return table;
}

ChartSpec areaChart(const QList<AreaCount> &areas, const QString &title)
{
    ChartSpec chart;
    chart.kind = ChartSpec::Kind::HorizontalBars;
    chart.title = title;
    chart.valueAxisTitle = Messages::tr("Organizations");
    ChartSpec::Series series{Messages::tr("Organizations"), {}};
    bool any = false;
    for (const AreaCount &area : areas) {
        chart.categories << area.name;
        chart.categoryKeys << QString::number(area.id);
        series.values << double(area.organizations);
        any = any || area.organizations > 0;
    }
    if (any)
        chart.series = {series};
    return chart;
}

} // namespace

Result<NgoEvidenceData> ngoEvidenceData(const QSqlDatabase &db)
{
    NgoEvidenceData data;
    if (Status s = countAreas(db, data); !s)
        return Result<NgoEvidenceData>::failure(s.error());
    if (Status s = countDomains(db, data); !s)
        return Result<NgoEvidenceData>::failure(s.error());
    if (Status s = countOtherKinds(db, data); !s)
        return Result<NgoEvidenceData>::failure(s.error());
    return data;
}

Result<ReportDocument> buildNgoEvidence(const QSqlDatabase &db, const QLocale &locale,
                                        const QDate &todayIn)
{
    const QDate today = dayOrToday(todayIn);
    const Result<NgoEvidenceData> result = ngoEvidenceData(db);
    if (!result)
        return Result<ReportDocument>::failure(result.error());
    const NgoEvidenceData &data = result.value();

    ReportDocument doc;
    doc.title = Messages::tr("The evidence of non-governmental organizations");
    doc.subtitle =
        Messages::tr("Per development region and county, on %1").arg(shortDate(locale, today));
    doc.generatedOn = today;
    doc.language = QLocale::languageToCode(locale.language());

    const qint64 domainCount =
        std::count_if(data.domains.cbegin(), data.domains.cend(),
                      [](const DomainCount &d) { return d.organizations > 0; });
    const qint64 emptyCounties =
        std::count_if(data.counties.cbegin(), data.counties.cend(),
                      [](const AreaCount &c) { return c.organizations == 0; });
    QStringList summary;
    summary << Messages::tr("Organizations in the evidence: %1, of which active: %2 (%3).")
                   .arg(locale.toString(data.organizations), locale.toString(data.active),
                        percentText(locale, data.active, data.organizations));
    summary << Messages::tr("Organizations with volunteering activity: %1 (%2).")
                   .arg(locale.toString(data.volunteering),
                        percentText(locale, data.volunteering, data.organizations));
    summary << Messages::tr("Domains of activity with at least one organization: %1.")
                   .arg(locale.toString(domainCount));
    if (emptyCounties > 0)
        summary << Messages::tr("Counties with no organization in the evidence: %1.")
                       .arg(locale.toString(emptyCounties));
    if (data.undetermined.organizations > 0)
        summary << Messages::tr(
                       "Organizations whose county is not known (undetermined), counted in the "
                       "totals but in no county or region: %1.")
                       .arg(locale.toString(data.undetermined.organizations));
    for (const KindCount &kind : data.otherKinds)
        summary << Messages::tr("Not counted as NGOs: %1 (%2), listed in section 4.")
                       .arg(kind.name, locale.toString(kind.organizations));
    doc.add(Block::paragraph(summary.join(QLatin1Char('\n'))));

    doc.add(Block::heading(Messages::tr("1. Per development region")));
    doc.add(Block::tableBlock(areaTable(locale, Messages::tr("Region"), data.regions, data, {})));
    const ChartSpec regions = organizationsPerRegionChart(data);
    if (!regions.isEmpty())
        doc.add(Block::chartBlock(regions));

    doc.add(Block::heading(Messages::tr("2. Per county")));
    QHash<int, QString> regionNames;
    for (const AreaCount &region : data.regions)
        regionNames.insert(region.id, region.name);
    doc.add(Block::tableBlock(
        areaTable(locale, Messages::tr("County"), data.counties, data, regionNames)));
    // All 42 counties are in the table; the chart keeps the ones with the most organizations, so
    // that every name stays readable on the page.
    const int countyBars = 15;
    ChartSpec counties = topCountiesChart(data, countyBars);
    counties.title = Messages::tr("The counties with the most organizations (at most 15)");
    if (!counties.isEmpty())
        doc.add(Block::chartBlock(counties));

    doc.add(Block::heading(Messages::tr("3. Per domain of activity")));
    if (data.domains.isEmpty()) {
        doc.add(Block::paragraph(Messages::tr("No domain of activity is recorded.")));
    } else {
        TableSpec domains;
        domains.header = {Messages::tr("Domain"), Messages::tr("Organizations"),
                          Messages::tr("Share of all")};
        domains.stretch = {8, 3, 3};
        domains.numericColumns = {1, 2};
        for (const DomainCount &d : data.domains)
            domains.rows << QStringList{d.name, locale.toString(d.organizations),
                                        percentText(locale, d.organizations, data.organizations)};
        doc.add(Block::tableBlock(domains));
        doc.add(Block::paragraph(Messages::tr(
            "An organization may work in several domains, so the domains add up to more "
            "than the organizations.")));
    }

    if (!data.otherKinds.isEmpty()) {
        // A handful of names: one paragraph per kind, not a table of its own on a last page.
        doc.add(Block::heading(Messages::tr("4. Partners that are not NGOs")));
        QStringList kinds;
        for (const KindCount &kind : data.otherKinds)
            kinds << Messages::tr("%1 (%2): %3.")
                         .arg(kind.name, locale.toString(kind.organizations),
                              kind.names.join(QLatin1String(", ")));
        doc.add(Block::paragraph(kinds.join(QLatin1Char('\n'))));
    }

    doc.figures.header = {QStringLiteral("level"),         QStringLiteral("code"),
                          QStringLiteral("name"),          QStringLiteral("region"),
                          QStringLiteral("organizations"), QStringLiteral("active"),
                          QStringLiteral("volunteering")};
    for (const AreaCount &r : data.regions)
        doc.figures.rows << QStringList{QStringLiteral("region"),
                                        r.code,
                                        r.name,
                                        r.name,
                                        QString::number(r.organizations),
                                        QString::number(r.active),
                                        QString::number(r.volunteering)};
    for (const AreaCount &c : data.counties)
        doc.figures.rows << QStringList{QStringLiteral("county"),
                                        c.code,
                                        c.name,
                                        regionNames.value(c.regionId),
                                        QString::number(c.organizations),
                                        QString::number(c.active),
                                        QString::number(c.volunteering)};
    if (data.undetermined.organizations > 0) {
        const AreaCount &u = data.undetermined;
        doc.figures.rows << QStringList{QStringLiteral("undetermined"),
                                        QString(),
                                        u.name,
                                        QString(),
                                        QString::number(u.organizations),
                                        QString::number(u.active),
                                        QString::number(u.volunteering)};
    }
    for (const DomainCount &d : data.domains)
        doc.figures.rows << QStringList{
            QStringLiteral("domain"),         QString(), d.name,   QString(),
            QString::number(d.organizations), QString(), QString()};
    for (const KindCount &k : data.otherKinds)
        doc.figures.rows << QStringList{
            QStringLiteral("other_kind"),     k.code,    k.name,   QString(),
            QString::number(k.organizations), QString(), QString()};
    doc.figures.rows << QStringList{QStringLiteral("total"),
                                    QString(),
                                    QString(),
                                    QString(),
                                    QString::number(data.organizations),
                                    QString::number(data.active),
                                    QString::number(data.volunteering)};
    doc.figures.totalRow = true;
    return doc;
}

Result<ReportDocument> buildNgoEvidence(Database &db, const QLocale &locale, const QDate &today)
{
    return buildNgoEvidence(db.connection(), locale, today);
}

ChartSpec organizationsPerRegionChart(const NgoEvidenceData &data)
{
    return areaChart(data.regions, Messages::tr("Organizations per development region"));
}

ChartSpec organizationsPerRegionChart(const QSqlDatabase &db)
{
    const Result<NgoEvidenceData> data = ngoEvidenceData(db);
    return data ? organizationsPerRegionChart(data.value()) : ChartSpec();
}

ChartSpec organizationsPerRegionChart(Database &db)
{
    return organizationsPerRegionChart(db.connection());
}

ChartSpec organizationsPerCountyChart(const NgoEvidenceData &data)
{
    QList<AreaCount> counties = data.counties;
    if (data.undetermined.organizations > 0)
        counties << data.undetermined;
    return areaChart(counties, Messages::tr("Organizations per county"));
}

ChartSpec organizationsPerCountyChart(const QSqlDatabase &db)
{
    const Result<NgoEvidenceData> data = ngoEvidenceData(db);
    return data ? organizationsPerCountyChart(data.value()) : ChartSpec();
}

ChartSpec organizationsPerCountyChart(Database &db)
{
    return organizationsPerCountyChart(db.connection());
}

ChartSpec topCountiesChart(const NgoEvidenceData &data, int limit)
{
    ChartSpec top =
        topCategories(areaChart(data.counties, Messages::tr("Organizations per county")), limit);
    if (data.undetermined.organizations > 0) {
        if (top.series.isEmpty())
            top.series = {ChartSpec::Series{Messages::tr("Organizations"), {}}};
        top.categories << data.undetermined.name;
        top.categoryKeys << QString::number(data.undetermined.id);
        top.series.first().values << double(data.undetermined.organizations);
    }
    return top;
}

ChartSpec topCategories(const ChartSpec &spec, int limit)
{
    if (spec.isEmpty())
        return spec;
    const QList<double> &values = spec.series.first().values;
    QList<int> order(spec.categories.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&values](int a, int b) { return values.value(a) > values.value(b); });
    ChartSpec top = spec;
    top.categories.clear();
    top.categoryKeys.clear();
    top.series.first().values.clear();
    for (const int i : std::as_const(order)) {
        if (top.categories.size() >= limit || values.value(i) <= 0)
            break;
        top.categories << spec.categories.at(i);
        top.categoryKeys << spec.categoryKeys.value(i);
        top.series.first().values << values.value(i);
    }
    return top;
}

} // namespace dc::reports

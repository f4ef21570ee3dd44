#include "DatabaseTest.h"
#include "Lookup.h"
#include "Seeding.h"

#include "documents/NgoEvidenceReport.h"
#include "registry/OrganizationFilter.h"
#include "registry/OrganizationRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;
using namespace dc::reports;

// The NGO evidence (document 4) counted per county, region and domain on a small fixture. The
// schema brings four associative structures of local authorities (county unknown): they are not
// NGOs and are never counted as such, only listed apart.
class TestNgoEvidence final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    static void organization(const QSqlDatabase &db, const QString &name, int countyId,
                             bool volunteering, RegistryStatus status, const QStringList &domains)
    {
        Organization o;
        o.name = name;
        o.countyId = countyId;
        o.volunteering = volunteering;
        o.status = status;
        o.domains = domains;
        test::addedId(OrganizationRepository(db).add(o));
    }

    // Cluj (14, Nord-Vest): 3 organizations, 2 active, 2 volunteering; Iași (25, Nord-Est): 1;
    // Sălaj (34, Nord-Vest): 1 dissolved; București (10): 1.
    static void fixture(const QSqlDatabase &db)
    {
        const QString social = QStringLiteral("Servicii sociale");
        const QString education = QStringLiteral("Educație");
        const QString environment = QStringLiteral("Mediu");
        organization(db, QStringLiteral("Asociația Clujul Verde"), 14, true, RegistryStatus::Active,
                     {environment});
        organization(db, QStringLiteral("Fundația Speranța"), 14, true, RegistryStatus::Active,
                     {social, education});
        organization(db, QStringLiteral("Asociația Veche"), 14, false,
                     RegistryStatus::InLiquidation, {social});
        organization(db, QStringLiteral("Asociația Ieșeană"), 25, true, RegistryStatus::Active,
                     {education});
        organization(db, QStringLiteral("Clubul Sălăjean"), 34, false, RegistryStatus::Dissolved,
                     {});
        organization(db, QStringLiteral("Asociația Bucureșteană"), 10, false,
                     RegistryStatus::Active, {social});
    }

    static const AreaCount *area(const QList<AreaCount> &areas, const QString &code)
    {
        return test::withCode(areas, code);
    }

private Q_SLOTS:
    void countsPerCounty()
    {
        fixture(m_db->connection());
        const Result<NgoEvidenceData> data = ngoEvidenceData(m_db->connection());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->counties.size(), 42); // every county, with zeros
        const AreaCount *cluj = area(data->counties, QStringLiteral("CJ"));
        QVERIFY(cluj);
        QCOMPARE(cluj->organizations, 3);
        QCOMPARE(cluj->active, 2);
        QCOMPARE(cluj->volunteering, 2);
        QCOMPARE(area(data->counties, QStringLiteral("IS"))->organizations, 1);
        QCOMPARE(area(data->counties, QStringLiteral("SJ"))->active, 0);
        QCOMPARE(area(data->counties, QStringLiteral("B"))->organizations,
                 1); // not the 4 structures
        QCOMPARE(area(data->counties, QStringLiteral("VN"))->organizations, 0);
        // Romanian alphabetical order: Alba first, Vrancea last, Sălaj after Satu Mare.
        QCOMPARE(data->counties.first().name, QStringLiteral("Alba"));
        QCOMPARE(data->counties.last().name, QStringLiteral("Vrancea"));
    }

    void countsPerRegion()
    {
        fixture(m_db->connection());
        const Result<NgoEvidenceData> data = ngoEvidenceData(m_db->connection());
        QVERIFY(data.ok());
        QCOMPARE(data->regions.size(), 8);
        // The official order of the development regions.
        QStringList codes;
        for (const AreaCount &r : data->regions)
            codes << r.code;
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("NE"), QStringLiteral("SE"), QStringLiteral("SM"),
                              QStringLiteral("SVO"), QStringLiteral("V"), QStringLiteral("NV"),
                              QStringLiteral("C"), QStringLiteral("BI")}));
        const AreaCount *northWest = area(data->regions, QStringLiteral("NV"));
        QCOMPARE(northWest->organizations, 4); // Cluj 3 + Sălaj 1
        QCOMPARE(northWest->active, 2);
        QCOMPARE(northWest->volunteering, 2);
        QCOMPARE(area(data->regions, QStringLiteral("NE"))->volunteering, 1);
        QCOMPARE(area(data->regions, QStringLiteral("BI"))->organizations, 1);
        QCOMPARE(area(data->regions, QStringLiteral("V"))->organizations, 0);

        QCOMPARE(data->organizations, 6);
        QCOMPARE(data->active, 4);
        QCOMPARE(data->volunteering, 3);
        qint64 regionSum = 0;
        for (const AreaCount &r : data->regions)
            regionSum += r.organizations;
        QCOMPARE(regionSum, data->organizations);
    }

    void countsPerDomain()
    {
        fixture(m_db->connection());
        const Result<NgoEvidenceData> data = ngoEvidenceData(m_db->connection());
        QVERIFY(data.ok());
        QHash<QString, qint64> domains;
        for (const DomainCount &d : data->domains)
            domains.insert(d.name, d.organizations);
        QCOMPARE(domains.value(QStringLiteral("Servicii sociale")), 3);
        QCOMPARE(domains.value(QStringLiteral("Educație")), 2);
        QCOMPARE(domains.value(QStringLiteral("Mediu")), 1);
        QCOMPARE(data->domains.first().name,
                 QStringLiteral("Servicii sociale")); // the most frequent first
    }

    void document()
    {
        fixture(m_db->connection());
        const Result<ReportDocument> doc =
            buildNgoEvidence(m_db->connection(), QLocale(QLocale::English));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        // CSV figures: 8 regions, 42 counties, 3 domains, the other kind, the total.
        QCOMPARE(doc->figures.rows.size(), 8 + 42 + 3 + 1 + 1);
        QCOMPARE(doc->figures.rows.last(),
                 (QStringList{QStringLiteral("total"), QString(), QString(), QString(),
                              QStringLiteral("6"), QStringLiteral("4"), QStringLiteral("3")}));
        QStringList rows;
        int charts = 0;
        for (const Block &b : doc->blocks) {
            for (const QStringList &row : b.table.rows)
                rows << row.join(QLatin1Char('|'));
            if (b.kind == Block::Kind::Chart)
                ++charts;
        }
        QCOMPARE(charts, 2);
        QVERIFY(rows.contains(QStringLiteral("Cluj|Nord-Vest|3|2|2|50.0%")));
        QVERIFY(rows.contains(QStringLiteral("Vrancea|Sud-Est|0|0|0|0.0%")));
        QVERIFY(rows.contains(QStringLiteral("Nord-Vest|4|2|2|66.7%")));
        QVERIFY(rows.contains(QStringLiteral("Total|6|4|3|100.0%")));
        QVERIFY(rows.contains(QStringLiteral("Educație|2|33.3%")));
        // Section 4: the associative structures, listed apart, never in the NGO counts.
        QString text;
        for (const Block &b : doc->blocks)
            text += b.text + QLatin1Char('\n');
        QVERIFY2(text.contains(QStringLiteral(
                     "associative structure of local authorities (4): Asociația Comunelor din "
                     "România, Asociația Municipiilor din România, Asociația Orașelor din România, "
                     "Uniunea Națională a Consiliilor Județene din România.")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Not counted as NGOs: associative structure of local "
                                             "authorities (4), listed in section 4.")));
        QVERIFY(!rows.join(QLatin1Char('\n'))
                     .contains(QLatin1String("undetermined"))); // every NGO has a county here
    }

    void charts()
    {
        fixture(m_db->connection());
        const ChartSpec regions = organizationsPerRegionChart(m_db->connection());
        QCOMPARE(regions.kind, ChartSpec::Kind::HorizontalBars);
        QCOMPARE(regions.categories.size(), 8);
        QCOMPARE(regions.categories.first(), QStringLiteral("Nord-Est"));
        QCOMPARE(regions.categoryKeys.first(), QStringLiteral("1"));
        QCOMPARE(regions.series.size(), 1);
        QCOMPARE(regions.series.first().values.at(5), 4.0); // Nord-Vest
        const ChartSpec counties = organizationsPerCountyChart(m_db->connection());
        QCOMPARE(counties.categories.size(), 42);
        QCOMPARE(
            counties.series.first().values.at(counties.categories.indexOf(QStringLiteral("Cluj"))),
            3.0);
        QCOMPARE(counties.categoryKeys.at(counties.categories.indexOf(QStringLiteral("Cluj"))),
                 QStringLiteral("14"));

        // The document's county chart: only counties with organizations, most first, keys kept.
        const ChartSpec top = topCategories(counties, 2);
        QCOMPARE(top.categories.size(), 2);
        QVERIFY(top.series.first().values.at(0) >= top.series.first().values.at(1));
        QVERIFY(top.series.first().values.at(1) > 0);
        QCOMPARE(top.categoryKeys.size(), 2);
        QCOMPARE(top.categoryKeys.at(top.categories.indexOf(top.categories.at(0))),
                 counties.categoryKeys.at(counties.categories.indexOf(top.categories.at(0))));
        const ChartSpec all = topCategories(counties, 100);
        for (const double v : all.series.first().values)
            QVERIFY(v > 0);
    }

    // Issue 15: an NGO whose county is not known is counted in the totals, in no county or region,
    // in a row of its own ("undetermined") in both tables, the CSV and the last bar of the chart.
    void undeterminedCountyIsCountedApart()
    {
        fixture(m_db->connection());
        organization(m_db->connection(), QStringLiteral("Asociația Fără Sediu"), 0, true,
                     RegistryStatus::Active, {QStringLiteral("Educație")});
        organization(m_db->connection(), QStringLiteral("Asociația Nicăieri"), 0, false,
                     RegistryStatus::Dissolved, {});
        const Result<NgoEvidenceData> data = ngoEvidenceData(m_db->connection());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->counties.size(), 42);
        QCOMPARE(data->undetermined.organizations, 2);
        QCOMPARE(data->undetermined.active, 1);
        QCOMPARE(data->undetermined.volunteering, 1);
        QCOMPARE(data->organizations, 8);
        qint64 countySum = 0;
        for (const AreaCount &c : data->counties)
            countySum += c.organizations;
        QCOMPARE(countySum + data->undetermined.organizations, data->organizations);

        const Result<ReportDocument> doc =
            buildNgoEvidence(m_db->connection(), QLocale(QLocale::English));
        QVERIFY(doc.ok());
        QStringList rows;
        QString text;
        for (const Block &b : doc->blocks) {
            for (const QStringList &row : b.table.rows)
                rows << row.join(QLatin1Char('|'));
            text += b.text;
        }
        QVERIFY(
            rows.contains(QStringLiteral("undetermined|undetermined|2|1|1|25.0%"))); // county table
        QVERIFY(rows.contains(QStringLiteral("undetermined|2|1|1|25.0%")));          // region table
        QVERIFY(rows.contains(QStringLiteral("Total|8|5|4|100.0%")));
        QVERIFY2(text.contains(QLatin1String(
                     "county is not known (undetermined), counted in the totals but in no "
                     "county or region: 2.")),
                 qPrintable(text));
        QVERIFY(doc->figures.rows.contains((QStringList{
            QStringLiteral("undetermined"), QString(), QStringLiteral("undetermined"), QString(),
            QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1")})));
        const ChartSpec top = topCountiesChart(*data, 15);
        QCOMPARE(top.categories.last(), QStringLiteral("undetermined"));
        QCOMPARE(top.categoryKeys.last(), QString::number(OrganizationFilter::undeterminedCounty));
        QCOMPARE(top.series.first().values.last(), 2.0);
        QVERIFY(!top.categories.mid(0, top.categories.size() - 1)
                     .contains(QStringLiteral("undetermined")));
    }

    void emptyEvidenceGuardsDivisions()
    {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("DELETE FROM organization"));
        const Result<ReportDocument> doc =
            buildNgoEvidence(m_db->connection(), QLocale(QLocale::English));
        QVERIFY(doc.ok());
        QVERIFY(organizationsPerRegionChart(m_db->connection()).isEmpty());
        bool guarded = false;
        for (const Block &b : doc->blocks)
            guarded = guarded || b.text.contains(QLatin1String("active: 0 (n/a)"));
        QVERIFY(guarded);
    }
};

QTEST_GUILESS_MAIN(TestNgoEvidence)
#include "tst_ngoevidence.moc"

#include "DatabaseTest.h"
#include "ModelCells.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationTableModel.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dc;

class TestOrganizationTableModel final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    static constexpr int generated = 450; // more than two pages

    QStringList column(OrganizationTableModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

    // Each test function on its own database (one adds and removes a row).
    void prepare() override
    {
        const Geography g = Geography::load(m_db->connection());
        OrganizationRepository repo(m_db->connection());
        QSqlDatabase db = m_db->connection();
        Transaction tx(db);
        const QStringList counties = {QStringLiteral("CJ"), QStringLiteral("IS"),
                                      QStringLiteral("B"), QStringLiteral("TM")};
        for (int i = 0; i < generated; ++i) {
            Organization o;
            o.name = QStringLiteral("Organizatia %1").arg(i, 4, 10, QLatin1Char('0'));
            o.countyId = *g.findCounty(counties.at(i % counties.size()));
            o.volunteering = i % 3 == 0;
            o.legalForm = i % 2 ? LegalForm::Foundation : LegalForm::Association;
            if (i % 10 == 0)
                o.domains = {QStringLiteral("Voluntariat")};
            normalizeOrganization(o);
            QVERIFY(repo.insertInTransaction(o));
        }
        for (const QString &name :
             {QStringLiteral(u"Știința"), QStringLiteral("Zori"), QStringLiteral("Sanatatea"),
              QStringLiteral(u"Țara"), QStringLiteral("Tineri"), QStringLiteral(u"Ăsta")}) {
            Organization o;
            o.name = name;
            o.countyId = *g.findCounty(QStringLiteral("AB"));
            QVERIFY(repo.insertInTransaction(o));
        }
        QVERIFY(tx.commit());
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        OrganizationTableModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), generated + 6 + 4);
        model.sort(OrganizationTableModel::County, Qt::DescendingOrder);
        OrganizationFilter f;
        f.text = QStringLiteral("organizatia 01");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 100);
        model.setFilter({});
        model.refresh();
    }

    void fetchesEveryRowAcrossPages()
    {
        OrganizationTableModel model(m_db->connection());
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(OrganizationTableModel::IdRole).toLongLong();
            QVERIFY(id > 0);
            ids.insert(id);
        }
        QCOMPARE(ids.size(), model.rowCount());
        QCOMPARE(model.idAt(OrganizationTableModel::pageSize),
                 model.index(OrganizationTableModel::pageSize, 0)
                     .data(OrganizationTableModel::IdRole)
                     .toLongLong());
    }

    // A page after a cached one starts after its last row (keyset); a page reached by a jump is
    // counted from the start (OFFSET). Both give the same rows, whatever the sort and filter.
    void pagesReadInOrderAndByJumpsAgree_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << int(OrganizationTableModel::Name) << int(Qt::AscendingOrder)
                              << QString();
        QTest::newRow("county, descending")
            << int(OrganizationTableModel::County) << int(Qt::DescendingOrder) << QString();
        QTest::newRow("region") << int(OrganizationTableModel::Region) << int(Qt::AscendingOrder)
                                << QString();
        QTest::newRow("acronym (all empty)")
            << int(OrganizationTableModel::Acronym) << int(Qt::AscendingOrder) << QString();
        QTest::newRow("volunteering, descending, searched")
            << int(OrganizationTableModel::Volunteering) << int(Qt::DescendingOrder)
            << QStringLiteral("organizatia");
    }
    void pagesReadInOrderAndByJumpsAgree()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        QFETCH(QString, text);
        OrganizationFilter filter;
        filter.text = text;
        auto idsOf = [&](bool backwards) {
            OrganizationTableModel model(m_db->connection());
            model.sort(sortColumn, Qt::SortOrder(order));
            model.setFilter(filter);
            QList<qint64> ids(model.rowCount());
            for (int i = 0; i < model.rowCount(); ++i) {
                const int row = backwards ? model.rowCount() - 1 - i : i;
                ids[row] = model.idAt(row);
            }
            return ids;
        };
        const QList<qint64> inOrder = idsOf(false);
        QVERIFY(inOrder.size() > 2 * OrganizationTableModel::pageSize);
        QCOMPARE(QSet<qint64>(inOrder.cbegin(), inOrder.cend()).size(), inOrder.size());
        QVERIFY(!inOrder.contains(0));
        QCOMPARE(idsOf(true), inOrder);
    }

    void sortsByNameInRomanianOrder()
    {
        OrganizationTableModel model(m_db->connection());
        OrganizationFilter f;
        f.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("AB"));
        model.setFilter(f);
        const QStringList expected = {QStringLiteral(u"Ăsta"),    QStringLiteral("Sanatatea"),
                                      QStringLiteral(u"Știința"), QStringLiteral("Tineri"),
                                      QStringLiteral(u"Țara"),    QStringLiteral("Zori")};
        QCOMPARE(column(model, OrganizationTableModel::Name), expected);
        model.sort(OrganizationTableModel::Name, Qt::DescendingOrder);
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(column(model, OrganizationTableModel::Name), reversed);
    }

    void sortsByCountyAlphabetically()
    {
        OrganizationTableModel model(m_db->connection());
        model.sort(OrganizationTableModel::County, Qt::AscendingOrder);
        const QStringList counties = column(model, OrganizationTableModel::County);
        // The four associative structures of the schema have no county: undetermined, first.
        QCOMPARE(counties.mid(0, 4), QStringList(4, undeterminedCountyName()));
        QCOMPARE(counties.at(4), QStringLiteral("Alba"));
        QCOMPARE(counties.last(), QStringLiteral(u"Timiș"));
        QCOMPARE(counties.indexOf(QStringLiteral(u"București")) <
                     counties.indexOf(QStringLiteral("Cluj")),
                 true);
    }

    void filtersCombine()
    {
        const Geography g = Geography::load(m_db->connection());
        OrganizationTableModel model(m_db->connection());
        QSignalSpy spy(&model, &OrganizationTableModel::rowCountChanged);
        OrganizationFilter f;
        f.countyId = *g.findCounty(QStringLiteral("CJ"));
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 113); // i % 4 == 0 for i < 450
        QCOMPARE(spy.count(), 1);
        f.volunteering = true;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 38); // i % 12 == 0
        f.volunteering.reset();
        f.countyId = 0;
        f.regionId = *g.findRegion(QStringLiteral("Vest"));
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 112); // Timiș
        f.regionId = 0;
        f.legalForm = LegalForm::Foundation;
        f.text = QStringLiteral("organizatia");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 225);
        OrganizationRepository repo(m_db->connection());
        f = {};
        for (const Domain &d : repo.domains()) {
            if (d.name == QLatin1String("Voluntariat"))
                f.domainId = d.id;
        }
        QVERIFY(f.domainId > 0);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 45);
        QCOMPARE(model.index(0, OrganizationTableModel::Domains).data().toString(),
                 QStringLiteral("Voluntariat"));
        f = {};
        f.status = RegistryStatus::Dissolved;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }

    // Issue 15: an unknown county is a filter of its own and reads "undetermined"; the kind
    // separates the NGOs from the associative structures of local authorities.
    void filtersUndeterminedCountyAndKind()
    {
        OrganizationTableModel model(m_db->connection());
        test::checkWithTester(&model);
        OrganizationFilter f;
        f.countyId = OrganizationFilter::undeterminedCounty;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, OrganizationTableModel::County),
                 QStringList(4, undeterminedCountyName()));
        QCOMPARE(column(model, OrganizationTableModel::Region),
                 QStringList(4, undeterminedCountyName()));
        QVERIFY(model.index(0, OrganizationTableModel::County)
                    .data(OrganizationTableModel::RawValueRole)
                    .isNull());
        f = {};
        f.kind = OrganizationKind::AssociativeStructure;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 4);
        f.kind = OrganizationKind::Ngo;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), generated + 6);
        f.kind = OrganizationKind::OtherPartner;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }

    void rowOfIdFollowsSortAndFilter()
    {
        OrganizationTableModel model(m_db->connection());
        for (int column :
             {int(OrganizationTableModel::Name), int(OrganizationTableModel::County),
              int(OrganizationTableModel::Region), int(OrganizationTableModel::Locality)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                for (int row : {0, 5, 199, 200, 201, 333, model.rowCount() - 1}) {
                    const qint64 id = model.idAt(row);
                    QCOMPARE(model.rowOfId(id), row);
                }
            }
        }
        OrganizationFilter f;
        f.text = QStringLiteral("zori");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(model.idAt(0)), 0);
        QCOMPARE(model.rowOfId(model.idAt(0) + 100000), -1);
    }

    void refreshShowsNewRows()
    {
        OrganizationTableModel model(m_db->connection());
        const int before = model.rowCount();
        const Geography g = Geography::load(m_db->connection());
        Organization o;
        o.name = QStringLiteral("Noua");
        o.countyId = *g.findCounty(QStringLiteral("B"));
        OrganizationRepository repo(m_db->connection());
        const qint64 id = *repo.add(o);
        QCOMPARE(model.rowCount(), before);
        model.refresh();
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOfId(id) >= 0);
        QCOMPARE(model.index(model.rowOfId(id), OrganizationTableModel::Name).data().toString(),
                 QStringLiteral("Noua"));
        QVERIFY(repo.remove(id));
        model.refresh();
        QCOMPARE(model.rowCount(), before);
    }

    // A filter with more matches than the count's step shows that many rows at once, not
    // exact, then every match counted on a worker thread a moment later; each row is a match.
    void aFilterWithManyMatchesIsCountedInTwoSteps()
    {
        OrganizationTableModel model(m_db->connection());
        model.setCountStep(100);
        QSignalSpy counted(&model, &OrganizationTableModel::rowCountChanged);
        OrganizationFilter foundations;
        foundations.legalForm = LegalForm::Foundation;
        model.setFilter(foundations);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(!model.isCountExact());
        QVERIFY(model.canFetchMore({}));
        QTRY_VERIFY(model.isCountExact());
        QCOMPARE(model.rowCount(), generated / 2);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(counted.size(), 2);
        QCOMPARE(counted.last().first().toInt(), generated / 2);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, OrganizationTableModel::LegalForm)
                         .data(OrganizationTableModel::RawValueRole)
                         .toString(),
                     QStringLiteral("foundation"));
            ids.insert(model.idAt(row));
        }
        QCOMPARE(ids.size(), generated / 2);
        QVERIFY(!ids.contains(0));
        // A filter with fewer matches than the step is counted exactly at once.
        OrganizationFilter alba;
        alba.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("AB"));
        model.setFilter(alba);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.isCountExact());
    }

    // Scrolling to the last row counted adds the next step (fetchMore, what a view calls at the
    // end of its rows, done when the event loop runs); a row to select beyond them is counted
    // up to at once.
    void theCountGrowsAsTheViewAsks()
    {
        OrganizationFilter foundations;
        foundations.legalForm = LegalForm::Foundation;
        OrganizationTableModel whole(m_db->connection());
        whole.setFilter(foundations);
        QVERIFY(whole.isCountExact());

        OrganizationTableModel model(m_db->connection());
        model.setCountStep(100);
        model.setFilter(foundations);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        model.fetchMore({}); // asked again before the first is done: one step
        QTRY_COMPARE(model.rowCount(), 200);
        QVERIFY(!model.isCountExact());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 100);
        QCOMPARE(inserted.first().at(2).toInt(), 199);
        const qint64 beyond = whole.idAt(210);
        QCOMPARE(model.rowOfId(beyond), 210);
        model.countUpTo(210);
        QCOMPARE(model.rowCount(), 211);
        QVERIFY(!model.isCountExact());
        QCOMPARE(model.idAt(210), beyond);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), generated / 2);
        QVERIFY(model.isCountExact());
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), whole.idAt(row));
        // The count started for the filter finds the work done and changes nothing.
        QTest::qWait(400);
        QCOMPARE(model.rowCount(), generated / 2);
    }

    // Under the model tester (which fetches more after each reset), through two filters typed
    // one after the other: the last one is counted whole, and stays so.
    void theLastFilterIsCountedUnderTheTester()
    {
        OrganizationTableModel model(m_db->connection());
        model.setCountStep(40);
        test::checkWithTester(&model);
        OrganizationFilter foundations;
        foundations.legalForm = LegalForm::Foundation;
        model.setFilter(foundations);
        QVERIFY(model.rowCount() >= 40);
        OrganizationFilter volunteering;
        volunteering.volunteering = true;
        model.setFilter(volunteering);
        QTRY_VERIFY(model.isCountExact());
        QCOMPARE(model.rowCount(), generated / 3);
        QTest::qWait(400);
        QCOMPARE(model.rowCount(), generated / 3);
        QVERIFY(model.isCountExact());
    }

    // The whole table's count, which the page's status line shows at every key typed, is
    // counted once and again after a refresh (a change in the database).
    void theTotalIsCountedAgainAfterARefresh()
    {
        OrganizationTableModel model(m_db->connection());
        const qint64 total = model.totalCount();
        QCOMPARE(total, qint64(generated + 6 + 4));
        Organization o;
        o.name = QStringLiteral("Noua");
        o.countyId = *Geography::load(m_db->connection()).findCounty(QStringLiteral("B"));
        QVERIFY(OrganizationRepository(m_db->connection()).add(o));
        OrganizationFilter f;
        f.text = QStringLiteral("noua");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), total);
        model.refresh();
        QCOMPARE(model.totalCount(), total + 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void displaysTranslatableValuesAndRawValues()
    {
        OrganizationTableModel model(m_db->connection());
        OrganizationFilter f;
        f.text = QStringLiteral("organizatia 0001");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OrganizationTableModel::LegalForm)
                     .data(OrganizationTableModel::RawValueRole)
                     .toString(),
                 QStringLiteral("foundation"));
        QCOMPARE(model.index(0, OrganizationTableModel::LegalForm).data().toString(),
                 QStringLiteral("foundation"));
        QCOMPARE(model.index(0, OrganizationTableModel::Region).data().toString(),
                 QStringLiteral("Nord-Est"));
        QCOMPARE(model.headerData(OrganizationTableModel::Cif, Qt::Horizontal).toString(),
                 QStringLiteral("CIF"));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationTableModel)
#include "tst_organizationtablemodel.moc"

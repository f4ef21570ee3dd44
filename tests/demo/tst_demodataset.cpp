#include "DatabaseTest.h"
#include "demo/DemoDataset.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

namespace {

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("query failed: ") + sql};
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// The demo's invented records that point to an organization: none is given by a seed.
const QString inventedRecordOrganizations =
    QStringLiteral("SELECT organization_id FROM body_member WHERE organization_id IS NOT NULL "
                   "UNION SELECT organization_id FROM funding_award "
                   "UNION SELECT author_org_id FROM recommendation WHERE author_org_id IS NOT NULL "
                   "UNION SELECT debate_requester_org_id FROM draft_act WHERE "
                   "debate_requester_org_id IS NOT NULL");

} // namespace

// The demo dataset lands whole or not at all: it was several transactions, and a `demo` stopped
// part way (killed, a full disk) left 1 body, 13 members and no awards.
class TestDemoDataset final : public test::EmptyDatabaseTest
{
    Q_OBJECT

    // Loads the demo into the test function's database; false (its error in a warning) when it
    // fails.
    bool loadDemo() const
    {
        const Result<DemoSummary> summary = DemoDataset::load(m_db->connection());
        if (!summary)
            qWarning("%s", qPrintable(summary.error()));
        return summary.ok();
    }

private Q_SLOTS:
    void failureInTheLastStepLeavesNothing()
    {
        QSqlDatabase db = m_db->connection();
        const int organizations =
            test::scalar(db, QStringLiteral("SELECT count(*) FROM organization"));
        QVERIFY(test::refuseInserts(db, QStringLiteral("funding_award"),
                                    QStringLiteral("the disk is full (test)")));
        const Result<DemoSummary> summary = DemoDataset::load(db);
        QVERIFY(!summary);
        QVERIFY2(summary.error().contains(QLatin1String("the disk is full (test)")),
                 qPrintable(summary.error()));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM organization")),
                 organizations);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM program")), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM consultative_body")), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM body_member")), 0);
    }

    void demoLoadsWhole()
    {
        const Result<DemoSummary> summary = DemoDataset::load(m_db->connection());
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->organizationsAdded, 27); // the 20 promoters of seed 004 and 7 fictitious
        QVERIFY(test::scalar(m_db->connection(),
                             QStringLiteral("SELECT count(*) FROM funding_award")) > 0);
    }

    // Issue 15: a seat, an award, a recommendation or a debate request that no seed gives never
    // belongs to a real organization: only to the demo's fictitious ones, marked "(fictiv)".
    void inventedRecordsBelongToFictitiousOrganizations()
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(loadDemo());
        const QStringList names = column(
            db, QStringLiteral("SELECT name FROM organization WHERE id IN (%1) ORDER BY name")
                    .arg(inventedRecordOrganizations));
        QCOMPARE(names.size(), 7);
        for (const QString &name : names) {
            QVERIFY2(name.endsWith(QLatin1String(" (fictiv)")), qPrintable(name));
            QCOMPARE(
                column(db,
                       QStringLiteral("SELECT notes FROM organization WHERE name = '%1'").arg(name))
                    .value(0),
                QStringLiteral(
                    "Organizație fictivă a datelor demonstrative: nu există; poartă înregistrările "
                    "inventate ale demo-ului."));
        }
        // Every real organization is there because a seed names it: a partner of the 2021 edition.
        QCOMPARE(column(db, QStringLiteral(
                                "SELECT name FROM organization WHERE name NOT LIKE '%(fictiv)' "
                                "AND id NOT IN (SELECT organization_id FROM partnership)")),
                 QStringList());
    }

    // Seed 000: decision 232 of 9 September 1998, 13 members, 2 years, met several times. Nothing
    // else is known, so nothing else is recorded: no members, no meetings, no end date.
    void councilOf1998KeepsOnlyWhatTheSeedSays()
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(loadDemo());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, act_number, act_date, mandate_months, quorum, "
                                      "secretariat_institution_id, dissolved_on, notes "
                                      "FROM consultative_body WHERE act_number = '232'")));
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        QCOMPARE(q.value(2).toString(), QStringLiteral("1998-09-09"));
        QCOMPARE(q.value(3).toInt(), 24);
        QVERIFY(q.value(4).isNull());
        QVERIFY(q.value(5).isNull());
        QVERIFY(q.value(6).isNull());
        QVERIFY2(q.value(7).toString().startsWith(
                     QLatin1String("13 membri (conform deciziei Prim-ministrului nr. 232/1998)")),
                 qPrintable(q.value(7).toString()));
        QCOMPARE(
            test::scalar(
                db, QStringLiteral("SELECT count(*) FROM body_member WHERE body_id = %1").arg(id)),
            0);
        QCOMPARE(
            test::scalar(
                db, QStringLiteral("SELECT count(*) FROM body_meeting WHERE body_id = %1").arg(id)),
            0);
    }

    // A county only where the organization's own name gives its seat; the others stay unknown,
    // and no record says "to be checked" any more.
    void countiesOnlyWhereTheNameGivesThem()
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(loadDemo());
        QCOMPARE(column(db, QStringLiteral(
                                "SELECT o.name || ' ' || c.code FROM organization o JOIN county c "
                                "ON c.id = o.county_id WHERE o.name NOT LIKE '%(fictiv)' ORDER BY "
                                "o.name_sort")),
                 (QStringList{
                     QStringLiteral(u"Asociația Centrul Român pentru Comunicare Filiala Gorj GJ"),
                     QStringLiteral(u"Asociația pentru Protecția Consumatorilor Botoșani BT"),
                     QStringLiteral(u"Asociația Societatea de Salvare București B"),
                     QStringLiteral(u"Centrul de Voluntariat Cluj-Napoca CJ"),
                     QStringLiteral(u"Comitetul Național Român pentru Drepturile Copilului - "
                                    u"Filiala Constanța CT")}));
        // 15 promoters and the 4 associative structures of local authorities: county unknown.
        QCOMPARE(test::scalar(db, QStringLiteral(
                                      "SELECT count(*) FROM organization WHERE county_id IS NULL")),
                 19);
        QCOMPARE(
            test::scalar(
                db, QStringLiteral(
                        "SELECT count(*) FROM organization WHERE notes LIKE '%de verificat%'")),
            0);
    }

    // A demo database made before: the county guessed then (with its "to be checked" note) is
    // withdrawn when the demo runs again, and the organization is not added a second time.
    void demoAgainWithdrawsAnOldGuessedCounty()
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(DemoDataset::load(db));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE organization SET county_id = 10, notes = 'Județul "
                                      "este dedus din regiunile pentru care a "
                                      "co-organizat videoconferințe; de verificat.' WHERE name = "
                                      "'Habitat for Humanity România'")));
        const Result<DemoSummary> again = DemoDataset::load(db);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->organizationsAdded, 0);
        QCOMPARE(again->organizationsUpdated, 1);
        QCOMPARE(test::scalar(
                     db, QStringLiteral(
                             "SELECT count(*) FROM organization WHERE name = 'Habitat for Humanity "
                             "România' AND county_id IS NULL AND notes IS NULL")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"

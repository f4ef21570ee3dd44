#include "TestDatabase.h"
#include "demo/DemoDataset.h"

#include <QSqlQuery>
#include <QTest>

using namespace dc;

namespace {

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

// The demo dataset lands whole or not at all: it was several transactions, and a `demo` stopped
// part way (killed, a full disk) left 1 body, 13 members and no awards.
class TestDemoDataset final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureInTheLastStepLeavesNothing()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QSqlDatabase db = t.connection();
        const int organizations = scalar(db, QStringLiteral("SELECT count(*) FROM organization"));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("CREATE TRIGGER no_awards BEFORE INSERT ON funding_award "
                                  "BEGIN SELECT RAISE(ABORT, 'the disk is full (test)'); END")));
        const Result<DemoSummary> summary = DemoDataset::load(db);
        QVERIFY(!summary);
        QVERIFY2(summary.error().contains(QLatin1String("the disk is full (test)")),
                 qPrintable(summary.error()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organization")), organizations);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM program")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM consultative_body")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM body_member")), 0);
    }

    void demoLoadsWhole()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const Result<DemoSummary> summary = DemoDataset::load(t.connection());
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->organizationsAdded, 20);
        QVERIFY(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM funding_award")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"

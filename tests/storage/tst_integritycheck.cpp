// The background check of a database too large to be checked while it is opened: it reports a
// whole file as whole and a damaged one with SQLite's words, reads without writing, and can be
// abandoned while it runs.

#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace dc;

// No server twin (DIALOGCIVIC_NO_SERVER_TWIN): SQLite's check of a file's pages; `db check` on a
// server is tested in tst_databaseserver.
class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeFileIsReportedWhole()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        IntegrityCheck check(path);
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        check.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QString());
    }

    void damagedFileIsReportedAndLeftAsItWas()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        QVERIFY(test::damageDatabase(path));
        const QByteArray before = test::fileSha256(path);
        IntegrityCheck check(path);
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        check.start();
        check.start(); // a second start does nothing
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        const QString problem = finished.at(0).at(0).toString();
        QVERIFY2(!problem.isEmpty(), "the damage was not found");
        QCOMPARE(IntegrityCheck::run(path), problem);
        QCOMPARE(test::fileSha256(path), before);
    }

    // The window closes, or opens another file, while a large file is being checked: the check
    // is interrupted and says nothing afterwards.
    void abandonedCheckStopsAndSaysNothing()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        QVERIFY(test::growDatabase(path, Database::checkAtOpenBytes));
        auto check = std::make_unique<IntegrityCheck>(path);
        QSignalSpy finished(check.get(), &IntegrityCheck::finished);
        check->start();
        check.reset();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }

    void missingFileIsAProblemNotACrash()
    {
        QVERIFY(!IntegrityCheck::run(QStringLiteral("/nonexistent/folder/x.sqlite")).isEmpty());
    }

    // Database::markChecked() with the background check's result: the connection refuses writes
    // from then on.
    void damageFoundLaterMakesTheDatabaseReadOnly()
    {
        test::TestDatabase t;
        const QString path = t.path();
        t.close();
        QVERIFY(test::growDatabase(path, Database::checkAtOpenBytes));
        QVERIFY(test::damageDatabase(path));
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &database = *opened.value();
        QVERIFY(database.isCheckPending());
        const QString problem = IntegrityCheck::run(path);
        QVERIFY(!problem.isEmpty());
        database.markChecked(problem);
        QVERIFY(database.isDamaged());
        QVERIFY(database.isReadOnly());
        QVERIFY(!database.isCheckPending());
        QVERIFY(database.warnings().join(QLatin1Char(' ')).contains(problem));
        QSqlQuery q(database.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM domain")));
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"

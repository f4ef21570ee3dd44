#include "TestDatabase.h"

#include "app/PreferencesDialog.h"
#include "transparency/ReportStatus.h"

#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QStandardPaths>
#include <QTest>

using namespace dc;

// Edit > Preferences… sets the deadline of the annual reports in the open database, so that every
// workstation of that database counts lateness alike; without a database there is nothing to set.
class TestPreferencesDeadline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theDeadlineIsKeptInTheDatabase()
    {
        test::TestDatabase t;
        {
            PreferencesDialog dialog(nullptr, t.connection());
            QCOMPARE(dialog.deadlineEdit()->date().month(), 5); // 15 May by default
            QCOMPARE(dialog.deadlineEdit()->date().day(), 15);
            dialog.deadlineEdit()->setDate(QDate(2024, 3, 1));
            dialog.accept();
        }
        QCOMPARE(ReportStatus::deadlineDayMonth(t.connection()), QStringLiteral("03-01"));
        QCOMPARE(ReportStatus::deadlineOf(t.connection(), 2025), QDate(2026, 3, 1));
        PreferencesDialog again(nullptr, t.connection());
        QCOMPARE(again.deadlineEdit()->date(), QDate(2024, 3, 1));
    }

    void withoutADatabaseTheDeadlineCannotBeSet()
    {
        PreferencesDialog dialog;
        QVERIFY(!dialog.deadlineEdit()->isEnabled());
    }
};

QTEST_MAIN(TestPreferencesDeadline)
#include "tst_preferencesdeadline.moc"

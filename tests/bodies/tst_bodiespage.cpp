#include "PageTest.h"
#include "Windows.h"

#include "bodies/BodiesPage.h"
#include "bodies/BodyMeetingTableModel.h"
#include "bodies/BodyMemberTableModel.h"
#include "bodies/BodyTableModel.h"
#include "demo/DemoDataset.h"

#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dc;

// The consultative bodies page on the demo database, driven as a user would: choosing a body
// shows its members, meetings and warnings.
class TestBodiesPage final : public test::PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void choosingABodyShowsMembersMeetingsAndWarnings()
    {
        // On 2026-12-15 the FSC mandate has ended unrenewed and four mandates end within 90 days.
        BodiesPage page(context(), nullptr, QDate(2026, 12, 15));
        QCOMPARE(page.key(), QStringLiteral("bodies"));
        QCOMPARE(page.statusText(), QStringLiteral("2 consultative body(ies)"));
        QVERIFY(test::showAt(page, {1500, 860}));
        const int row = rowOf(page.view(), BodyTableModel::Name,
                              QStringLiteral("Grupul de lucru pentru voluntariat (fictiv)"));
        QVERIFY(row >= 0);
        test::clickCell(page.view(), row, BodyTableModel::Name);
        QCOMPARE(page.view()->currentIndex().row(), row);
        QCOMPARE(page.members()->rowCount(), 7);
        QCOMPARE(page.meetings()->rowCount(), 2);
        const QString record = page.record()->text();
        QVERIFY2(record.contains(QLatin1String("The mandate ended on 30.06.2026")),
                 qPrintable(record));
        QVERIFY(record.contains(QLatin1String("below the quorum of 5")));
        QVERIFY(record.contains(QLatin1String("Mandates ending in the next 90 days")));
        QVERIFY(record.contains(QLatin1String("Laura Demonstrativ (fictiv)")));
        QVERIFY(record.contains(QLatin1String("Secretariat: Ministerul Exemplului (fictiv)")));

        // Keyboard: Up goes to the 1998 council, history without warnings.
        page.view()->setFocus();
        QTest::keyClick(page.view(), row == 0 ? Qt::Key_Down : Qt::Key_Up);
        // Seed 000 names none of its 13 members and dates none of its meetings (issue 15).
        QCOMPARE(page.members()->rowCount(), 0);
        QCOMPARE(page.meetings()->rowCount(), 0);
        QVERIFY(page.record()->text().contains(QLatin1String("(the date it ended is not known)")));
        QVERIFY(!page.record()->text().contains(QLatin1String("Warnings")));
        // Issue 15: "dissolved from 09.09.1998 until 09.09.2000" was glued from pieces; the
        // dates are said in one sentence ("set up on ..., dissolved on ...").
        QVERIFY2(!page.record()->text().contains(QLatin1String(" until ")),
                 qPrintable(page.record()->text()));
        QVERIFY(!page.record()->text().contains(QLatin1String("dissolved from")));
        QVERIFY(
            page.record()->text().contains(QLatin1String("Founding act: no. 232 of 09.09.1998")));
    }
};

QTEST_MAIN(TestBodiesPage)
#include "tst_bodiespage.moc"

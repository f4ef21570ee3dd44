// Deleting from the programs pages through the undo stack: an event from the edition page and from
// the calendar's day panel, a partner and an indicator; Undo puts each back under the SAME id (an
// event also with its UID, regions, co-organizers and attendance).

#include "PageTest.h"
#include "common/Dialogs.h"
#include "demo/DemoDataset.h"
#include "programs/CalendarListModel.h"
#include "programs/CalendarPage.h"
#include "programs/EditionPage.h"
#include "programs/EventRepository.h"
#include "programs/EventTableModel.h"
#include "programs/IndicatorRepository.h"
#include "programs/IndicatorTableModel.h"
#include "programs/PartnershipRepository.h"
#include "programs/PartnershipTableModel.h"

#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace dc;

class TestEventDeletes final : public test::PageTest
{
    Q_OBJECT

private:
    static void compareEvents(const Event &a, const Event &b)
    {
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.uid, b.uid);
        QCOMPARE(a.date, b.date);
        QCOMPARE(a.regionIds, b.regionIds);
        QCOMPARE(a.coorganizerIds, b.coorganizerIds);
        QCOMPARE(a.attendeeIds, b.attendeeIds);
    }

    // Selects @p row of @p view and deletes its record through @p remove (answering Yes): the
    // record is gone from its Repository, and undo brings it back as it was, under its id.
    template <typename Repository>
    void removeAndUndo(QTableView *view, int row, int idRole, const std::function<void()> &remove)
    {
        view->selectRow(row);
        const qint64 id = view->currentIndex().data(idRole).toLongLong();
        const auto before = Repository(m_db->connection()).find(id);
        QVERIFY(before);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        remove();
        QVERIFY(!Repository(m_db->connection()).find(id));
        m_undo.undo();
        const auto after = Repository(m_db->connection()).find(id);
        QVERIFY(after);
        QCOMPARE(after->toJson(), before->toJson());
    }

private Q_SLOTS:
    void anEventDeletedOnTheEditionPageComesBackUnderItsId()
    {
        EditionPage page(context());
        page.eventView()->selectRow(6);
        const qint64 id =
            page.eventView()->currentIndex().data(EventTableModel::IdRole).toLongLong();
        EventRepository events(m_db->connection());
        const std::optional<Event> before = events.find(id);
        QVERIFY(before);
        QVERIFY(!before->coorganizerIds.isEmpty());
        const int rows = page.eventModel()->rowCount();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        page.removeEvent();
        QVERIFY2(Dialogs::lastMessage().contains(QLatin1String("co-organizers")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(!events.find(id));
        QCOMPARE(page.eventModel()->rowCount(), rows - 1);
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        const std::optional<Event> back = events.find(id);
        QVERIFY(back);
        compareEvents(*back, *before);
        QCOMPARE(page.eventModel()->rowCount(), rows);
        m_undo.redo();
        QVERIFY(!events.find(id));
        m_undo.undo();
        QVERIFY(events.find(id));
    }

    void anEventDeletedOnTheCalendarComesBackUnderItsId()
    {
        CalendarPage page(context());
        EventRepository events(m_db->connection());
        const CalendarEntry first = events.calendar({}).first();
        page.showDate(first.date);
        QVERIFY(page.dayList()->currentItem());
        const qint64 id = page.dayList()->currentItem()->data(Qt::UserRole).toLongLong();
        const std::optional<Event> before = events.find(id);
        QVERIFY(before);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(page.deleteSelectedEvent());
        QVERIFY(!events.find(id));
        QCOMPARE(page.monthModel()->rowOfId(id), -1);
        m_undo.undo();
        const std::optional<Event> back = events.find(id);
        QVERIFY(back);
        compareEvents(*back, *before);
        QVERIFY(page.monthModel()->rowOfId(id) >= 0);
        // Answering No deletes nothing.
        page.showDate(first.date);
        Dialogs::setNextAnswer(QMessageBox::No);
        QVERIFY(!page.deleteSelectedEvent());
        QVERIFY(events.find(id));
    }

    void aPartnerAndAnIndicatorComeBackUnderTheirIds()
    {
        EditionPage page(context());
        removeAndUndo<PartnershipRepository>(page.partnerView(), 2, PartnershipTableModel::IdRole,
                                             [&] { page.removePartner(); });
        if (QTest::currentTestFailed())
            return;
        removeAndUndo<IndicatorRepository>(page.indicatorView(), 1, IndicatorTableModel::IdRole,
                                           [&] { page.removeIndicator(); });
    }
};

QTEST_MAIN(TestEventDeletes)
#include "tst_eventdeletes.moc"

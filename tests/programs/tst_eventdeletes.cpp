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
        page.partnerView()->selectRow(2);
        const qint64 partner =
            page.partnerView()->currentIndex().data(PartnershipTableModel::IdRole).toLongLong();
        const std::optional<Partnership> partnership =
            PartnershipRepository(m_db->connection()).find(partner);
        QVERIFY(partnership);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        page.removePartner();
        QVERIFY(!PartnershipRepository(m_db->connection()).find(partner));
        m_undo.undo();
        QVERIFY(PartnershipRepository(m_db->connection()).find(partner));
        QCOMPARE(PartnershipRepository(m_db->connection()).find(partner)->toJson(),
                 partnership->toJson());

        page.indicatorView()->selectRow(1);
        const qint64 indicator =
            page.indicatorView()->currentIndex().data(IndicatorTableModel::IdRole).toLongLong();
        const std::optional<Indicator> before =
            IndicatorRepository(m_db->connection()).find(indicator);
        QVERIFY(before);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        page.removeIndicator();
        QVERIFY(!IndicatorRepository(m_db->connection()).find(indicator));
        m_undo.undo();
        QVERIFY(IndicatorRepository(m_db->connection()).find(indicator));
        QCOMPARE(IndicatorRepository(m_db->connection()).find(indicator)->toJson(),
                 before->toJson());
    }
};

QTEST_MAIN(TestEventDeletes)
#include "tst_eventdeletes.moc"

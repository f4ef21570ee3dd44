#include "PageTest.h"
#include "common/Dialogs.h"
#include "demo/DemoDataset.h"
#include "programs/CalendarListModel.h"
#include "programs/CalendarPage.h"
#include "programs/EditionPage.h"
#include "programs/EventDialog.h"
#include "programs/EventRepository.h"
#include "programs/EventTableModel.h"
#include "programs/IndicatorTableModel.h"
#include "programs/PartnershipTableModel.h"
#include "programs/ProgramRepository.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace dc;

// The edition page and the calendar page on the demo data, offscreen. (Their pictures:
// tests/shots.)
class TestProgramPages final : public test::PageTest
{
    Q_OBJECT

    void prepare() override
    {
        // Some variety of status for the colours: one planned, one postponed.
        EventRepository events(m_db->connection());
        for (const auto &[number, status] :
             {std::pair{12, EventStatus::Planned}, std::pair{13, EventStatus::Postponed}}) {
            const qint64 edition =
                *ProgramRepository(m_db->connection())
                     .findEditionId(*ProgramRepository(m_db->connection())
                                         .findIdByName(QStringLiteral(
                                             u"Programul Promotorii Voluntariatului în România")),
                                    2);
            Event e = *events.find(*events.findId(edition, EventKind::Videoconference, number));
            e.status = status;
            QVERIFY(events.update(e));
        }
    }

private Q_SLOTS:
    void editionPageShowsEventsPartnersAndIndicatorsTogether()
    {
        EditionPage page(context());
        QVERIFY(page.currentEdition() > 0);
        // Alphabetical: Programul Promotorii... first, its only edition.
        QCOMPARE(page.eventModel()->rowCount(), 14);
        QCOMPARE(page.partnerModel()->rowCount(), 24);
        QCOMPARE(page.indicatorModel()->rowCount(), 5);
        QVERIFY(page.eventDetail()->toPlainText().contains(QStringLiteral("Habitat for Humanity")));
        page.eventView()->selectRow(6);
        QVERIFY(page.eventDetail()->toPlainText().contains(QStringLiteral("Asociația Kogayon")));
        // Issue 15: the themes are the series', shown from the edition; the closing's note.
        QVERIFY(page.eventDetail()->toPlainText().contains(
            QStringLiteral("Optimizarea parteneriatului")));
        page.eventView()->selectRow(13);
        QVERIFY2(page.eventDetail()->toPlainText().contains(
                     QStringLiteral("5 decembrie 2021, o duminică")),
                 qPrintable(page.eventDetail()->toPlainText()));
        page.eventView()->selectRow(6);
        QVERIFY(page.statusText().contains(QLatin1String("14")));

        const qint64 sipoca =
            *ProgramRepository(m_db->connection())
                 .findEditionId(*ProgramRepository(m_db->connection())
                                     .findIdByName(QStringLiteral(
                                         u"Societatea civilă dezvoltă politici publice")),
                                1);
        page.showEdition(sipoca);
        QCOMPARE(page.indicatorModel()->rowCount(), 18);
        QCOMPARE(page.eventModel()->rowCount(), 0);
        QVERIFY(page.eventDetail()->toPlainText().isEmpty());

        page.reload();
        QCOMPARE(page.currentEdition(), sipoca);
        page.showEdition(0);
        page.eventView()->selectRow(7);
    }

    void editionPageExportsTheCalendar()
    {
        EditionPage page(context());
        const QString path = m_db->filePath(QStringLiteral("edition.ics"));
        Dialogs::setNextFileName(path);
        QSignalSpy notices(&page, &Page::notice);
        page.exportCalendar();
        QVERIFY(QFile::exists(path));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(QLatin1String("14")));
    }

    void calendarPageShowsTheMonthAndTheDay()
    {
        CalendarPage page(context());
        page.showDate(QDate(2021, 9, 8));
        QCOMPARE(page.monthModel()->rowCount(), 2); // 8 and 22 September
        QCOMPARE(page.dayList()->count(), 1);
        QVERIFY(page.dayList()->item(0)->text().contains(QLatin1String("Videoconference no. 8")));
        QVERIFY(page.calendar()->dateTextFormat(QDate(2021, 9, 22)).background().color().isValid());
        page.showDate(QDate(2021, 9, 9));
        QCOMPARE(page.dayList()->count(), 1);
        QVERIFY(
            !(page.dayList()->item(0)->flags() & Qt::ItemIsEnabled)); // "No events on this day."
        page.showDate(QDate(2021, 11, 3));
        QCOMPARE(page.monthModel()->rowCount(), 2);
        page.tabs()->setCurrentIndex(1);
    }

    void movingAnEventIsUndoableAndWarnsOfConflicts()
    {
        CalendarPage page(context());
        page.showDate(QDate(2021, 10, 6)); // videoconference 10, S-V Oltenia
        QSignalSpy notices(&page, &Page::notice);
        // 27 July holds videoconference 7 for S-E and S-V Oltenia: a warning, not a refusal.
        QVERIFY(page.moveSelectedEvent(QDate(2021, 7, 27)));
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().first().toString().contains(QLatin1String("Sud-Vest Oltenia")),
                 qPrintable(notices.first().first().toString()));
        QCOMPARE(page.selectedDate(), QDate(2021, 7, 27));
        QCOMPARE(page.dayList()->count(), 2);
        CalendarQuery q;
        q.from = q.to = QDate(2021, 10, 6);
        QVERIFY(EventRepository(m_db->connection()).calendar(q).isEmpty());
        m_undo.undo();
        QCOMPARE(EventRepository(m_db->connection()).calendar(q).size(), 1);
        m_undo.redo();
        QVERIFY(EventRepository(m_db->connection()).calendar(q).isEmpty());

        // Outside the edition's year (its period is unknown): since issue 15 a warning, not a
        // refusal.
        page.showDate(QDate(2021, 7, 27));
        notices.clear();
        QVERIFY(page.moveSelectedEvent(QDate(2022, 1, 10)));
        QCOMPARE(m_undo.count(), 2);
        QVERIFY2(notices.last().first().toString().contains(QLatin1String("outside")),
                 qPrintable(notices.last().first().toString()));
        m_undo.undo();
        QCOMPARE(m_undo.count(), 2);

        page.setReadOnly(true);
        QVERIFY(!page.moveSelectedEvent(QDate(2021, 7, 28)));
    }

    // The undo of a move over a move someone else made since: nothing written, the page tells the
    // day they chose, their day kept, the undo dropped.
    void anUndoneMoveOverSomeoneElsesMoveWritesNothing()
    {
        CalendarQuery q;
        q.from = q.to = QDate(2021, 10, 6); // videoconference 10, S-V Oltenia
        const auto entries = EventRepository(m_db->connection()).calendar(q);
        QCOMPARE(entries.size(), 1);
        const qint64 id = entries.first().eventId;
        CalendarPage page(context());
        page.showDate(QDate(2021, 10, 6));
        QSignalSpy notices(&page, &Page::notice);
        QVERIFY(page.moveSelectedEvent(QDate(2021, 7, 27)));
        QCOMPARE(m_undo.count(), 1);
        QVERIFY(EventRepository(m_db->connection()).move(id, QDate(2021, 8, 2)));
        notices.clear();

        m_undo.undo();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().first().toString().contains(
                     QStringLiteral("“2021-07-27” → “2021-08-02”")),
                 qPrintable(notices.first().first().toString()));
        QCOMPARE(EventRepository(m_db->connection()).find(id)->date, QDate(2021, 8, 2));
        QCOMPARE(m_undo.count(), 0);
    }

    void theEventFormOffersTheEditionsOfTheDay()
    {
        EventDialog dialog(m_db->connection(), QDate(2021, 10, 7));
        // SIPOCA 202 ended in 2019: the 2021 edition, and "no program" (seed 000).
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("edition"))->count(), 2);
        QCOMPARE(
            dialog.findChild<QComboBox *>(QStringLiteral("edition"))->currentData().toLongLong() >
                0,
            true);
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("organizer"))->isEnabled());
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("number"))->value(),
                 14); // the next videoconference
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("coorganizers"))->count(),
                 20);               // the promoters, not the associative structures
        QVERIFY(!dialog.canSave()); // a videoconference needs a region
        QVERIFY2(dialog.messages().contains(QLatin1String("Regions")),
                 qPrintable(dialog.messages()));
        dialog.checkRegion(4); // Sud-Vest Oltenia, like videoconference 10 the day before
        QVERIFY2(dialog.canSave(), qPrintable(dialog.messages()));
        dialog.findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate(2021, 10, 6));
        QVERIFY(dialog.canSave()); // a warning only
        QVERIFY2(dialog.messages().contains(QLatin1String("Sud-Vest Oltenia")),
                 qPrintable(dialog.messages()));
        dialog.findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate(2022, 1, 5));
        QVERIFY(dialog.canSave()); // issue 15: outside the edition's year, a warning only
        QVERIFY2(dialog.messages().contains(QLatin1String("outside")),
                 qPrintable(dialog.messages()));
        dialog.findChild<QDateEdit *>(QStringLiteral("date"))->setDate(QDate(2021, 10, 7));
        dialog.findChild<QSpinBox *>(QStringLiteral("number"))->setValue(3);
        QVERIFY(!dialog.canSave());
        dialog.findChild<QSpinBox *>(QStringLiteral("number"))->setValue(14);
        dialog.findChild<QCheckBox *>(QStringLiteral("timeKnown"))->setChecked(true);
        const Event e = dialog.event();
        QCOMPARE(e.kind, EventKind::Videoconference);
        QCOMPARE(e.regionIds, QList<int>{4});
        QCOMPARE(e.startTime, QTime(10, 0));

        // No edition runs in 2030: the event can only be one of no program.
        EventDialog empty(m_db->connection(), QDate(2030, 1, 1));
        QCOMPARE(empty.findChild<QComboBox *>(QStringLiteral("edition"))->count(), 1);
        QVERIFY(!empty.canSave()); // a videoconference needs a region
        QVERIFY(empty.messages().contains(QLatin1String("Regions")));
        empty.checkRegion(8);
        QVERIFY2(empty.canSave(), qPrintable(empty.messages()));
        QCOMPARE(empty.event().editionId, qint64(0));
    }

    void anEventOfNoProgramIsMadeInTheFormAndShownOnTheCalendar()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id FROM organization WHERE name = 'Centrul de Voluntariat FSC'")));
        QVERIFY(q.next());
        const qint64 fsc = q.value(0).toLongLong();
        CalendarPage page(context());
        page.showDate(QDate(2021, 12, 6)); // the closing event's day
        EventDialog dialog(m_db->connection(), QDate(2021, 12, 6));
        auto *organizer = dialog.findChild<QComboBox *>(QStringLiteral("organizer"));
        auto *coorganizers = dialog.findChild<QListWidget *>(QStringLiteral("coorganizers"));
        QVERIFY(!organizer->isEnabled());
        dialog.setNoProgram();
        QVERIFY(organizer->isEnabled());
        QVERIFY(coorganizers->isHidden()); // no partners of an edition to choose from
        QCOMPARE(organizer->currentText(), QStringLiteral("The Service itself"));
        dialog.findChild<QComboBox *>(QStringLiteral("kind"))
            ->setCurrentIndex(dialog.findChild<QComboBox *>(QStringLiteral("kind"))
                                  ->findData(QStringLiteral("round-table")));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("number"))->value(), 1);
        QVERIFY2(dialog.canSave(), qPrintable(dialog.messages()));
        // Typing part of a name in the organizer's field chooses it.
        organizer->setFocus();
        organizer->lineEdit()->selectAll();
        QTest::keyClicks(organizer->lineEdit(), QStringLiteral("Centrul de Voluntariat FSC"));
        QTest::keyClick(organizer->lineEdit(), Qt::Key_Enter);
        QCOMPARE(organizer->currentText(), QStringLiteral("Centrul de Voluntariat FSC"));
        const Event e = dialog.event();
        QCOMPARE(e.editionId, qint64(0));
        QCOMPARE(e.organizerOrganizationId, fsc);
        QCOMPARE(e.organizerInstitutionId, qint64(0));
        QVERIFY(e.coorganizerIds.isEmpty());

        const qint64 id = page.addEvent(e);
        QVERIFY(id > 0);
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(page.dayList()->count(), 2);
        bool shown = false;
        for (int i = 0; i < page.dayList()->count(); ++i)
            shown |= page.dayList()->item(i)->text().contains(
                QLatin1String("Organized by Centrul de Voluntariat FSC"));
        QVERIFY(shown);

        // The form of the saved event keeps "no program" and the organizer.
        EventDialog edit(m_db->connection(), QDate(2021, 12, 6));
        edit.setEvent(*EventRepository(m_db->connection()).find(id));
        QCOMPARE(edit.event().editionId, qint64(0));
        QCOMPARE(edit.event().organizerOrganizationId, fsc);
        QVERIFY(!edit.canSave()); // nothing changed

        // Edited from the calendar's day panel, undoably.
        const Event before = *EventRepository(m_db->connection()).find(id);
        Event after = before;
        after.place = QStringLiteral("Palatul Victoria");
        QVERIFY(page.saveEvent(before, after));
        QCOMPARE(m_undo.count(), 2);
        QCOMPARE(EventRepository(m_db->connection()).find(id)->place,
                 QStringLiteral("Palatul Victoria"));
        m_undo.undo();
        QCOMPARE(EventRepository(m_db->connection()).find(id)->place, QString());
        m_undo.undo();
        QVERIFY(!EventRepository(m_db->connection()).find(id));
    }

    void creatingAnEventIsUndoableAndKeepsItsUid()
    {
        CalendarPage page(context());
        page.showDate(QDate(2021, 10, 7));
        EventDialog dialog(m_db->connection(), QDate(2021, 10, 7));
        dialog.checkRegion(4);
        const qint64 id = page.addEvent(dialog.event());
        QVERIFY(id > 0);
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(page.dayList()->count(), 1);
        EventRepository events(m_db->connection());
        const QString uid = events.find(id)->uid;
        m_undo.undo();
        QVERIFY(!events.find(id));
        QVERIFY(!(page.dayList()->item(0)->flags() & Qt::ItemIsEnabled));
        m_undo.redo();
        QCOMPARE(events.find(id)->uid, uid);
        QCOMPARE(page.dayList()->count(), 1);
        Event twice = dialog.event(); // the same number again: refused, not pushed
        QCOMPARE(page.addEvent(twice), 0);
        QCOMPARE(m_undo.count(), 1);
    }
};

QTEST_MAIN(TestProgramPages)
#include "tst_programpages.moc"

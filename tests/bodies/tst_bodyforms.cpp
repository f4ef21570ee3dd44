#include "PageTest.h"

#include "bodies/BodiesPage.h"
#include "bodies/BodyDialog.h"
#include "bodies/BodyMeetingDialog.h"
#include "bodies/BodyMemberDialog.h"
#include "bodies/BodyMemberTableModel.h"
#include "bodies/BodyRepository.h"
#include "bodies/BodyTableModel.h"
#include "common/Dialogs.h"
#include "demo/DemoDataset.h"
#include "registry/OrganizationRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dc;

// The editing forms of the bodies page on the demo database, driven as a user would: bodies,
// members and meetings added, edited and deleted as undoable commands; undo of a delete puts the
// record back under the same id with its children; warnings shown, not refused.
class TestBodyForms final : public test::PageTest
{
    Q_OBJECT

private:
    static QString joined(const QStringList &list) { return list.join(QLatin1Char('\n')); }

    static void selectMember(BodiesPage &page, qint64 id)
    {
        const QAbstractItemModel *model = page.memberView()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == id)
                page.memberView()->setCurrentIndex(model->index(r, 1));
        }
    }

    static int attendanceRows(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM body_meeting_attendance"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void bodyFormNamesTheField()
    {
        BodyDialog dialog(m_db->connection());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problems().contains(QStringLiteral("Name: required.")));
        QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Grupul de lucru test"));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(joined(dialog.problems())));
        QVERIFY(dialog.saveButton()->isEnabled());
        auto *status = field<QComboBox>(dialog, "status");
        // A dissolved body whose end date is not known can be saved (issue 15).
        status->setCurrentIndex(status->findData(int(BodyStatus::Dissolved)));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(joined(dialog.problems())));
        QVERIFY(dialog.saveButton()->isEnabled());
        // An existing name is refused, naming the field.
        const ConsultativeBody existing = BodyRepository(m_db->connection()).bodies().first();
        status->setCurrentIndex(status->findData(int(BodyStatus::Active)));
        field<QLineEdit>(dialog, "name")->setText(existing.name);
        QVERIFY(joined(dialog.problems()).startsWith(QStringLiteral("Name: a body named")));
    }

    void addEditDeleteBodyWithUndo()
    {
        auto *page = showInWindow<BodiesPage>();
        QVERIFY(page);
        BodyRepository repository(m_db->connection());
        const int before = int(repository.bodies().size());

        page->addBody();
        BodyDialog *dialog = page->bodyDialog();
        QVERIFY(dialog);
        QTest::keyClicks(field<QLineEdit>(*dialog, "name"), QStringLiteral("Grupul de lucru test"));
        field<QSpinBox>(*dialog, "quorum")->setValue(3);
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(repository.bodies().size(), before + 1);
        const qint64 id = *repository.findBodyIdByName(QStringLiteral("Grupul de lucru test"));
        QCOMPARE(page->currentBodyId(), id);
        m_undo.undo();
        QCOMPARE(repository.bodies().size(), before);
        m_undo.redo();
        QVERIFY(repository.body(id)); // the same id again

        // Edit: the form opens prefilled on Enter; unchanged, it cannot be saved.
        QVERIFY(page->selectBody(id));
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Return);
        dialog = page->bodyDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled());
        // A quorum above the serving members is a warning on the form, not a refusal.
        field<QSpinBox>(*dialog, "quorum")->setValue(5);
        QVERIFY(joined(dialog->warnings()).startsWith(QStringLiteral("Quorum:")));
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(repository.body(id)->quorum, std::optional<int>(5));
        m_undo.undo();
        QCOMPARE(repository.body(id)->quorum, std::optional<int>(3));
        m_undo.redo();
        QCOMPARE(repository.body(id)->quorum, std::optional<int>(5));
    }

    void deleteBodyUndoRestoresSameIdWithChildren()
    {
        auto *page = showInWindow<BodiesPage>();
        QVERIFY(page);
        const QSqlDatabase db = m_db->connection();
        BodyRepository repository(db);
        // The body with the most members.
        qint64 id = 0;
        for (const ConsultativeBody &b : repository.bodies()) {
            if (id == 0 || repository.members(b.id).size() > repository.members(id).size())
                id = b.id;
        }
        const QList<BodyMember> members = repository.members(id);
        const QList<BodyMeeting> meetings = repository.meetings(id);
        QVERIFY(!members.isEmpty());
        QVERIFY(!meetings.isEmpty());
        const int attendance = attendanceRows(db);
        QVERIFY(attendance > 0);

        QVERIFY(page->selectBody(id));
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QVERIFY(!repository.body(id));
        QVERIFY(repository.members(id).isEmpty());
        QVERIFY(attendanceRows(db) < attendance);

        m_undo.undo();
        QVERIFY(repository.body(id));
        QCOMPARE(page->currentBodyId(), id);
        const QList<BodyMember> restored = repository.members(id);
        QCOMPARE(restored.size(), members.size());
        for (int i = 0; i < members.size(); ++i)
            QCOMPARE(restored.at(i).toJson(), members.at(i).toJson());
        const QList<BodyMeeting> restoredMeetings = repository.meetings(id);
        QCOMPARE(restoredMeetings.size(), meetings.size());
        for (int i = 0; i < meetings.size(); ++i) {
            QCOMPARE(restoredMeetings.at(i).id, meetings.at(i).id);
            QCOMPARE(restoredMeetings.at(i).attendees, meetings.at(i).attendees);
        }
        QCOMPARE(attendanceRows(db), attendance);
        m_undo.redo();
        QVERIFY(!repository.body(id));
    }

    void memberFormAndEndMandate()
    {
        auto *page = showInWindow<BodiesPage>();
        QVERIFY(page);
        const QSqlDatabase db = m_db->connection();
        BodyRepository repository(db);
        page->selectRow(0);
        const qint64 bodyId = page->currentBodyId();
        const int before = int(repository.members(bodyId).size());

        page->addMember();
        BodyMemberDialog *dialog = page->memberDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(joined(dialog->problems()).startsWith(QStringLiteral("Organization:")));
        const OrganizationHit hit =
            OrganizationRepository(db).search(QStringLiteral("a"), 1).first();
        dialog->chooseOrganization(hit.name, hit.id);
        QTest::keyClicks(field<QLineEdit>(*dialog, "representative"),
                         QStringLiteral("Maria Ionescu"));
        // A mandate already ended is a warning that names the field; Save stays possible.
        field<QDateEdit>(*dialog, "mandateStart")->setDate(QDate(2020, 1, 1));
        field<QDateEdit>(*dialog, "mandateEnd")->setDate(QDate(2021, 12, 31));
        QVERIFY(joined(dialog->warnings()).startsWith(QStringLiteral("Mandate end:")));
        QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(joined(dialog->problems())));
        // An end before the start is refused, naming the field.
        field<QDateEdit>(*dialog, "mandateEnd")->setDate(QDate(2019, 12, 31));
        QVERIFY(dialog->problems().contains(
            QStringLiteral("Mandate end: before the mandate's start.")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        field<QDateEdit>(*dialog, "mandateEnd")->setDate(QDate(2099, 12, 31));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(repository.members(bodyId).size(), before + 1);
        qint64 added = 0;
        for (const BodyMember &m : repository.members(bodyId)) {
            if (m.representative == QStringLiteral("Maria Ionescu"))
                added = m.id;
        }
        QVERIFY(added > 0);
        QCOMPARE(repository.member(added)->organizationId, hit.id);
        m_undo.undo();
        QVERIFY(!repository.member(added));
        m_undo.redo();
        QVERIFY(repository.member(added)); // the same id

        // End the mandate today; undo gives the old end back.
        const int row = page->members()->rowOfId(added);
        QVERIFY(row >= 0);
        selectMember(*page, added);
        QCOMPARE(page->currentMemberId(), added);
        page->endMandate();
        QCOMPARE(repository.member(added)->mandateEnd, QDate::currentDate());
        QVERIFY(m_undo.undoText().startsWith(QStringLiteral("End the mandate of")));
        m_undo.undo();
        QCOMPARE(repository.member(added)->mandateEnd, QDate(2099, 12, 31));

        // Delete a member who attended meetings; undo brings back the same id and attendance.
        const int attendance = attendanceRows(db);
        selectMember(*page, added);
        page->memberView()->setFocus();
        QTest::keyClick(page->memberView(), Qt::Key_Delete);
        QVERIFY(!repository.member(added));
        m_undo.undo();
        QVERIFY(repository.member(added));
        QCOMPARE(attendanceRows(db), attendance);
    }

    void meetingFormWarnsBelowQuorumAndUndoes()
    {
        auto *page = showInWindow<BodiesPage>();
        QVERIFY(page);
        const QSqlDatabase db = m_db->connection();
        BodyRepository repository(db);
        // A body with a quorum.
        qint64 bodyId = 0;
        for (const ConsultativeBody &b : repository.bodies()) {
            if (b.quorum)
                bodyId = b.id;
        }
        QVERIFY(bodyId > 0);
        QVERIFY(page->selectBody(bodyId));
        const int before = int(repository.meetings(bodyId).size());
        page->addMeeting();
        BodyMeetingDialog *dialog = page->meetingDialog();
        QVERIFY(dialog);
        field<QPlainTextEdit>(*dialog, "agenda")->setPlainText(QStringLiteral("Planul anual"));
        // Nobody ticked: below the quorum, a warning naming the field; Save possible.
        QVERIFY(joined(dialog->warnings()).startsWith(QStringLiteral("Attendance:")));
        QVERIFY(dialog->saveButton()->isEnabled());
        const QList<BodyMember> members = repository.members(bodyId);
        for (const BodyMember &m : members)
            dialog->setPresent(m.id, m.servesOn(QDate::currentDate()));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const QList<BodyMeeting> meetings = repository.meetings(bodyId);
        QCOMPARE(meetings.size(), before + 1);
        BodyMeeting added;
        for (const BodyMeeting &m : meetings) {
            if (m.agenda == QStringLiteral("Planul anual"))
                added = m;
        }
        QVERIFY(added.id > 0);
        m_undo.undo();
        QVERIFY(!repository.meeting(added.id));
        m_undo.redo();
        QCOMPARE(repository.meeting(added.id)->attendees, added.attendees);

        // Delete it and undo: the same id with its attendance.
        const QAbstractItemModel *model = page->meetingView()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == added.id)
                page->meetingView()->setCurrentIndex(model->index(r, 0));
        }
        page->deleteMeeting();
        QVERIFY(!repository.meeting(added.id));
        m_undo.undo();
        QCOMPARE(repository.meeting(added.id)->attendees, added.attendees);
    }
};

QTEST_MAIN(TestBodyForms)
#include "tst_bodyforms.moc"

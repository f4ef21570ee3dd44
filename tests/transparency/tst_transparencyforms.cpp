#include "ModelCells.h"
#include "PageTest.h"
#include "Seeding.h"
#include "Windows.h"

#include "common/Dialogs.h"
#include "transparency/DraftActDialog.h"
#include "transparency/DraftActRepository.h"
#include "transparency/DraftActTableModel.h"
#include "transparency/DraftsPage.h"
#include "transparency/InstitutionDialog.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/InstitutionsPage.h"
#include "transparency/PublicMeetingDialog.h"
#include "transparency/PublicMeetingRepository.h"
#include "transparency/RecommendationDialog.h"
#include "transparency/RecommendationTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dc;

// The editing forms of the transparency pages, driven as a user would, on a fresh database.
class TestTransparencyForms final : public test::EmptyPageTest
{
    Q_OBJECT

    qint64 m_institution = 0;

    static void setStatus(DraftActDialog &dialog, DraftActStatus status)
    {
        auto *combo = field<QComboBox>(dialog, "status");
        combo->setCurrentIndex(combo->findData(int(status)));
    }

    // A draft announced on Monday 3 March 2025, sent for endorsement and submitted on 30 April:
    // art. 7(2) kept.
    static void fillKeptDraft(DraftActDialog &dialog, const QString &title)
    {
        auto *titleEdit = field<QLineEdit>(dialog, "title");
        titleEdit->clear();
        QTest::keyClicks(titleEdit, title);
        field<QDateEdit>(dialog, "announcedOn")->setDate(QDate(2025, 3, 3));
        field<QCheckBox>(dialog, "announcedOnWebsite")->setChecked(true);
        field<QDateEdit>(dialog, "recommendationsDeadline")->setDate(QDate(2025, 3, 20));
        field<QDateEdit>(dialog, "sentForApprovalOn")->setDate(QDate(2025, 4, 30));
        field<QDateEdit>(dialog, "submittedOn")->setDate(QDate(2025, 4, 30));
    }

    // The form's way to say "no date": the field's minimum, shown as a dash.
    static void clearDate(DraftActDialog &dialog, const char *name)
    {
        auto *edit = field<QDateEdit>(dialog, name);
        edit->setDate(edit->minimumDate());
    }

    void prepare() override
    {
        m_institution = test::addInstitution(m_db->connection(),
                                             QStringLiteral("Ministerul Testului (fictiv)"));
        QVERIFY(m_institution);
    }

private Q_SLOTS:
    void addAndEditDraftThroughTheFormWithUndoRedo()
    {
        auto *page = showInWindow<DraftsPage>();
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 0);

        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Insert);
        DraftActDialog *dialog = page->draftDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled()); // no title yet
        fillKeptDraft(*dialog, QStringLiteral("Hotarare privind testele"));
        QVERIFY2(dialog->problems().isEmpty(),
                 qPrintable(dialog->problems().join(QLatin1Char('\n'))));
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        DraftActRepository repository(m_db->connection());
        QList<DraftAct> drafts = repository.drafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().title, QStringLiteral("Hotarare privind testele"));
        QCOMPARE(drafts.first().institutionId, m_institution);
        QCOMPARE(drafts.first().announcedOn, QDate(2025, 3, 3));
        QVERIFY(drafts.first().announcedOnWebsite);
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(m_undo.undoText(), QStringLiteral("Add the draft “Hotarare privind testele”"));
        QCOMPARE(page->model()->rowCount(), 1);

        m_undo.undo();
        QCOMPARE(repository.drafts().size(), 0);
        m_undo.redo();
        QCOMPARE(repository.drafts().size(), 1);

        // Edit: Enter on the list opens the form on the record; an untouched form cannot be saved.
        page->selectRow(0);
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Return);
        dialog = page->draftDialog();
        QVERIFY(dialog);
        QCOMPARE(field<QLineEdit>(*dialog, "title")->text(),
                 QStringLiteral("Hotarare privind testele"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        setStatus(*dialog, DraftActStatus::Adopted);
        field<QDateEdit>(*dialog, "adoptedOn")->setDate(QDate(2025, 5, 15));
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const qint64 id = repository.drafts().first().id;
        QCOMPARE(repository.find(id)->adoptedOn, QDate(2025, 5, 15));
        QCOMPARE(m_undo.count(), 2);
        QCOMPARE(m_undo.undoText(), QStringLiteral("Edit the draft “Hotarare privind testele”"));
        m_undo.undo();
        QVERIFY(!repository.find(id)->adoptedOn.isValid());
        m_undo.redo();
        QCOMPARE(repository.find(id)->adoptedOn, QDate(2025, 5, 15));

        // Delete asks first; "No" keeps the draft, "Yes" removes it, undo brings it back.
        page->selectRow(0);
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QCOMPARE(repository.drafts().size(), 1);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QCOMPARE(repository.drafts().size(), 0);
        QCOMPARE(m_undo.undoText(), QStringLiteral("Delete the draft “Hotarare privind testele”"));
        m_undo.undo();
        QCOMPARE(repository.drafts().size(), 1);
        QCOMPARE(repository.drafts().first().adoptedOn, QDate(2025, 5, 15));
    }

    void addRecommendationWithUndo()
    {
        DraftAct draft;
        draft.institutionId = m_institution;
        draft.title = QStringLiteral("Hotarare cu recomandari");
        draft.announcedOn = QDate(2025, 3, 3);
        draft.recommendationsDeadline = QDate(2025, 3, 20);
        DraftActRepository repository(m_db->connection());
        const Result<qint64> draftId = repository.add(draft);
        QVERIFY2(draftId.ok(), qPrintable(draftId.error()));

        auto *page = showInWindow<DraftsPage>();
        QVERIFY(page);
        page->selectRow(0);
        page->recommendationView()->setFocus();
        QTest::keyClick(page->recommendationView(), Qt::Key_Insert);
        RecommendationDialog *dialog = page->recommendationDialog();
        QVERIFY(dialog);
        auto *kind = field<QComboBox>(*dialog, "authorKind");
        kind->setCurrentIndex(kind->findData(int(RecommendationAuthor::Person)));
        QTest::keyClicks(field<QLineEdit>(*dialog, "authorName"), QStringLiteral("Ion Popescu"));
        field<QDateEdit>(*dialog, "receivedOn")->setDate(QDate(2025, 3, 10));
        QTest::keyClicks(field<QPlainTextEdit>(*dialog, "text"),
                         QStringLiteral("Add a transition period."));
        QVERIFY2(dialog->problems().isEmpty(),
                 qPrintable(dialog->problems().join(QLatin1Char('\n'))));
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        QList<Recommendation> recommendations = repository.recommendations(draftId.value());
        QCOMPARE(recommendations.size(), 1);
        QCOMPARE(recommendations.first().authorName, QStringLiteral("Ion Popescu"));
        QCOMPARE(recommendations.first().receivedOn, QDate(2025, 3, 10));
        QCOMPARE(page->recommendations()->rowCount(), 1);
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(m_undo.undoText(), QStringLiteral("Add a recommendation"));
        m_undo.undo();
        QCOMPARE(repository.recommendations(draftId.value()).size(), 0);
        QCOMPARE(page->recommendations()->rowCount(), 0);
        m_undo.redo();
        QCOMPARE(repository.recommendations(draftId.value()).size(), 1);
    }

    void addAndEditInstitutionWithUndo()
    {
        auto *page = showInWindow<InstitutionsPage>();
        QVERIFY(page);
        page->addInstitution();
        InstitutionDialog *dialog = page->institutionDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled());
        QTest::keyClicks(field<QLineEdit>(*dialog, "name"),
                         QStringLiteral("Agentia Exemplului (fictiv)"));
        QTest::keyClicks(field<QLineEdit>(*dialog, "liaisonName"), QStringLiteral("Maria Ionescu"));
        QVERIFY2(dialog->problems().isEmpty(),
                 qPrintable(dialog->problems().join(QLatin1Char('\n'))));
        const QSignalSpy status(page, &Page::statusTextChanged);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        InstitutionRepository repository(m_db->connection());
        QCOMPARE(repository.all().size(), 2);
        // The status bar's count follows (the new institution is selected).
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().toString(), page->statusText());
        QVERIFY2(page->statusText().contains(QLatin1String("2")), qPrintable(page->statusText()));
        QCOMPARE(m_undo.undoText(),
                 QStringLiteral("Add the institution “Agentia Exemplului (fictiv)”"));
        m_undo.undo();
        QCOMPARE(repository.all().size(), 1);
        m_undo.redo();
        QCOMPARE(repository.all().size(), 2);

        // A meeting of the chosen institution, added through its form, undoably.
        page->selectRow(0);
        page->addMeeting();
        PublicMeetingDialog *meetingDialog = page->meetingDialog();
        QVERIFY(meetingDialog);
        QTest::keyClicks(field<QLineEdit>(*meetingDialog, "subject"),
                         QStringLiteral("Budget session"));
        field<QDateEdit>(*meetingDialog, "heldOn")->setDate(QDate(2025, 4, 10));
        field<QDateEdit>(*meetingDialog, "announcedOn")->setDate(QDate(2025, 4, 1));
        QVERIFY2(meetingDialog->saveButton()->isEnabled(),
                 qPrintable(meetingDialog->problems().join(QLatin1Char('\n'))));
        QTest::mouseClick(meetingDialog->saveButton(), Qt::LeftButton);
        PublicMeetingRepository meetings(m_db->connection());
        QCOMPARE(meetings.meetings().size(), 1);
        QCOMPARE(m_undo.undoText(), QStringLiteral("Add the meeting “Budget session”"));
        m_undo.undo();
        QCOMPARE(meetings.meetings().size(), 0);
    }

    void closedMeetingWithoutReasonCannotBeSaved()
    {
        PublicMeetingDialog dialog(m_db->connection());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "subject"), QStringLiteral("Budget session"));
        field<QDateEdit>(dialog, "heldOn")->setDate(QDate(2025, 4, 10));
        field<QDateEdit>(dialog, "announcedOn")->setDate(QDate(2025, 4, 1));
        QVERIFY2(dialog.problems().isEmpty(),
                 qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        QVERIFY(dialog.saveButton()->isEnabled());
        field<QCheckBox>(dialog, "isPublic")->setChecked(false);
        QVERIFY(!dialog.saveButton()->isEnabled());
        auto *reason = field<QComboBox>(dialog, "closedReason");
        reason->setCurrentIndex(reason->findData(int(ClosedReason::SecretVote)));
        QVERIFY2(dialog.saveButton()->isEnabled(),
                 qPrintable(dialog.problems().join(QLatin1Char('\n'))));
        // Included greater than expressed is refused.
        field<QSpinBox>(dialog, "recommendationsExpressed")->setValue(2);
        field<QSpinBox>(dialog, "recommendationsIncluded")->setValue(3);
        QVERIFY(!dialog.saveButton()->isEnabled());
    }

    void deadlineBreachWarnsButSaveStaysEnabled()
    {
        DraftActDialog dialog(m_db->connection());
        QVERIFY(test::showAt(dialog, {760, 900}));
        fillKeptDraft(dialog, QStringLiteral("Ordin privind termenele"));
        QVERIFY(dialog.warnings().isEmpty());
        QVERIFY(!field<QLabel>(dialog, "warnings")->isVisible());
        // Three days for written recommendations instead of ten: art. 7(4) broken.
        field<QDateEdit>(dialog, "recommendationsDeadline")->setDate(QDate(2025, 3, 6));
        QCOMPARE(dialog.warnings().size(), 1);
        QVERIFY(dialog.warnings().first().contains(QLatin1String("7(4)")));
        QVERIFY(field<QLabel>(dialog, "warnings")->isVisible());
        QVERIFY(field<QLabel>(dialog, "warnings")->text().contains(QLatin1String("7(4)")));
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    // The day the draft was sent for endorsement may stay empty: art. 7(2) then warns that it
    // cannot be checked (Save stays enabled); entered, it is checked, saved, and can be emptied.
    void dateSentForEndorsementMayBeEmptyAndIsSaved()
    {
        auto *page = showInWindow<DraftsPage>();
        QVERIFY(page);
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Insert);
        DraftActDialog *dialog = page->draftDialog();
        QVERIFY(dialog);
        auto *sent = field<QDateEdit>(*dialog, "sentForApprovalOn");
        QVERIFY(sent->isEnabled());
        QCOMPARE(sent->text(), QStringLiteral("–")); // a new draft has no date
        QVERIFY(!sent->toolTip().isEmpty());
        fillKeptDraft(*dialog, QStringLiteral("Hotarare trimisa spre avizare"));
        clearDate(*dialog, "sentForApprovalOn");
        setStatus(*dialog, DraftActStatus::Submitted);
        QVERIFY(!dialog->record().sentForApprovalOn.isValid());
        QCOMPARE(dialog->warnings().size(), 1);
        QVERIFY(dialog->warnings().first().startsWith(QLatin1String("art. 7(2)")));
        QVERIFY(dialog->warnings().first().contains(QLatin1String("cannot be checked")));
        QVERIFY(dialog->saveButton()->isEnabled());

        // 11 April is one working day short of 30, 14 April keeps the rule.
        sent->setDate(QDate(2025, 4, 11));
        QCOMPARE(dialog->record().sentForApprovalOn, QDate(2025, 4, 11));
        QCOMPARE(dialog->warnings().size(), 1);
        QVERIFY(dialog->warnings().first().contains(QLatin1String("1 working day")));
        sent->setDate(QDate(2025, 4, 14));
        QVERIFY(dialog->warnings().isEmpty());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        DraftActRepository repository(m_db->connection());
        QCOMPARE(repository.drafts().size(), 1);
        const qint64 id = repository.drafts().first().id;
        QCOMPARE(repository.find(id)->sentForApprovalOn, QDate(2025, 4, 14));
        QCOMPARE(repository.find(id)->submittedOn, QDate(2025, 4, 30));
        QCOMPARE(test::rawValue(*page->model(), 0, DraftActTableModel::SentForApproval).toString(),
                 QStringLiteral("2025-04-14"));

        // Opened again the form shows it; emptied, the record loses it and undo brings it back.
        page->selectRow(0);
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Return);
        dialog = page->draftDialog();
        QVERIFY(dialog);
        QCOMPARE(field<QDateEdit>(*dialog, "sentForApprovalOn")->date(), QDate(2025, 4, 14));
        QVERIFY(!dialog->saveButton()->isEnabled());
        clearDate(*dialog, "sentForApprovalOn");
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!repository.find(id)->sentForApprovalOn.isValid());
        QVERIFY(page->model()
                    ->index(0, DraftActTableModel::DeadlineWarnings)
                    .data()
                    .toString()
                    .contains(QLatin1String("art. 7(2)?")));
        m_undo.undo();
        QCOMPARE(repository.find(id)->sentForApprovalOn, QDate(2025, 4, 14));
    }

    void adoptionBeforeAnnouncementDisablesSave()
    {
        DraftActDialog dialog(m_db->connection());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillKeptDraft(dialog, QStringLiteral("Lege privind ordinea datelor"));
        QVERIFY(dialog.saveButton()->isEnabled());
        setStatus(dialog, DraftActStatus::Adopted);
        field<QDateEdit>(dialog, "adoptedOn")->setDate(QDate(2025, 2, 1));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(field<QLabel>(dialog, "problems")->isVisible());
        QVERIFY(!dialog.problems().isEmpty());
        field<QDateEdit>(dialog, "adoptedOn")->setDate(QDate(2025, 5, 2));
        QVERIFY(dialog.saveButton()->isEnabled());
    }
};

QTEST_MAIN(TestTransparencyForms)
#include "tst_transparencyforms.moc"

#include "PageTest.h"
#include "Seeding.h"
#include "common/Dialogs.h"
#include "documents/SynthesisTexts.h"
#include "programs/EditionDialog.h"
#include "programs/EditionPage.h"
#include "programs/EventDialog.h"
#include "programs/EventRepository.h"
#include "programs/EventTableModel.h"
#include "programs/IndicatorDialog.h"
#include "programs/IndicatorRepository.h"
#include "programs/IndicatorTableModel.h"
#include "programs/PartnerDialog.h"
#include "programs/PartnershipRepository.h"
#include "programs/PartnershipTableModel.h"
#include "programs/ProgramRepository.h"
#include "programs/SynthesisTextsDialog.h"
#include "registry/Geography.h"
#include "registry/OrganizationRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace dc;

// The forms of the edition page (partners, indicators) driven through the page as a user would:
// keys on the tables, the form filled in, Save; every change checked against the repositories,
// then undone and redone.
class TestProgramForms final : public test::EmptyPageTest
{
    Q_OBJECT

    qint64 m_edition = 0;
    qint64 m_kogayon = 0;
    qint64 m_uncjr = 0;

    qint64 addOrganization(const QString &name)
    {
        return test::addOrganization(m_db->connection(), name, QStringLiteral("DJ"));
    }

    QList<Indicator> indicators() const
    {
        return IndicatorRepository(m_db->connection()).ofEdition(m_edition);
    }
    QList<Partnership> partners() const
    {
        return PartnershipRepository(m_db->connection()).ofEdition(m_edition);
    }

    // Runs @p fill on the dialog of type T that the next modal exec() opens.
    template <typename T> static void whenDialogOpens(std::function<void(T &)> fill)
    {
        QTimer::singleShot(0, qApp, [fill] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(*dialog);
        });
    }

    static QPushButton *saveButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    // Focus on the row, the window active again after a closed dialog (keys go to the table).
    static void selectRow(QTableView *view, int row)
    {
        QApplication::setActiveWindow(view->window());
        QVERIFY(QTest::qWaitForWindowActive(view->window()));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0));
    }

    void prepare() override
    {
        m_edition = test::addProgramEdition(
            m_db->connection(), QStringLiteral(u"Programul Promotorii Voluntariatului în România"),
            2, 2021);
        QVERIFY(m_edition);
        m_kogayon = addOrganization(QStringLiteral(u"Asociația Kogayon"));
        m_uncjr = addOrganization(
            QStringLiteral(u"Uniunea Națională a Consiliilor Județene din România"));
    }

private Q_SLOTS:
    void partnerAddedEditedAndRemovedThroughThePageWithUndoAndRedo()
    {
        EditionPage page(context());
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.currentEdition(), m_edition);
        QCOMPARE(page.partnerModel()->rowCount(), 0);

        // Insert on the partners table opens the form; choose the organization as one types.
        whenDialogOpens<PartnerDialog>([this](PartnerDialog &dialog) {
            QVERIFY(!saveButton(dialog)->isEnabled()); // no organization yet
            dialog.chooseOrganization(QStringLiteral("Kogayon"), m_kogayon);
            auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
            role->setCurrentIndex(role->findData(int(PartnerRole::Promoter)));
            QVERIFY(saveButton(dialog)->isEnabled());
            saveButton(dialog)->click();
        });
        page.partnerView()->setFocus();
        QTest::keyClick(page.partnerView(), Qt::Key_Insert);
        QCOMPARE(partners().size(), 1);
        QCOMPARE(partners().first().organizationId, m_kogayon);
        QCOMPARE(partners().first().role, PartnerRole::Promoter);
        QCOMPARE(page.partnerModel()->rowCount(), 1);
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(partners().size(), 0);
        QCOMPARE(page.partnerModel()->rowCount(), 0);
        m_undo.redo();
        QCOMPARE(partners().size(), 1);
        QCOMPARE(page.partnerModel()->rowCount(), 1);

        // Enter edits the selected partner: it becomes a simple partner, ended.
        selectRow(page.partnerView(), 0);
        whenDialogOpens<PartnerDialog>([](PartnerDialog &dialog) {
            QVERIFY(!saveButton(dialog)->isEnabled()); // nothing changed yet
            auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
            role->setCurrentIndex(role->findData(int(PartnerRole::Partner)));
            auto *status = dialog.findChild<QComboBox *>(QStringLiteral("status"));
            status->setCurrentIndex(status->findData(int(PartnershipStatus::Ended)));
            QVERIFY(saveButton(dialog)->isEnabled());
            saveButton(dialog)->click();
        });
        QTest::keyClick(page.partnerView(), Qt::Key_Return);
        QCOMPARE(m_undo.count(), 2);
        QCOMPARE(partners().first().role, PartnerRole::Partner);
        QCOMPARE(partners().first().status, PartnershipStatus::Ended);
        m_undo.undo();
        QCOMPARE(partners().first().role, PartnerRole::Promoter);
        QCOMPARE(partners().first().status, PartnershipStatus::Active);
        m_undo.redo();
        QCOMPARE(partners().first().role, PartnerRole::Partner);

        // Delete asks first: "No" keeps it, "Yes" removes it; undo puts it back.
        selectRow(page.partnerView(), 0);
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::keyClick(page.partnerView(), Qt::Key_Delete);
        QCOMPARE(partners().size(), 1);
        QCOMPARE(m_undo.count(), 2);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("Kogayon")));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page.partnerView(), Qt::Key_Delete);
        QCOMPARE(partners().size(), 0);
        QCOMPARE(page.partnerModel()->rowCount(), 0);
        QCOMPARE(m_undo.count(), 3);
        m_undo.undo();
        QCOMPARE(partners().size(), 1);
        QCOMPARE(partners().first().role, PartnerRole::Partner);
        QCOMPARE(partners().first().status, PartnershipStatus::Ended);
        m_undo.redo();
        QCOMPARE(partners().size(), 0);
    }

    // The undo of a partner's edit over a version someone else saved since: nothing written, the
    // page tells what they changed, their version kept, the undo dropped.
    void partnerChangedBySomeoneElseIsNotWrittenOver()
    {
        PartnershipRepository repository(m_db->connection());
        Partnership promoter;
        promoter.editionId = m_edition;
        promoter.organizationId = m_kogayon;
        promoter.role = PartnerRole::Promoter;
        QVERIFY(repository.add(promoter));
        EditionPage page(context());
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy notices(&page, &Page::notice);
        QCOMPARE(page.partnerModel()->rowCount(), 1);
        selectRow(page.partnerView(), 0);
        whenDialogOpens<PartnerDialog>([](PartnerDialog &dialog) {
            auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
            role->setCurrentIndex(role->findData(int(PartnerRole::Partner)));
            saveButton(dialog)->click();
        });
        page.editPartner();
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(partners().first().role, PartnerRole::Partner);

        Partnership theirs = partners().first();
        theirs.status = PartnershipStatus::Ended;
        QVERIFY(repository.update(theirs));
        m_undo.undo();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().first().toString().contains(QStringLiteral("→ “ended”")),
                 qPrintable(notices.first().first().toString()));
        QCOMPARE(partners().first().role, PartnerRole::Partner);
        QCOMPARE(partners().first().status, PartnershipStatus::Ended);
        QCOMPARE(m_undo.count(), 0);
    }

    void partnerAddedTwiceInTheSameRoleIsRefusedAndNothingPushed()
    {
        Partnership existing;
        existing.editionId = m_edition;
        existing.organizationId = m_uncjr;
        existing.role = PartnerRole::AssociativeStructure;
        QVERIFY(PartnershipRepository(m_db->connection()).add(existing));
        EditionPage page(context());
        page.show();
        bool stayedOpen = false;
        whenDialogOpens<PartnerDialog>([this, &stayedOpen](PartnerDialog &dialog) {
            dialog.chooseOrganization(QStringLiteral("Consiliilor"), m_uncjr);
            auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
            role->setCurrentIndex(role->findData(int(PartnerRole::AssociativeStructure)));
            saveButton(dialog)->click();
            // Refused: the form stays open, to choose another role or cancel.
            stayedOpen = dialog.isVisible();
            dialog.reject();
        });
        Dialogs::setNextAnswer(QMessageBox::Ok); // the warning
        page.addPartner();
        QVERIFY(stayedOpen);
        QCOMPARE(partners().size(), 1);
        QCOMPARE(m_undo.count(), 0);
        // The repository's message, naming the organization.
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Uniunea")),
                 qPrintable(Dialogs::lastMessage()));
    }

    void partnerFormSaveDisabledForInvalidInput()
    {
        Partnership p;
        p.editionId = m_edition;
        PartnerDialog dialog(m_db->connection(), p);
        QVERIFY(!saveButton(dialog)->isEnabled()); // no organization
        dialog.chooseOrganization(QStringLiteral("Kogayon"), m_kogayon);
        QVERIFY(saveButton(dialog)->isEnabled());
        dialog.findChild<QDateEdit *>(QStringLiteral("startDate"))->setDate(QDate(2021, 6, 1));
        dialog.findChild<QDateEdit *>(QStringLiteral("endDate"))->setDate(QDate(2021, 3, 1));
        QVERIFY(!saveButton(dialog)->isEnabled()); // the end before the start
        QVERIFY(dialog.messages().startsWith(QStringLiteral("End:")));
        dialog.findChild<QDateEdit *>(QStringLiteral("endDate"))->setDate(QDate(2021, 9, 1));
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void indicatorAddedEditedAndRemovedThroughThePageWithUndoAndRedo()
    {
        EditionPage page(context());
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.indicatorModel()->rowCount(), 0);

        whenDialogOpens<IndicatorDialog>([](IndicatorDialog &dialog) {
            QVERIFY(!saveButton(dialog)->isEnabled()); // no name
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")),
                             QStringLiteral("Participants"));
            auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("unit"));
            unit->setCurrentIndex(unit->findData(int(IndicatorUnit::Persons)));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("target")),
                             QStringLiteral("600"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("achieved")),
                             QStringLiteral("650"));
            QVERIFY(saveButton(dialog)->isEnabled());
            saveButton(dialog)->click();
        });
        selectRow(page.indicatorView(), 0);
        QTest::keyClick(page.indicatorView(), Qt::Key_Insert);
        QCOMPARE(indicators().size(), 1);
        QCOMPARE(indicators().first().name, QStringLiteral("Participants"));
        QCOMPARE(indicators().first().target, std::optional<qint64>(600));
        QCOMPARE(indicators().first().achieved, std::optional<qint64>(650));
        QCOMPARE(page.indicatorModel()->rowCount(), 1);
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(indicators().size(), 0);
        m_undo.redo();
        QCOMPARE(indicators().size(), 1);

        // Enter edits: the achieved value becomes computed from the videoconferences.
        selectRow(page.indicatorView(), 0);
        whenDialogOpens<IndicatorDialog>([](IndicatorDialog &dialog) {
            QVERIFY(!saveButton(dialog)->isEnabled());
            auto *computation = dialog.findChild<QComboBox *>(QStringLiteral("computation"));
            computation->setCurrentIndex(
                computation->findData(int(IndicatorComputation::EventCount)));
            auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("eventKind"));
            kind->setCurrentIndex(kind->findData(int(EventKind::Videoconference)));
            QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("achieved"))->isEnabled());
            QVERIFY(saveButton(dialog)->isEnabled());
            saveButton(dialog)->click();
        });
        QTest::keyClick(page.indicatorView(), Qt::Key_Return);
        QCOMPARE(m_undo.count(), 2);
        QCOMPARE(indicators().first().computation, IndicatorComputation::EventCount);
        QCOMPARE(indicators().first().eventKind,
                 std::optional<EventKind>(EventKind::Videoconference));
        QCOMPARE(indicators().first().achieved, std::nullopt);
        m_undo.undo();
        QCOMPARE(indicators().first().computation, IndicatorComputation::Manual);
        QCOMPARE(indicators().first().achieved, std::optional<qint64>(650));
        m_undo.redo();
        QCOMPARE(indicators().first().computation, IndicatorComputation::EventCount);

        selectRow(page.indicatorView(), 0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page.indicatorView(), Qt::Key_Delete);
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("Participants")));
        QCOMPARE(indicators().size(), 0);
        QCOMPARE(page.indicatorModel()->rowCount(), 0);
        m_undo.undo();
        QCOMPARE(indicators().size(), 1);
        QCOMPARE(indicators().first().computation, IndicatorComputation::EventCount);
        m_undo.redo();
        QCOMPARE(indicators().size(), 0);
    }

    void indicatorFormRefusesANegativeTargetNamingTheField()
    {
        Indicator i;
        i.editionId = m_edition;
        IndicatorDialog dialog(i);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")),
                         QStringLiteral("Volunteers"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("target")),
                         QStringLiteral("-5"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY2(dialog.messages().startsWith(QStringLiteral("Target:")),
                 qPrintable(dialog.messages()));
        dialog.findChild<QLineEdit *>(QStringLiteral("target"))->setText(QStringLiteral("5"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(dialog.messages().isEmpty());
        // Issue 15: each value has its qualifier ("peste 600").
        auto *qualifier = dialog.findChild<QComboBox *>(QStringLiteral("achievedQualifier"));
        QVERIFY(qualifier);
        QCOMPARE(qualifier->count(), 4);
        dialog.findChild<QLineEdit *>(QStringLiteral("achieved"))->setText(QStringLiteral("600"));
        qualifier->setCurrentIndex(qualifier->findData(int(ValueQualifier::Over)));
        QCOMPARE(dialog.record().achievedQualifier, ValueQualifier::Over);
        QCOMPARE(dialog.record().targetQualifier, ValueQualifier::Exactly);
    }

    void editionFormEditsThePeriodAndTheThemesOfTheSeries()
    {
        // Issue 15: a period may be unknown; the themes belong to the edition.
        const Edition e = test::themedEditionWithoutPeriod();
        EditionDialog dialog(e, false);
        QVERIFY(dialog.edition().sameContent(e)); // nothing lost, no period made up
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("startDate"))->text(),
                 QStringLiteral("unknown"));
        auto *themes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("otherThemes"));
        themes->setPlainText(themes->toPlainText() +
                             QStringLiteral("\n  educație pentru voluntariat \n\n"));
        QCOMPARE(dialog.edition().otherThemes.size(), 3);
        QCOMPARE(dialog.edition().otherThemes.last(),
                 QStringLiteral("educație pentru voluntariat"));
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void synthesisTextsFormKeepsThePartnershipStatement()
    {
        reports::SynthesisTexts texts;
        texts.conclusion = QStringLiteral("Concluzia.");
        texts.promotersStated = 19;
        texts.partnershipNote = QStringLiteral("Perechi care pot fi aceeași organizație.");
        SynthesisTextsDialog dialog(texts);
        QCOMPARE(dialog.texts(), texts); // nothing lost on the way through the form
        QVERIFY(!saveButton(dialog)->isEnabled());
        auto *stated = dialog.findChild<QSpinBox *>(QStringLiteral("promotersStated"));
        stated->setValue(stated->minimum()); // "as recorded"
        QVERIFY(!dialog.texts().promotersStated);
        QVERIFY(saveButton(dialog)->isEnabled());
        stated->setValue(19);
        QVERIFY(!saveButton(dialog)->isEnabled());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("partnershipNote"))
            ->setPlainText(QStringLiteral("Altă notă."));
        QCOMPARE(dialog.texts().partnershipNote, QStringLiteral("Altă notă."));
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void editionEditedAndProgramAddedWithUndoAndRedo()
    {
        EditionPage page(context());
        ProgramRepository programs(m_db->connection());
        whenDialogOpens<EditionDialog>([](EditionDialog &dialog) {
            QVERIFY(!saveButton(dialog)->isEnabled()); // nothing changed yet
            auto *objective = dialog.findChild<QPlainTextEdit *>(QStringLiteral("objective"));
            objective->setPlainText(QStringLiteral("Regional videoconferences with the promoters"));
            auto *end = dialog.findChild<QDateEdit *>(QStringLiteral("endDate"));
            end->setDate(QDate(2020, 12, 31));
            QVERIFY(!saveButton(dialog)->isEnabled()); // the end before the start
            end->setDate(QDate(2021, 12, 10));
            QVERIFY(saveButton(dialog)->isEnabled());
            saveButton(dialog)->click();
        });
        page.editEdition();
        QCOMPARE(programs.findEdition(m_edition)->endDate, QDate(2021, 12, 10));
        QCOMPARE(programs.findEdition(m_edition)->objective,
                 QStringLiteral("Regional videoconferences with the promoters"));
        m_undo.undo();
        QCOMPARE(programs.findEdition(m_edition)->endDate, QDate(2021, 12, 31));
        QVERIFY(programs.findEdition(m_edition)->objective.isEmpty());
        m_undo.redo();
        QCOMPARE(programs.findEdition(m_edition)->endDate, QDate(2021, 12, 10));

        whenDialogOpens<EditionDialog>([](EditionDialog &dialog) {
            QVERIFY(!saveButton(dialog)->isEnabled()); // no program name
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("programName")),
                             QStringLiteral("SIPOCA 202"));
            dialog.findChild<QSpinBox *>(QStringLiteral("year"))->setValue(2018);
            dialog.findChild<QDateEdit *>(QStringLiteral("startDate"))->setDate(QDate(2018, 3, 1));
            dialog.findChild<QDateEdit *>(QStringLiteral("endDate"))->setDate(QDate(2020, 2, 29));
            QVERIFY(saveButton(dialog)->isEnabled());
            saveButton(dialog)->click();
        });
        page.addProgram();
        QCOMPARE(programs.programs().size(), 2);
        const std::optional<qint64> sipoca = programs.findIdByName(QStringLiteral("SIPOCA 202"));
        QVERIFY(sipoca);
        QCOMPARE(programs.editions(*sipoca).size(), 1);
        QCOMPARE(page.currentEdition(), programs.editions(*sipoca).first().id);
        m_undo.undo();
        QCOMPARE(programs.programs().size(), 1);
        QCOMPARE(page.currentEdition(), m_edition);
        m_undo.redo();
        QCOMPARE(programs.programs().size(), 2);
    }

    // Someone else saves the edition while its form is open: Save shows what they changed and,
    // back to the form, the user's change and theirs are saved together; undo goes back to
    // theirs.
    void editionSavedMeanwhileIsCombined()
    {
        EditionPage page(context());
        ProgramRepository programs(m_db->connection());
        whenDialogOpens<EditionDialog>([&](EditionDialog &dialog) {
            Edition theirs = *programs.findEdition(m_edition);
            theirs.centralTheme = QStringLiteral("Their theme");
            QVERIFY(programs.updateEdition(theirs));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("objective"))
                ->setPlainText(QStringLiteral("My objective"));
            Dialogs::setNextChoice(2); // back to the form
            saveButton(dialog)->click();
            QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Their theme")),
                     qPrintable(Dialogs::lastMessage()));
            QVERIFY(dialog.isVisible());
            QCOMPARE(
                dialog.findChild<QPlainTextEdit *>(QStringLiteral("centralTheme"))->toPlainText(),
                QStringLiteral("Their theme"));
            saveButton(dialog)->click();
        });
        page.editEdition();
        QCOMPARE(programs.findEdition(m_edition)->objective, QStringLiteral("My objective"));
        QCOMPARE(programs.findEdition(m_edition)->centralTheme, QStringLiteral("Their theme"));
        m_undo.undo();
        QVERIFY(programs.findEdition(m_edition)->objective.isEmpty());
        QCOMPARE(programs.findEdition(m_edition)->centralTheme, QStringLiteral("Their theme"));
    }

    // The synthesis texts saved by someone else while their form is open: "Keep mine" saves the
    // user's over theirs, and undo goes back to theirs.
    void synthesisTextsSavedMeanwhileAsk()
    {
        EditionPage page(context());
        reports::SynthesisTextRepository texts(m_db->connection());
        whenDialogOpens<SynthesisTextsDialog>([&](SynthesisTextsDialog &dialog) {
            reports::SynthesisTexts theirs = *texts.texts(m_edition);
            theirs.introduction = QStringLiteral("Their introduction");
            QVERIFY(texts.save(m_edition, theirs));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("introduction"))
                ->setPlainText(QStringLiteral("My introduction"));
            Dialogs::setNextChoice(0); // keep mine
            saveButton(dialog)->click();
            QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Their introduction")),
                     qPrintable(Dialogs::lastMessage()));
        });
        page.editSynthesisTexts();
        QCOMPARE(texts.texts(m_edition)->introduction, QStringLiteral("My introduction"));
        m_undo.undo();
        QCOMPARE(texts.texts(m_edition)->introduction, QStringLiteral("Their introduction"));
    }

    void eventEditedFromTheEventsTableWithUndoAndRedo()
    {
        Event e = test::videoconference(m_edition, 1, QDate(2021, 5, 10),
                                        {Geography::load(m_db->connection()).regions().first().id});
        e.place = QStringLiteral("Online");
        const Result<qint64> id = EventRepository(m_db->connection()).add(e);
        QVERIFY2(id, qPrintable(id.error()));
        EditionPage page(context());
        page.show();
        selectRow(page.eventView(), 0);
        whenDialogOpens<EventDialog>([](EventDialog &dialog) {
            QCOMPARE(dialog.event().place, QStringLiteral("Online")); // prefilled
            QVERIFY(!dialog.canSave());                               // nothing changed yet
            auto *place = dialog.findChild<QLineEdit *>(QStringLiteral("place"));
            place->setText(QStringLiteral("Craiova, Prefectura Dolj"));
            const bool canSave = dialog.canSave();
            dialog.accept();
            QVERIFY2(canSave, qPrintable(dialog.messages()));
        });
        QTest::keyClick(page.eventView(), Qt::Key_Return);
        EventRepository events(m_db->connection());
        QCOMPARE(events.find(*id)->place, QStringLiteral("Craiova, Prefectura Dolj"));
        QCOMPARE(events.find(*id)->number, 1);
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(events.find(*id)->place, QStringLiteral("Online"));
        m_undo.redo();
        QCOMPARE(events.find(*id)->place, QStringLiteral("Craiova, Prefectura Dolj"));
    }

    // Someone else saves the event (another place, another region) while its form is open:
    // back to the form, their place and regions are in the fields the user did not change, the
    // user's notes kept; Save saves both, and undo goes back to theirs.
    void eventSavedMeanwhileIsCombined()
    {
        const QList<Region> regions = Geography::load(m_db->connection()).regions();
        QVERIFY(regions.size() >= 2);
        Event e = test::videoconference(m_edition, 1, QDate(2021, 5, 10), {regions.at(0).id});
        e.place = QStringLiteral("Online");
        const Result<qint64> id = EventRepository(m_db->connection()).add(e);
        QVERIFY2(id, qPrintable(id.error()));
        EventRepository events(m_db->connection());
        EditionPage page(context());
        page.show();
        selectRow(page.eventView(), 0);
        whenDialogOpens<EventDialog>([&](EventDialog &dialog) {
            Event theirs = *events.find(*id);
            theirs.place = QStringLiteral("Craiova");
            theirs.regionIds = {regions.at(1).id};
            QVERIFY(events.update(theirs));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"))
                ->setPlainText(QStringLiteral("My notes"));
            Dialogs::setNextChoice(2); // back to the form
            dialog.accept();
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.event().place, QStringLiteral("Craiova"));
            QCOMPARE(dialog.event().regionIds, QList<int>{regions.at(1).id});
            QCOMPARE(dialog.event().notes, QStringLiteral("My notes"));
            dialog.accept();
        });
        QTest::keyClick(page.eventView(), Qt::Key_Return);
        QCOMPARE(events.find(*id)->place, QStringLiteral("Craiova"));
        QCOMPARE(events.find(*id)->notes, QStringLiteral("My notes"));
        QCOMPARE(events.find(*id)->regionIds, QList<int>{regions.at(1).id});
        m_undo.undo();
        QCOMPARE(events.find(*id)->place, QStringLiteral("Craiova"));
        QVERIFY(events.find(*id)->notes.isEmpty());
    }
};

QTEST_MAIN(TestProgramForms)
#include "tst_programforms.moc"

#include "ModelCells.h"
#include "PageTest.h"
#include "Seeding.h"

#include "common/Dialogs.h"
#include "transparency/AnnualFigures.h"
#include "transparency/AnnualFiguresPage.h"
#include "transparency/AnnualFiguresTableModel.h"
#include "transparency/AnnualReportForms.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/ConclusionsDialog.h"
#include "transparency/FormIndicators.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/PublicMeetingRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dc;

// The forms of the Annual figures page for the records behind the figures: the annual report
// received (with D), a figure typed from paper, and the court cases; each through the undo stack.
class TestAnnualReportForms final : public test::EmptyPageTest
{
    Q_OBJECT

    static constexpr int year = 2024;
    qint64 m_institution = 0;

    // Shows @p page for the year with the institution selected; false when it could not.
    bool showWithTheInstitution(AnnualFiguresPage &page)
    {
        page.year()->setValue(year);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return false;
        select(page);
        return !QTest::currentTestFailed();
    }

    void select(AnnualFiguresPage &page)
    {
        QAbstractItemModel *model = page.view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(RecordTableModel::IdRole).toLongLong() == m_institution) {
                page.view()->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        QFAIL("institution row not found");
    }

    Figure computed(const QString &code) const
    {
        const Result<QList<Figure>> figures =
            AnnualFigures::compute(m_db->connection(), m_institution, year);
        if (!figures)
            qFatal("compute: %s", qPrintable(figures.error()));
        return figures.value().at(FormIndicators::indexOf(code));
    }

    // The figure of the institution as the page's table shows it, checked against compute().
    static QVariant shown(const AnnualFiguresPage &page, qint64 institution, const QString &code)
    {
        const AnnualFiguresTableModel *model = page.model();
        const int row = model->rowOfId(institution);
        return test::rawValue(
            *model, row, AnnualFiguresTableModel::FirstIndicator + FormIndicators::indexOf(code));
    }

    void compareShown(const AnnualFiguresPage &page, const QString &code)
    {
        const Figure f = computed(code);
        QCOMPARE(shown(page, m_institution, code),
                 f.provided ? f.value : QVariant()); // unknown: no value
    }

    void prepare() override
    {
        m_institution =
            test::addInstitution(m_db->connection(), QStringLiteral("Primăria Testului (fictivă)"));
        QVERIFY(m_institution);
    }

    // Records the report @p selfEvaluation received on @p receivedOn, as another official would.
    void recordElsewhere(const QDate &receivedOn, const QString &selfEvaluation)
    {
        const Result<qint64> id =
            AnnualReportRepository(m_db->connection())
                .setReport({0, m_institution, year, receivedOn, selfEvaluation});
        QVERIFY2(id, qPrintable(id.error()));
    }

private Q_SLOTS:
    void annualReportThroughTheForm()
    {
        AnnualFiguresPage page(context());
        test::checkWithTester(page.model());
        page.year()->setValue(year);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.reportButton()->isEnabled()); // no institution selected
        select(page);
        QVERIFY(page.reportButton()->isEnabled());

        QTest::mouseClick(page.reportButton(), Qt::LeftButton);
        AnnualReportDialog *dialog = page.reportDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->removeButton()->isEnabled());
        dialog->receivedOn()->setDate(QDate(2025, 2, 14));
        dialog->selfEvaluation()->setPlainText(QStringLiteral("Parteneriat bun cu asociațiile."));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        AnnualReportRepository repository(m_db->connection());
        QVERIFY(repository.report(m_institution, year));
        QCOMPARE(repository.report(m_institution, year)->receivedOn, QDate(2025, 2, 14));
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(repository.report(m_institution, year)->selfEvaluation,
                 QStringLiteral("Parteneriat bun cu asociațiile."));
        compareShown(page, QStringLiteral("A6"));
        QCOMPARE(test::rawValue(*page.model(), page.model()->rowOfId(m_institution),
                                AnnualFiguresTableModel::Reported)
                     .toInt(),
                 1);
        QVERIFY(!page.missing()->text().contains(QStringLiteral("Testului")));

        m_undo.undo();
        QVERIFY(!repository.report(m_institution, year));
        compareShown(page, QStringLiteral("A6"));
        QVERIFY(page.missing()->text().contains(QStringLiteral("Testului")));
        m_undo.redo();
        QVERIFY(repository.report(m_institution, year));
        compareShown(page, QStringLiteral("A6"));

        // Remove it through the form, undo puts it back.
        select(page);
        QTest::mouseClick(page.reportButton(), Qt::LeftButton);
        dialog = page.reportDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->selfEvaluation()->toPlainText(),
                 QStringLiteral("Parteneriat bun cu asociațiile."));
        QVERIFY(dialog->removeButton()->isEnabled());
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QVERIFY(!repository.report(m_institution, year));
        QCOMPARE(m_undo.count(), 2);
        m_undo.undo();
        QCOMPARE(repository.report(m_institution, year)->selfEvaluation,
                 QStringLiteral("Parteneriat bun cu asociațiile."));
        compareShown(page, QStringLiteral("A6"));
    }

    // The report saved by someone else while its form is open: "Back to the form" puts their D
    // in the form beside the user's date, the next Save saves both, and undo goes back to theirs.
    void reportSavedMeanwhileIsCombined()
    {
        recordElsewhere(QDate(2025, 2, 14), QStringLiteral("Prima evaluare."));
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));
        QTest::mouseClick(page.reportButton(), Qt::LeftButton);
        AnnualReportDialog *dialog = page.reportDialog();
        QVERIFY(dialog);
        recordElsewhere(QDate(2025, 2, 14), QStringLiteral("Evaluarea lor."));
        dialog->receivedOn()->setDate(QDate(2025, 2, 20));
        Dialogs::setNextChoice(2); // back to the form
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Evaluarea lor.")),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->selfEvaluation()->toPlainText(), QStringLiteral("Evaluarea lor."));
        QCOMPARE(dialog->receivedOn()->date(), QDate(2025, 2, 20));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        AnnualReportRepository repository(m_db->connection());
        QCOMPARE(repository.report(m_institution, year)->receivedOn, QDate(2025, 2, 20));
        QCOMPARE(repository.report(m_institution, year)->selfEvaluation,
                 QStringLiteral("Evaluarea lor."));
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(repository.report(m_institution, year)->receivedOn, QDate(2025, 2, 14));
        QCOMPARE(repository.report(m_institution, year)->selfEvaluation,
                 QStringLiteral("Evaluarea lor."));
    }

    // A report recorded by someone else while the form of a new one is open: "Keep mine" saves
    // the user's, and undo puts theirs back (not "no report").
    void reportRecordedMeanwhileKeepMine()
    {
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));
        QTest::mouseClick(page.reportButton(), Qt::LeftButton);
        AnnualReportDialog *dialog = page.reportDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->removeButton()->isEnabled());
        recordElsewhere(QDate(2025, 2, 10), QStringLiteral("Evaluarea lor."));
        dialog->receivedOn()->setDate(QDate(2025, 2, 14));
        dialog->selfEvaluation()->setPlainText(QStringLiteral("Evaluarea mea."));
        Dialogs::setNextChoice(0); // keep mine
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Evaluarea lor.")),
                 qPrintable(Dialogs::lastMessage()));

        AnnualReportRepository repository(m_db->connection());
        QCOMPARE(repository.report(m_institution, year)->selfEvaluation,
                 QStringLiteral("Evaluarea mea."));
        m_undo.undo();
        QVERIFY(repository.report(m_institution, year));
        QCOMPARE(repository.report(m_institution, year)->selfEvaluation,
                 QStringLiteral("Evaluarea lor."));
        QCOMPARE(repository.report(m_institution, year)->receivedOn, QDate(2025, 2, 10));
    }

    // The same, back to the form: their D comes into the form beside the user's date, and the
    // report is now a recorded one (Remove enabled).
    void reportRecordedMeanwhileBackToForm()
    {
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));
        QTest::mouseClick(page.reportButton(), Qt::LeftButton);
        AnnualReportDialog *dialog = page.reportDialog();
        QVERIFY(dialog);
        recordElsewhere(QDate(2025, 2, 10), QStringLiteral("Evaluarea lor."));
        dialog->receivedOn()->setDate(QDate(2025, 2, 14));
        Dialogs::setNextChoice(2); // back to the form
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->selfEvaluation()->toPlainText(), QStringLiteral("Evaluarea lor."));
        QVERIFY(dialog->removeButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const std::optional<AnnualReport> saved =
            AnnualReportRepository(m_db->connection()).report(m_institution, year);
        QVERIFY(saved);
        QCOMPARE(saved->receivedOn, QDate(2025, 2, 14));
        QCOMPARE(saved->selfEvaluation, QStringLiteral("Evaluarea lor."));
    }

    // Remove on a report someone else changed meanwhile asks again, naming the change; No keeps
    // it. One removed meanwhile is said so, and the form closes with nothing to undo.
    void reportChangedOrRemovedMeanwhileOnRemove()
    {
        recordElsewhere(QDate(2025, 2, 14), QStringLiteral("Prima evaluare."));
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));
        QTest::mouseClick(page.reportButton(), Qt::LeftButton);
        QPointer<AnnualReportDialog> dialog = page.reportDialog();
        QVERIFY(dialog);
        recordElsewhere(QDate(2025, 2, 14), QStringLiteral("Evaluarea lor."));
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Evaluarea lor.")),
                 qPrintable(Dialogs::lastMessage()));
        AnnualReportRepository repository(m_db->connection());
        QVERIFY(repository.report(m_institution, year));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_undo.count(), 0);

        QVERIFY(repository.removeReport(m_institution, year));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("nothing left")),
                 qPrintable(Dialogs::lastMessage()));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_undo.count(), 0);
        QVERIFY(!repository.report(m_institution, year));
    }

    // The year's conclusions through their form, with undo; saved by someone else while the
    // form is open, "Keep mine" saves the user's and undo goes back to theirs; a redo over a
    // change made since writes nothing.
    void conclusionsThroughTheFormAndSavedMeanwhile()
    {
        AnnualReportRepository repository(m_db->connection());
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));
        QTest::mouseClick(page.conclusionsButton(), Qt::LeftButton);
        QPointer<ConclusionsDialog> dialog = page.conclusionsDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->editor()->setPlainText(QStringLiteral("Recomandăm publicarea minutelor."));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(repository.conclusions(year), QStringLiteral("Recomandăm publicarea minutelor."));
        QCOMPARE(m_undo.count(), 1);

        QTest::mouseClick(page.conclusionsButton(), Qt::LeftButton);
        dialog = page.conclusionsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->editor()->toPlainText(),
                 QStringLiteral("Recomandăm publicarea minutelor."));
        QVERIFY(repository.setConclusions(year, QStringLiteral("Concluziile lor.")));
        dialog->editor()->setPlainText(QStringLiteral("Concluziile mele."));
        Dialogs::setNextChoice(0); // keep mine
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Concluziile lor.")),
                 qPrintable(Dialogs::lastMessage()));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(repository.conclusions(year), QStringLiteral("Concluziile mele."));
        m_undo.undo();
        QCOMPARE(repository.conclusions(year), QStringLiteral("Concluziile lor."));

        // A redo over what someone else wrote since the undo writes nothing, says what they
        // wrote, and leaves the stack.
        QVERIFY(repository.setConclusions(year, QStringLiteral("Concluziile altora.")));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        m_undo.redo();
        QVERIFY2(Dialogs::lastMessage().contains(
                     QStringLiteral("“Concluziile lor.” → “Concluziile altora.”")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(repository.conclusions(year), QStringLiteral("Concluziile altora."));
        QVERIFY(!m_undo.canRedo());
    }

    // A figure someone else typed for the chosen code while the form was open: Save asks, naming
    // their number; No keeps theirs and closes the form, Yes saves the user's and undo goes back
    // to theirs.
    void manualFigureTypedMeanwhile()
    {
        const QString free = QStringLiteral("A3_1");
        AnnualReportRepository repository(m_db->connection());
        const auto stored = [&] {
            const QList<ManualFigure> figures = repository.manualFigures(m_institution, year);
            return figures.isEmpty() ? qint64(-1) : figures.first().value;
        };
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));

        QTest::mouseClick(page.manualButton(), Qt::LeftButton);
        QPointer<ManualFigureDialog> dialog = page.manualDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->setCode(free));
        QVERIFY(repository.setManualFigure(m_institution, year, free, 5));
        dialog->valueBox()->setValue(7);
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("(empty) → “5”")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(stored(), qint64(5));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_undo.count(), 0);

        QTest::mouseClick(page.manualButton(), Qt::LeftButton);
        dialog = page.manualDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->setCode(free));
        QVERIFY(repository.setManualFigure(m_institution, year, free, 6));
        dialog->valueBox()->setValue(8);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(stored(), qint64(8));
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(stored(), qint64(6));
    }

    void manualFigureThroughTheFormAndItsRefusal()
    {
        // A court case of the year: the records provide C1, so it cannot be typed.
        CourtCase c;
        c.institutionId = m_institution;
        c.year = year;
        QVERIFY(PublicMeetingRepository(m_db->connection()).addCourtCase(c).ok());
        QVERIFY(AnnualFigures::recordsProvide(m_db->connection(), m_institution, year,
                                              QStringLiteral("C1")));
        const QString free = QStringLiteral("A3_1");
        QVERIFY(!AnnualFigures::recordsProvide(m_db->connection(), m_institution, year, free));

        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));

        QTest::mouseClick(page.manualButton(), Qt::LeftButton);
        ManualFigureDialog *dialog = page.manualDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->setCode(QStringLiteral("C1")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY2(dialog->refusalLabel()->text().contains(QLatin1String("C1")),
                 qPrintable(dialog->refusalLabel()->text()));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        Q_EMIT dialog->saveRequested(); // even forced, the page refuses it and says why
        QVERIFY2(Dialogs::lastMessage().contains(QLatin1String("C1")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(m_undo.count(), 0);
        QVERIFY(AnnualReportRepository(m_db->connection())
                    .manualFigures(m_institution, year)
                    .isEmpty());

        QVERIFY(dialog->setCode(free));
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->removeButton()->isEnabled());
        dialog->valueBox()->setValue(7);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(m_undo.count(), 1);
        Figure figure = computed(free);
        QCOMPARE(figure.value.toLongLong(), 7);
        QCOMPARE(figure.source, FigureSource::Manual);
        QVERIFY(!figure.enteredBy.isEmpty());
        compareShown(page, free);
        QVERIFY(page.model()
                    ->index(page.model()->rowOfId(m_institution),
                            AnnualFiguresTableModel::FirstIndicator + FormIndicators::indexOf(free))
                    .data(AnnualFiguresTableModel::ManualRole)
                    .toBool());

        m_undo.undo();
        QVERIFY(!computed(free).provided);
        compareShown(page, free);
        m_undo.redo();
        QCOMPARE(computed(free).value.toLongLong(), 7);
        compareShown(page, free);

        // Remove it through the form; undo brings the number back.
        select(page);
        QTest::mouseClick(page.manualButton(), Qt::LeftButton);
        dialog = page.manualDialog();
        QVERIFY(dialog->setCode(free));
        QCOMPARE(dialog->valueBox()->value(), 7);
        QVERIFY(dialog->removeButton()->isEnabled());
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QVERIFY(AnnualReportRepository(m_db->connection())
                    .manualFigures(m_institution, year)
                    .isEmpty());
        compareShown(page, free);
        m_undo.undo();
        QCOMPARE(computed(free).value.toLongLong(), 7);
        compareShown(page, free);
    }

    // A court case someone else changed since the list was read: Save asks, naming their change;
    // No keeps theirs and shows it, Yes saves the user's and undo goes back to theirs. One they
    // deleted: Delete says so and the list drops it.
    void courtCaseChangedOrDeletedMeanwhile()
    {
        PublicMeetingRepository repository(m_db->connection());
        CourtCase c;
        c.institutionId = m_institution;
        c.year = year;
        c.reference = QStringLiteral("1/2024");
        const Result<qint64> id = repository.addCourtCase(c);
        QVERIFY2(id, qPrintable(id.error()));
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));
        QTest::mouseClick(page.courtButton(), Qt::LeftButton);
        QPointer<CourtCasesDialog> dialog = page.courtDialog();
        QVERIFY(dialog);
        dialog->list()->setCurrentRow(0);

        CourtCase theirs = *repository.findCourtCase(id.value());
        theirs.reference = QStringLiteral("2/2024");
        QVERIFY(repository.updateCourtCase(theirs));
        dialog->statusBox()->setCurrentIndex(
            dialog->statusBox()->findData(int(CourtCaseStatus::WonByInstitution)));
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("2/2024")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(repository.findCourtCase(id.value())->status, CourtCaseStatus::Pending);
        QCOMPARE(dialog->referenceEdit()->text(), QStringLiteral("2/2024"));
        QCOMPARE(m_undo.count(), 0);

        theirs.reference = QStringLiteral("3/2024");
        QVERIFY(repository.updateCourtCase(theirs));
        dialog->statusBox()->setCurrentIndex(
            dialog->statusBox()->findData(int(CourtCaseStatus::WonByInstitution)));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(repository.findCourtCase(id.value())->status, CourtCaseStatus::WonByInstitution);
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(repository.findCourtCase(id.value())->reference, QStringLiteral("3/2024"));
        QCOMPARE(repository.findCourtCase(id.value())->status, CourtCaseStatus::Pending);

        dialog->list()->setCurrentRow(0);
        QVERIFY(repository.removeCourtCase(id.value()));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("nothing left")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(dialog->list()->count(), 0);
        QCOMPARE(m_undo.count(), 1);
    }

    void courtCasesThroughTheForm()
    {
        AnnualFiguresPage page(context());
        QVERIFY(showWithTheInstitution(page));
        QTest::mouseClick(page.courtButton(), Qt::LeftButton);
        CourtCasesDialog *dialog = page.courtDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 0);
        QVERIFY(!dialog->deleteButton()->isEnabled());

        PublicMeetingRepository repository(m_db->connection());
        dialog->yearBox()->setValue(year);
        dialog->statusBox()->setCurrentIndex(
            dialog->statusBox()->findData(int(CourtCaseStatus::WonByPlaintiff)));
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(repository.courtCases(m_institution).size(), 1);
        const qint64 id = repository.courtCases(m_institution).first().id;
        QCOMPARE(dialog->list()->count(), 1);
        QCOMPARE(computed(QStringLiteral("C1_a")).value.toLongLong(), 1);
        compareShown(page, QStringLiteral("C1"));
        compareShown(page, QStringLiteral("C1_a"));

        m_undo.undo();
        QCOMPARE(repository.courtCases(m_institution).size(), 0);
        QCOMPARE(dialog->list()->count(), 0);
        compareShown(page, QStringLiteral("C1_a"));
        m_undo.redo();
        QCOMPARE(repository.courtCases(m_institution).size(), 1);
        QCOMPARE(repository.courtCases(m_institution).first().id, id);
        compareShown(page, QStringLiteral("C1_a"));

        // Edit: won by the institution.
        dialog->list()->setCurrentRow(0);
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->statusBox()->setCurrentIndex(
            dialog->statusBox()->findData(int(CourtCaseStatus::WonByInstitution)));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(repository.findCourtCase(id)->status, CourtCaseStatus::WonByInstitution);
        QCOMPARE(computed(QStringLiteral("C1_b")).value.toLongLong(), 1);
        compareShown(page, QStringLiteral("C1_a"));
        compareShown(page, QStringLiteral("C1_b"));
        m_undo.undo();
        QCOMPARE(repository.findCourtCase(id)->status, CourtCaseStatus::WonByPlaintiff);
        compareShown(page, QStringLiteral("C1_b"));
        m_undo.redo();

        // Delete; undo puts it back under its number.
        dialog->list()->setCurrentRow(0);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(!repository.findCourtCase(id));
        compareShown(page, QStringLiteral("C1"));
        QCOMPARE(m_undo.count(), 3);
        m_undo.undo();
        QCOMPARE(repository.findCourtCase(id)->status, CourtCaseStatus::WonByInstitution);
        compareShown(page, QStringLiteral("C1"));
        compareShown(page, QStringLiteral("C1_b"));
        QCOMPARE(dialog->list()->count(), 1);
    }
};

QTEST_MAIN(TestAnnualReportForms)
#include "tst_annualreportforms.moc"

#include "PageTest.h"
#include "Windows.h"

#include "transparency/AnnualFiguresPage.h"
#include "transparency/AnnualReportRepository.h"
#include "transparency/ImportReportsDialog.h"
#include "transparency/InstitutionRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace dc;

// Annual figures > Import received reports…: the files chosen, read with a progress bar, a preview
// per file (institution, model, values, warnings, cells rejected, what will change) before
// anything is written; Import writes every file in one transaction, Cancel writes nothing.
class TestImportReportsDialog final : public test::EmptyPageTest
{
    Q_OBJECT

    qint64 m_ministry = 0;

    QSqlDatabase db() const { return m_db->connection(); }

    qint64 institution(const QString &name) const
    {
        Institution i;
        i.name = name;
        i.kind = InstitutionKind::Ministry;
        const Result<qint64> id = InstitutionRepository(db()).add(i);
        return id ? id.value() : 0;
    }

    /// The received reports: two of the checked-in ones and one whose cells are partly bad.
    QString folder() const
    {
        const QString dir = m_db->filePath(QStringLiteral("primite"));
        QDir().mkpath(dir);
        for (const char *name : {"form-anexa-20-2025.xlsx", "anexa-20-2025.ods"})
            QFile::copy(test::dataPath(QStringLiteral("reports/") + QLatin1String(name)),
                        QDir(dir).filePath(QLatin1String(name)));
        test::writeFile(
            QDir(dir).filePath(QStringLiteral("testelor.csv")),
            QStringLiteral(u"Numele autorității sau instituției publice:;Ministerul Testelor\r\n"
                           u"Anul:;2025\r\nA1;3\r\nA7;#DIV/0!\r\nA9_2;1\r\nB8;1\r\nB9;2\r\n")
                .toUtf8());
        return dir;
    }

    static QString text(const QTableWidget *table, int row, int column)
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

    int storedReports() const
    {
        int n = 0;
        for (const Institution &i : InstitutionRepository(db()).all())
            n += AnnualReportRepository(db()).received(i.id, 2025) ? 1 : 0;
        return n;
    }

    void prepare() override
    {
        m_ministry = institution(QStringLiteral("Ministerul Formularelor (fictiv)"));
        institution(QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"));
        institution(QStringLiteral("Ministerul Testelor"));
    }

private Q_SLOTS:
    void previewThenImportInOneGo()
    {
        ImportReportsDialog dialog(m_db->database());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.addFolder(folder()), 3);
        QVERIFY(dialog.runPreview());
        QTableWidget *preview = dialog.previewTable();
        QCOMPARE(preview->rowCount(), 3);
        // Files in the order of their names.
        QCOMPARE(text(preview, 0, ImportReportsDialog::FileColumn),
                 QStringLiteral("anexa-20-2025.ods"));
        QCOMPARE(text(preview, 0, ImportReportsDialog::InstitutionColumn),
                 QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"));
        QVERIFY(text(preview, 0, ImportReportsDialog::ModelColumn)
                    .startsWith(QStringLiteral("Anexa nr. 20")));
        QCOMPARE(text(preview, 0, ImportReportsDialog::YearColumn), QStringLiteral("2025"));
        QCOMPARE(text(preview, 0, ImportReportsDialog::ValuesColumn), QStringLiteral("44"));
        QVERIFY(text(preview, 0, ImportReportsDialog::ChangeColumn)
                    .startsWith(QLatin1String("New report")));
        QCOMPARE(text(preview, 2, ImportReportsDialog::FileColumn), QStringLiteral("testelor.csv"));
        QCOMPARE(text(preview, 2, ImportReportsDialog::WarningsColumn), QStringLiteral("1"));
        QCOMPARE(text(preview, 2, ImportReportsDialog::RejectedColumn), QStringLiteral("1"));
        // The cells rejected and the warnings, each with its file and cell.
        QTableWidget *issues = dialog.issueTable();
        QCOMPARE(issues->rowCount(), 2);
        QCOMPARE(text(issues, 0, ImportReportsDialog::IssueCell), QStringLiteral("L4:C2"));
        QCOMPARE(text(issues, 0, ImportReportsDialog::IssueKind), QStringLiteral("Rejected"));
        QCOMPARE(text(issues, 1, ImportReportsDialog::IssueKind), QStringLiteral("Warning"));
        QVERIFY(text(issues, 1, ImportReportsDialog::IssueMessage)
                    .contains(QLatin1String("B9 = 2 is more than B8 = 1")));
        // Nothing is written before Import.
        QCOMPARE(storedReports(), 0);
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.runImport());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storedReports(), 3);
        QCOMPARE(dialog.resultText(),
                 QStringLiteral("Received reports imported: 3 new, 0 replaced, 0 unchanged, 0 "
                                "files not imported."));
    }

    void cancelWritesNothing()
    {
        ImportReportsDialog dialog(m_db->database());
        dialog.setFiles({folder()});
        QCOMPARE(dialog.files().size(), 3);
        QVERIFY(dialog.runPreview());
        dialog.reject();
        QCOMPARE(storedReports(), 0);
    }

    void theOptionsApplyToEveryFileAndAChangeAsksForANewPreview()
    {
        const QString file = m_db->filePath(QStringLiteral("fara-antet.csv"));
        QVERIFY(test::writeFile(file, "A1;3\r\nA9_2;1\r\n"));
        ImportReportsDialog dialog(m_db->database());
        dialog.setFiles({file});
        QVERIFY(dialog.runPreview());
        QVERIFY(text(dialog.previewTable(), 0, ImportReportsDialog::ChangeColumn)
                    .contains(QLatin1String("year")));
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.yearSpin()->setValue(2025);
        QCOMPARE(dialog.previewTable()->rowCount(), 0); // the preview no longer matches
        dialog.institutionCombo()->setCurrentIndex(dialog.institutionCombo()->findData(m_ministry));
        dialog.receivedEdit()->setDate(QDate(2026, 6, 1));
        QVERIFY(dialog.runPreview());
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.runImport());
        const std::optional<ReceivedReport> stored =
            AnnualReportRepository(db()).received(m_ministry, 2025);
        QVERIFY(stored);
        QCOMPARE(stored->receivedOn, QDate(2026, 6, 1));
    }

    void alreadyImportedFilesLeaveNothingToImport()
    {
        {
            ImportReportsDialog dialog(m_db->database());
            dialog.setFiles({folder()});
            QVERIFY(dialog.runPreview() && dialog.runImport());
        }
        ImportReportsDialog again(m_db->database());
        again.setFiles({folder()});
        QVERIFY(again.runPreview());
        QVERIFY(text(again.previewTable(), 0, ImportReportsDialog::ChangeColumn)
                    .startsWith(QLatin1String("Unchanged")));
        QVERIFY(!again.importButton()->isEnabled());
    }

    void annualFiguresPageOpensTheDialogAndShowsTheReports()
    {
        AnnualFiguresPage page(context());
        QVERIFY(test::showAt(page, {1400, 800}));
        page.year()->setValue(2025);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("importReportsButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->click();
        auto *dialog = page.findChild<ImportReportsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setFiles({folder()});
        QVERIFY(dialog->runPreview());
        QSignalSpy notices(&page, &Page::notice);
        QVERIFY(dialog->runImport());
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().startsWith(
            QLatin1String("Received reports imported: 3 new")));
        QVERIFY(page.missing()->text().contains(
            QLatin1String("Every institution has reported for 2025")));
    }
};

QTEST_MAIN(TestImportReportsDialog)
#include "tst_importreportsdialog.moc"

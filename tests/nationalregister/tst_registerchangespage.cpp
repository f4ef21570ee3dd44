#include "ModelCells.h"
#include "PageTest.h"
#include "RegisterWorkbook.h"
#include "common/Dialogs.h"
#include "documents/RegisterChangesReport.h"
#include "nationalregister/RegisterChangeModel.h"
#include "nationalregister/RegisterChangesPage.h"
#include "nationalregister/RegisterImportDialog.h"
#include "nationalregister/RegisterImportModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace dc;
using dc::test::registerRow;
using dc::test::writeRegisterWorkbook;

// The national register in the window: the import dialog (several files, a folder, the kind
// asked, cancel, rejected rows, the same file twice), the "What changed" page and its models,
// and the document it prints.
class TestRegisterChangesPage final : public test::EmptyPageTest
{
    Q_OBJECT

    QString path(const QString &name) const { return m_db->filePath(name); }

    static QList<QStringList> firstEdition()
    {
        return {registerRow(QStringLiteral("Asociația Alfa"), QStringLiteral("1/A/2001"), {},
                            QStringLiteral("Cluj")),
                registerRow(QStringLiteral("Asociația Beta"), QStringLiteral("2/A/2002"), {},
                            QStringLiteral("Iași")),
                registerRow(QStringLiteral("Asociația Gama"), QStringLiteral("3/A/2003"), {},
                            QStringLiteral("Arad")),
                registerRow(QStringLiteral("Asociația Delta"), QStringLiteral("4/A/2004"), {},
                            QStringLiteral("Cluj"))};
    }

    static QList<QStringList> secondEdition()
    {
        QList<QStringList> rows = firstEdition();
        rows[1][2] = QStringLiteral("radiata");
        rows[2][0] = QStringLiteral("Asociația Gama Nouă");
        rows[3][3] = QStringLiteral("Arad");
        rows << registerRow(QStringLiteral("Asociația Eta"), QStringLiteral("5/A/2026"), {},
                            QStringLiteral("Cluj"));
        return rows;
    }

    /// Imports @p file through the dialog.
    bool importThroughDialog(const QString &file)
    {
        RegisterImportDialog dialog(m_db->database());
        dialog.setFiles({file});
        dialog.setKind(RegisterKind::Association);
        return dialog.runImport();
    }

    void twoEditions()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii-1.xlsx")), firstEdition()));
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii-2.xlsx")), secondEdition()));
        QVERIFY(importThroughDialog(path(QStringLiteral("asociatii-1.xlsx"))));
        QVERIFY(importThroughDialog(path(QStringLiteral("asociatii-2.xlsx"))));
    }

    static QStringList column(const QAbstractItemModel &model, int column,
                              int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data(role).toString();
        return values;
    }

private Q_SLOTS:
    void dialogImportsSeveralFilesAndListsTheRejectedRows()
    {
        QList<QStringList> rows = firstEdition();
        rows << registerRow(QString(), QStringLiteral("9/A/2009"), {}, QStringLiteral("Cluj"))
             << registerRow(QStringLiteral("Asociația Fără Județ"), QStringLiteral("10/A/2010"), {},
                            QStringLiteral("Atlantida"));
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii.xlsx")), rows));
        QVERIFY(writeRegisterWorkbook(
            path(QStringLiteral("fundatii.xlsx")),
            {registerRow(QStringLiteral("Fundația Unu"), QStringLiteral("1/F/2001"), {},
                         QStringLiteral("Olt"))}));
        RegisterImportDialog dialog(m_db->database());
        QCOMPARE(dialog.addFolder(m_db->dir()), 2);
        QVERIFY(dialog.runImport());
        QCOMPARE(dialog.summaries().size(), 2);
        QCOMPARE(dialog.summaries().at(0).added, 4);
        QCOMPARE(dialog.summaries().at(0).kind, RegisterKind::Association);
        QCOMPARE(dialog.summaries().at(1).kind, RegisterKind::Foundation);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM organization WHERE legal_form = 'foundation'")),
                 1);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("6 rows read")),
                 qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QStringLiteral("2 rows rejected")));
        QTableWidget *rejected = dialog.rejectedTable();
        QCOMPARE(rejected->rowCount(), 2);
        QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("asociatii.xlsx"));
        QCOMPARE(rejected->item(0, 1)->text(),
                 QStringLiteral("6")); // header on row 1, data from row 2
        QVERIFY(rejected->item(0, 2)->text().contains(QStringLiteral("name")));
        QCOMPARE(rejected->item(1, 1)->text(), QStringLiteral("7"));
        QVERIFY(rejected->item(1, 2)->text().contains(QStringLiteral("Atlantida")));
        QVERIFY(dialog.files().isEmpty()); // done: not offered again
    }

    void dialogAsksTheKindWhenTheNameDoesNotSay()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("export-2026.xlsx")), firstEdition()));
        RegisterImportDialog dialog(m_db->database());
        dialog.setFiles({path(QStringLiteral("export-2026.xlsx"))});
        Dialogs::setNextChoice(2); // federation
        QVERIFY(dialog.runImport());
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("export-2026.xlsx")));
        QCOMPARE(dialog.summaries().constFirst().kind, RegisterKind::Federation);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM organization WHERE legal_form = 'federation'")),
                 4);
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii-1.xlsx")), firstEdition()));
        QVERIFY(importThroughDialog(path(QStringLiteral("asociatii-1.xlsx"))));
        QList<QStringList> rows = secondEdition();
        for (int i = 0; i < 3000; ++i)
            rows << registerRow(QStringLiteral("Asociația %1").arg(i),
                                QStringLiteral("%1/B").arg(i), {}, QStringLiteral("Cluj"));
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii-2.xlsx")), rows));
        const int organizations = scalar(QStringLiteral("SELECT count(*) FROM organization"));
        const int changes = scalar(QStringLiteral("SELECT count(*) FROM register_change"));
        const int audit = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

        RegisterImportDialog dialog(m_db->database());
        dialog.setFiles({path(QStringLiteral("asociatii-2.xlsx"))});
        dialog.setCancelAfterRows(1000);
        QVERIFY(!dialog.runImport());
        QVERIFY(dialog.summaries().isEmpty());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("cancelled")),
                 qPrintable(dialog.resultText()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organization")), organizations);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_change")), changes);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_import")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM organization WHERE status = 'struck_off'")),
            0);
        QCOMPARE(dialog.files().size(), 1); // still there to try again
    }

    void sameFileTwiceChangesNothingAndTheDialogSaysSo()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii.xlsx")), firstEdition()));
        QVERIFY(importThroughDialog(path(QStringLiteral("asociatii.xlsx"))));
        RegisterImportDialog dialog(m_db->database());
        dialog.setFiles({path(QStringLiteral("asociatii.xlsx"))});
        QVERIFY(dialog.runImport());
        QVERIFY2(dialog.resultText().contains(QStringLiteral("already imported")),
                 qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QStringLiteral("nothing changed")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_import")), 1);
    }

    void importModelListsTheImportsNewestFirst()
    {
        twoEditions();
        RegisterImportModel model(m_db->connection());
        test::checkWithTester(&model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RegisterImportModel::ColumnCount));
        QCOMPARE(
            column(model, RegisterImportModel::File),
            (QStringList{QStringLiteral("asociatii-2.xlsx"), QStringLiteral("asociatii-1.xlsx")}));
        QCOMPARE(model.index(0, RegisterImportModel::Read).data().toString(), QStringLiteral("5"));
        const auto count = [&](RegisterImportModel::Column c) {
            return model.index(0, c).data(RegisterImportModel::RawValueRole).toInt();
        };
        QCOMPARE(count(RegisterImportModel::Added), 1);
        QCOMPARE(count(RegisterImportModel::StatusChanged), 1);
        QCOMPARE(count(RegisterImportModel::Changed), 2);
        QCOMPARE(count(RegisterImportModel::Unchanged), 1);
        QCOMPARE(model.index(0, RegisterImportModel::Kind).data().toString(),
                 registerKindName(RegisterKind::Association));
        QCOMPARE(model.index(0, RegisterImportModel::Sha256)
                     .data(RegisterImportModel::RawValueRole)
                     .toString()
                     .size(),
                 64);
        QCOMPARE(
            model.index(0, RegisterImportModel::Sha256).data(Qt::ToolTipRole).toString().size(),
            64);
        QCOMPARE(model.rowOf(model.index(1, 0).data(RegisterImportModel::IdRole).toLongLong()), 1);
        QVERIFY(
            !model.headerData(RegisterImportModel::Sha256, Qt::Horizontal).toString().isEmpty());
        model.reload();
        QCOMPARE(model.rowCount(), 2);
    }

    void changeModelFiltersByKindAndCounty()
    {
        twoEditions();
        RegisterChangeModel model(m_db->connection());
        test::checkWithTester(&model);
        model.showLastImport();
        QCOMPARE(model.rowCount(), 4);
        model.setKinds({QStringLiteral("renamed"), QStringLiteral("struck_off")});
        QCOMPARE(column(model, RegisterChangeModel::RegistryNumber),
                 (QStringList{QStringLiteral("2/A/2002"), QStringLiteral("3/A/2003")}));
        model.setCounty(scalar(QStringLiteral("SELECT id FROM county WHERE name = 'Arad'")));
        QCOMPARE(column(model, RegisterChangeModel::RegistryNumber),
                 QStringList{QStringLiteral("3/A/2003")});
        model.setKinds({});
        QCOMPARE(column(model, RegisterChangeModel::RegistryNumber),
                 (QStringList{QStringLiteral("3/A/2003"), QStringLiteral("4/A/2004")}));
        model.setCounty(std::nullopt);
        model.setImports(0, 0); // every import from the start
        QCOMPARE(model.rowCount(), 4 + 4);
    }

    void pageShowsTheLastImportAndBetweenAnyTwo()
    {
        twoEditions();
        RegisterChangesPage page(context());
        QCOMPARE(page.imports()->rowCount(), 2);
        QCOMPARE(column(*page.changeView()->model(), RegisterChangeModel::Kind,
                        RegisterChangeModel::RawValueRole),
                 (QStringList{QStringLiteral("struck_off"), QStringLiteral("renamed"),
                              QStringLiteral("moved_county"), QStringLiteral("added")}));
        const qint64 first = page.imports()->import(1).id;
        const qint64 second = page.imports()->import(0).id;
        page.showBetween(0, first);
        QCOMPARE(page.changes()->rowCount(), 4);
        QCOMPARE(
            column(*page.changes(), RegisterChangeModel::Kind, RegisterChangeModel::RawValueRole),
            QStringList(4, QStringLiteral("added")));
        page.showBetween(first, second);
        page.setKind(QStringLiteral("moved_county"));
        QCOMPARE(page.changes()->rowCount(), 1);
        QCOMPARE(page.changes()->index(0, RegisterChangeModel::Detail).data().toString(),
                 QStringLiteral("Cluj → Arad"));
        QVERIFY(page.statusText().startsWith(QStringLiteral("1 change")));

        // The document: the imports compared, the filter, the counts and the rows shown.
        QVERIFY(page.hasDocument());
        const reports::ReportDocument doc = page.document();
        QVERIFY(doc.subtitle.contains(QStringLiteral("asociatii-1.xlsx")));
        QVERIFY(doc.subtitle.contains(QStringLiteral("asociatii-2.xlsx")));
        QCOMPARE(doc.figures.rows.size(), 1);
        QCOMPARE(doc.figures.rows.constFirst().at(1), QStringLiteral("4/A/2004"));
        bool filterSaid = false;
        for (const reports::Block &b : doc.blocks)
            filterSaid = filterSaid || (b.kind == reports::Block::Kind::Paragraph &&
                                        b.text.contains(QStringLiteral("moved county")));
        QVERIFY(filterSaid);

        // Export of the rows shown.
        Dialogs::setNextFileName(path(QStringLiteral("changes.csv")));
        page.exportChanges();
        QFile csv(path(QStringLiteral("changes.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("4/A/2004")));
        QVERIFY(!text.contains(QStringLiteral("2/A/2002")));
    }

    void pageImportsThroughTheFileMenuAction()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii.xlsx")), firstEdition()));
        RegisterChangesPage page(context());
        QVERIFY(!page.hasDocument());
        QVERIFY(page.fileActions().contains(page.importAction()));
        QSignalSpy notices(&page, &Page::notice);
        // The dialog is modal: fill it and press Import once it shows, then close it.
        QTimer::singleShot(0, &page, [this, &page] {
            auto *dialog = page.findChild<RegisterImportDialog *>();
            QVERIFY(dialog);
            dialog->setFiles({path(QStringLiteral("asociatii.xlsx"))});
            QVERIFY(dialog->runImport());
            dialog->reject();
        });
        page.importAction()->trigger();
        QCOMPARE(page.imports()->rowCount(), 1);
        QCOMPARE(page.changes()->rowCount(), 4);
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.constFirst().constFirst().toString().contains(
            QStringLiteral("4 organizations added")));
    }

    void reportCountsTheKinds()
    {
        reports::RegisterChangesData data;
        RegisterChange added;
        added.kind = QStringLiteral("added");
        added.name = QStringLiteral("Asociația Alfa");
        RegisterChange gone = added;
        gone.kind = QStringLiteral("struck_off");
        data.changes = {added, gone, added};
        const reports::ReportDocument doc =
            reports::registerChangesReport(data, QDate(2026, 11, 25));
        QCOMPARE(doc.generatedOn, QDate(2026, 11, 25));
        QVERIFY(!doc.title.isEmpty());
        const reports::Block *counts = nullptr;
        for (const reports::Block &b : doc.blocks) {
            if (b.kind == reports::Block::Kind::Table) {
                counts = &b;
                break;
            }
        }
        QVERIFY(counts);
        QCOMPARE(counts->table.rows.size(), 3);
        QCOMPARE(counts->table.rows.at(0),
                 (QStringList{QStringLiteral("added"), QStringLiteral("2")}));
        QCOMPARE(counts->table.rows.at(2),
                 (QStringList{QStringLiteral("Total"), QStringLiteral("3")}));
        QVERIFY(counts->table.totalRow);
        QCOMPARE(doc.figures.rows.size(), 3);
    }
};

QTEST_MAIN(TestRegisterChangesPage)
#include "tst_registerchangespage.moc"

// A form whose save fails stays open with what the user typed (RecordEditing: openRecordForm,
// execRecordForm, and the organization's form), so that nothing typed is lost when the database
// refuses the write (a server gone, a file locked); Save works again once the cause is gone. A
// record deleted by someone else while its form was open can be added again. The write is
// refused here with SQLite's query_only, or on a server by making the session's transactions
// read-only, on a fresh database per test.

#include "PageTest.h"
#include "Seeding.h"
#include "common/Dialogs.h"
#include "programs/EditionPage.h"
#include "programs/IndicatorDialog.h"
#include "programs/IndicatorRepository.h"
#include "registry/OrganizationDialog.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationsPage.h"
#include "transparency/InstitutionDialog.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/InstitutionTableModel.h"
#include "transparency/InstitutionsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace dc;

class TestRecordEditing final : public test::EmptyPageTest
{
    Q_OBJECT

    /// Makes every write of the test's connection fail (SQLite's "readonly database", the
    /// server's "read-only transaction"), or not.
    void refuseWrites(bool refuse)
    {
        QSqlQuery q(m_db->connection());
        const QString sql =
            test::onServer() ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ %1")
                                   .arg(refuse ? QStringLiteral("ONLY") : QStringLiteral("WRITE"))
                             : QStringLiteral("PRAGMA query_only = %1")
                                   .arg(refuse ? QStringLiteral("ON") : QStringLiteral("OFF"));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

    /// The words of the database's refusal that the user is shown.
    static QString refusal()
    {
        return test::onServer() ? QStringLiteral("read-only") : QStringLiteral("readonly");
    }

    /// Runs @p act on the dialog of type T that the next modal exec() opens.
    template <typename T> static void whenDialogOpens(std::function<void(T &)> act)
    {
        QTimer::singleShot(0, qApp, [act] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            act(*dialog);
        });
    }

    static QPushButton *saveButton(const QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    InstitutionsPage *m_page = nullptr;
    InstitutionsPage *page() const { return m_page; }

    /// Adds the fictitious agency with @p liaison; its id.
    qint64 addAgency(const QString &liaison)
    {
        Institution agency;
        agency.name = QStringLiteral("Agentia Exemplului (fictiva)");
        agency.liaisonName = liaison;
        const Result<qint64> id = InstitutionRepository(m_db->connection()).add(agency);
        return id ? *id : 0;
    }

    /// Opens the form of the institution @p id on the institutions page (shown once).
    InstitutionDialog *openAgency(qint64 id)
    {
        if (!m_page)
            m_page = showInWindow<InstitutionsPage>();
        if (!m_page)
            return nullptr;
        m_page->databaseChanged({QStringLiteral("*")});
        const QString name = InstitutionRepository(m_db->connection()).find(id)->name;
        m_page->selectRow(rowOf(m_page->view(), InstitutionTableModel::Name, name));
        m_page->editInstitution();
        return m_page->institutionDialog();
    }

    void prepare() override { m_page = nullptr; }

    qsizetype institutionCount() const
    {
        return InstitutionRepository(m_db->connection()).all().size();
    }

private Q_SLOTS:
    void aFailedSaveKeepsTheFormOpenWithWhatWasTyped()
    {
        auto *page = showInWindow<InstitutionsPage>();
        QVERIFY(page);
        const qsizetype before = institutionCount();
        page->addInstitution();
        InstitutionDialog *dialog = page->institutionDialog();
        QVERIFY(dialog);
        QTest::keyClicks(field<QLineEdit>(*dialog, "name"),
                         QStringLiteral("Agentia Exemplului (fictiva)"));
        QVERIFY2(dialog->canSave(), qPrintable(dialog->problems().join(QLatin1Char('\n'))));

        refuseWrites(true);
        Dialogs::setNextAnswer(QMessageBox::Ok); // the box that says why
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(refusal(), Qt::CaseInsensitive),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(page->institutionDialog(), dialog); // still open, still the same form
        QVERIFY(dialog->isVisible());
        QCOMPARE(field<QLineEdit>(*dialog, "name")->text(),
                 QStringLiteral("Agentia Exemplului (fictiva)"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QCOMPARE(institutionCount(), before);
        QCOMPARE(m_undo.count(), 0);

        // Once the database takes writes again, the same Save saves and closes the form.
        refuseWrites(false);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!page->institutionDialog());
        QCOMPARE(institutionCount(), before + 1);
        QCOMPARE(m_undo.count(), 1);
    }

    void aRecordDeletedMeanwhileIsAddedAgainOnlyWhenTheUserSaysSo()
    {
        InstitutionRepository repository(m_db->connection());
        Institution agency;
        agency.name = QStringLiteral("Agentia Exemplului (fictiva)");
        const Result<qint64> id = repository.add(agency);
        QVERIFY2(id, qPrintable(id.error()));
        auto *page = showInWindow<InstitutionsPage>();
        QVERIFY(page);
        const int row = rowOf(page->view(), InstitutionTableModel::Name, agency.name);
        QVERIFY(row >= 0);
        page->selectRow(row);
        page->editInstitution();
        InstitutionDialog *dialog = page->institutionDialog();
        QVERIFY(dialog);
        QCOMPARE(field<QLineEdit>(*dialog, "name")->text(), agency.name);
        QTest::keyClicks(field<QLineEdit>(*dialog, "liaisonName"), QStringLiteral("Ana Pop"));
        QVERIFY(repository.remove(*id)); // someone else, meanwhile
        const qsizetype left = institutionCount();

        // No: nothing is written and the form stays open.
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(Dialogs::lastMessage().contains(QLatin1String("deleted this record")));
        QCOMPARE(page->institutionDialog(), dialog);
        QCOMPARE(institutionCount(), left);

        // Yes: added again as the form has it, as a new record, undoably.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!page->institutionDialog());
        QCOMPARE(institutionCount(), left + 1);
        const QList<Institution> all = repository.all();
        const auto again = std::find_if(
            all.begin(), all.end(), [&](const Institution &i) { return i.name == agency.name; });
        QVERIFY(again != all.end());
        QCOMPARE(again->liaisonName, QStringLiteral("Ana Pop"));
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(institutionCount(), left);
    }

    // Someone else saved the record while its form was open: Save shows what each changed, field
    // by field; Back to the form combines both (their change in the field the user left alone,
    // the user's in the other) and the next Save saves that, undoably back to theirs.
    void anotherUsersChangeIsShownAndCombined()
    {
        InstitutionRepository repository(m_db->connection());
        const qint64 id = addAgency(QStringLiteral("Ana Pop"));
        InstitutionDialog *dialog = openAgency(id);
        QVERIFY(dialog);
        QTest::keyClicks(field<QLineEdit>(*dialog, "liaisonPhone"), QStringLiteral("021 000 0000"));
        Institution theirs = *repository.find(id);
        theirs.liaisonName = QStringLiteral("Ion Ionescu");
        QVERIFY(repository.update(theirs));

        Dialogs::setNextChoice(2); // back to the form
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const QString shown = Dialogs::lastMessage();
        QVERIFY2(shown.contains(QLatin1String("Someone else saved this record")),
                 qPrintable(shown));
        for (const char *value : {"Ana Pop", "Ion Ionescu", "021 000 0000"})
            QVERIFY2(shown.contains(QLatin1String(value)), value);
        QCOMPARE(page()->institutionDialog(), dialog);
        QCOMPARE(field<QLineEdit>(*dialog, "liaisonName")->text(), QStringLiteral("Ion Ionescu"));
        QCOMPARE(field<QLineEdit>(*dialog, "liaisonPhone")->text(), QStringLiteral("021 000 0000"));
        QCOMPARE(repository.find(id)->liaisonPhone, QString()); // nothing saved yet
        QCOMPARE(m_undo.count(), 0);

        Dialogs::setNextChoice(0); // would keep the user's version over theirs, were it asked
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!page()->institutionDialog());
        QCOMPARE(repository.find(id)->liaisonName, QStringLiteral("Ion Ionescu"));
        QCOMPARE(repository.find(id)->liaisonPhone, QStringLiteral("021 000 0000"));
        m_undo.undo();
        QCOMPARE(repository.find(id)->liaisonName, QStringLiteral("Ion Ionescu"));
        QCOMPARE(repository.find(id)->liaisonPhone, QString());
        Dialogs::setNextChoice(-1);
    }

    // Keep mine saves the user's version over theirs; Take theirs closes the form and leaves
    // theirs.
    void keepMineOrTakeTheirs()
    {
        InstitutionRepository repository(m_db->connection());
        const qint64 id = addAgency(QStringLiteral("Ana Pop"));
        InstitutionDialog *dialog = openAgency(id);
        QVERIFY(dialog);
        QLineEdit *liaison = field<QLineEdit>(*dialog, "liaisonName");
        liaison->selectAll();
        QTest::keyClicks(liaison, QStringLiteral("Maria Pop"));
        Institution theirs = *repository.find(id);
        theirs.liaisonName = QStringLiteral("Ion Ionescu");
        QVERIFY(repository.update(theirs));
        Dialogs::setNextChoice(0);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!page()->institutionDialog());
        QCOMPARE(repository.find(id)->liaisonName, QStringLiteral("Maria Pop"));
        QCOMPARE(m_undo.count(), 1);

        dialog = openAgency(id);
        QVERIFY(dialog);
        liaison = field<QLineEdit>(*dialog, "liaisonName");
        liaison->selectAll();
        QTest::keyClicks(liaison, QStringLiteral("Elena Pop"));
        theirs = *repository.find(id);
        theirs.liaisonName = QStringLiteral("Ion Ionescu");
        QVERIFY(repository.update(theirs));
        Dialogs::setNextChoice(1);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!page()->institutionDialog());
        QCOMPARE(repository.find(id)->liaisonName, QStringLiteral("Ion Ionescu"));
        QCOMPARE(m_undo.count(), 1);
    }

    void aModalFormStaysOpenAfterAFailedSave()
    {
        const qint64 edition = test::addProgramEdition(
            m_db->connection(), QStringLiteral(u"Programul Promotorii Voluntariatului în România"),
            2, 2021);
        QVERIFY(edition);
        EditionPage page(context());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        bool stayedOpen = false;
        whenDialogOpens<IndicatorDialog>([this, edition, &stayedOpen](IndicatorDialog &dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")),
                             QStringLiteral("Participants"));
            QVERIFY(saveButton(dialog)->isEnabled());
            refuseWrites(true);
            Dialogs::setNextAnswer(QMessageBox::Ok);
            saveButton(dialog)->click();
            stayedOpen = dialog.isVisible() && QApplication::activeModalWidget() == &dialog &&
                         dialog.findChild<QLineEdit *>(QStringLiteral("name"))->text() ==
                             QLatin1String("Participants") &&
                         IndicatorRepository(m_db->connection()).ofEdition(edition).isEmpty();
            refuseWrites(false);
            saveButton(dialog)->click(); // saves, and closes the form
        });
        page.addIndicator();
        QVERIFY(stayedOpen);
        const QList<Indicator> saved = IndicatorRepository(m_db->connection()).ofEdition(edition);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, QStringLiteral("Participants"));
        QCOMPARE(m_undo.count(), 1);
    }

    // The organization's form too: another user's change shown and combined with the user's.
    void anotherUsersChangeToAnOrganizationIsCombined()
    {
        const qint64 id = test::addOrganization(m_db->connection(),
                                                QStringLiteral("Asociatia Exemplu (fictiva)"));
        QVERIFY(id > 0);
        OrganizationsPage page(context());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        bool combined = false;
        whenDialogOpens<OrganizationDialog>([this, id, &combined](OrganizationDialog &dialog) {
            auto *locality = dialog.findChild<QLineEdit *>(QStringLiteral("localityEdit"));
            auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
            locality->selectAll();
            QTest::keyClicks(locality, QStringLiteral("Pascani"));
            OrganizationRepository repository(m_db->connection());
            Organization theirs = *repository.find(id);
            theirs.phone = QStringLiteral("0232 000 000");
            QVERIFY(repository.update(theirs));
            Dialogs::setNextChoice(2); // back to the form
            saveButton(dialog)->click();
            combined = dialog.isVisible() && locality->text() == QLatin1String("Pascani") &&
                       phone->text() == QLatin1String("0232 000 000") &&
                       Dialogs::lastMessage().contains(QLatin1String("0232 000 000"));
            saveButton(dialog)->click();
        });
        page.editOrganization(id);
        QVERIFY(combined);
        const Organization stored = *OrganizationRepository(m_db->connection()).find(id);
        QCOMPARE(stored.locality, QStringLiteral("Pascani"));
        QCOMPARE(stored.phone, QStringLiteral("0232 000 000"));
        QCOMPARE(m_undo.count(), 1);
    }

    void theOrganizationFormStaysOpenAfterAFailedSave()
    {
        OrganizationsPage page(context());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int before = OrganizationRepository(m_db->connection()).count();
        bool stayedOpen = false;
        whenDialogOpens<OrganizationDialog>([this, &stayedOpen](OrganizationDialog &dialog) {
            auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            QTest::keyClicks(name, QStringLiteral("Asociatia Exemplu (fictiva)"));
            auto *county = dialog.findChild<QComboBox *>(QStringLiteral("countyCombo"));
            county->setCurrentIndex(county->findText(QStringLiteral("Cluj")));
            QVERIFY(dialog.canSave());
            refuseWrites(true);
            Dialogs::setNextAnswer(QMessageBox::Ok);
            saveButton(dialog)->click();
            stayedOpen =
                dialog.isVisible() && name->text() == QLatin1String("Asociatia Exemplu (fictiva)");
            refuseWrites(false);
            saveButton(dialog)->click();
        });
        const qint64 id = page.newOrganization();
        QVERIFY(stayedOpen);
        QVERIFY(id > 0);
        QCOMPARE(OrganizationRepository(m_db->connection()).count(), before + 1);
        QCOMPARE(OrganizationRepository(m_db->connection()).find(id)->name,
                 QStringLiteral("Asociatia Exemplu (fictiva)"));
    }
};

QTEST_MAIN(TestRecordEditing)
#include "tst_recordediting.moc"

// Live updates in the window on a database on a PostgreSQL server: what another official saves
// reaches the open pages without any action of the user (ChangeFeed, Page::databaseChanged).
#include "Seeding.h"
#include "ServerTest.h"
#include "TestDatabase.h"
#include "Windows.h"
#include "app/MainWindow.h"
#include "common/Dialogs.h"
#include "common/MessageBar.h"
#include "common/Page.h"
#include "nationalregister/RegisterChangesPage.h"
#include "registry/ImportDialog.h"
#include "registry/OrganizationsPage.h"
#include "storage/ChangeFeed.h"
#include "storage/ConnectionWatch.h"
#include "storage/Database.h"
#include "transparency/InstitutionDialog.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/InstitutionsPage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dc;

class TestLiveUpdates final : public test::ServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // The organizations page, shown: another official's new organization is listed within a
    // second or so, and the status bar says why the list changed.
    void anotherUsersOrganizationAppears()
    {
        MainWindow window(open(Database::OpenMode::CreateIfMissing));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(QStringLiteral("organizations"));
        const int before = rows(window);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());

        const std::unique_ptr<Database> theirs = open(Database::OpenMode::ExistingOnly);
        QVERIFY(test::addOrganization(theirs->connection(),
                                      QStringLiteral("Asociația Fictivă de Test")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rows(window), before + 1, 3000);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Updated with changes saved by another user."));
    }

    // On a server the imports are there as on a file (the CSV of organizations, the national
    // register) with the exports.
    void theFileImportsAreThereOnAServer()
    {
        MainWindow window(open(Database::OpenMode::CreateIfMissing));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto *organizations = window.findChild<OrganizationsPage *>();
        const auto *register_ = window.findChild<RegisterChangesPage *>();
        QVERIFY(organizations && register_);
        for (const QList<QAction *> &actions :
             {organizations->fileActions(), register_->fileActions()}) {
            QCOMPARE(actions.size(), 2);
            for (const QAction *action : actions)
                QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        }
    }

    // File > Import CSV… on a server: the preview, then the import on a worker connection; the
    // organizations are listed and the status bar says how many were added.
    void theCsvImportRunsOnAServer()
    {
        MainWindow window(open(Database::OpenMode::CreateIfMissing));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *organizations =
            qobject_cast<OrganizationsPage *>(window.page(QStringLiteral("organizations")));
        QVERIFY(organizations);
        window.setCurrentPage(QStringLiteral("organizations"));
        const int before = rows(window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("noi.csv"));
        QVERIFY(test::writeFile(path, "Denumire;Judet;Domenii\n"
                                      "Asociatia Import Fereastra (fictiv);Cluj;Educatie\n"
                                      "Fundatia Import Fereastra (fictiv);Iasi;\n"));
        Dialogs::setNextFileName(path);
        bool previewed = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, &window, [&] {
            // The import dialog, once shown with its preview: Import.
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ImportDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
                for (QPushButton *b : buttons) {
                    if (b->text().remove(QLatin1Char('&')) == QLatin1String("Import") &&
                        b->isEnabled()) {
                        answer.stop();
                        previewed = true;
                        b->click();
                        return;
                    }
                }
            }
        });
        answer.start();
        QTimer giveUp;
        giveUp.setSingleShot(true);
        connect(&giveUp, &QTimer::timeout, &window, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<ImportDialog *>(w); dialog && dialog->isVisible())
                    dialog->reject();
            }
        });
        giveUp.start(20000);
        organizations->fileActions().at(0)->trigger();
        QVERIFY(previewed);
        QTRY_COMPARE_WITH_TIMEOUT(rows(window), before + 2, 5000);
        QStringList shown;
        for (const MessageBar *bar : window.findChildren<MessageBar *>())
            shown << bar->text();
        QVERIFY2(shown.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Import of noi.csv finished: 2 added, 0 updated")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        // The import ran on the window's worker connection: not another user's change.
        QTest::qWait(4 * ChangeFeed::defaultDelayMs);
        QVERIFY2(window.statusBar()->currentMessage() !=
                     QStringLiteral("Updated with changes saved by another user."),
                 qPrintable(window.statusBar()->currentMessage()));
        const std::unique_ptr<Database> theirs = open(Database::OpenMode::ExistingOnly);
        QSqlQuery q(theirs->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organization WHERE name LIKE "
                                      "'%Import Fereastra (fictiv)'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    // A hidden page is not read while hidden (nothing wasted on pages no one looks at), and is
    // read again, up to date, as soon as it is shown.
    void aHiddenPageIsReadWhenShown()
    {
        MainWindow window(open(Database::OpenMode::CreateIfMissing));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(QStringLiteral("organizations"));
        const int before = rows(window);
        window.setCurrentPage(QStringLiteral("institutions"));

        const std::unique_ptr<Database> theirs = open(Database::OpenMode::ExistingOnly);
        QVERIFY(test::addOrganization(theirs->connection(),
                                      QStringLiteral("Fundația Fictivă de Test")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.statusBar()->currentMessage().isEmpty(), 3000);
        QCOMPARE(rows(window), before);
        window.setCurrentPage(QStringLiteral("organizations"));
        QCOMPARE(rows(window), before + 1);
    }

    // The window's own edits are not told as someone else's.
    void ownChangesAreNotToldAsAnotherUsers()
    {
        auto mine = open(Database::OpenMode::CreateIfMissing);
        const Database &database = *mine;
        MainWindow window(std::move(mine));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::addOrganization(database.connection(),
                                      QStringLiteral("Clubul Fictiv de Test")) > 0);
        QTest::qWait(1000);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    // The server lost and back: a banner says so and stays while the server does not answer;
    // once it is back the banner says so, and other officials' changes arrive again.
    void aLostConnectionIsShownUntilItIsBack()
    {
        MainWindow window(open(Database::OpenMode::CreateIfMissing));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(QStringLiteral("organizations"));
        window.connectionWatch()->setInterval(50);
        const auto *banner = window.findChild<MessageBar *>();
        const int before = rows(window);

        QVERIFY(cutOff(true));
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->text().startsWith(QStringLiteral("The connection to the server is lost (")),
            3000);
        QVERIFY(banner->isVisible());
        QTest::qWait(300);
        QVERIFY(banner->text().startsWith(QStringLiteral("The connection to the server is lost")));

        QVERIFY(cutOff(false));
        QTRY_COMPARE_WITH_TIMEOUT(banner->text(),
                                  QStringLiteral("The connection to the server is back."), 3000);
        const std::unique_ptr<Database> theirs = open(Database::OpenMode::ExistingOnly);
        QVERIFY(test::addOrganization(theirs->connection(),
                                      QStringLiteral("Asociația Fictivă Revenită")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rows(window), before + 1, 3000);
    }

    // A form saved while the server is gone stays open with what was typed (the box says why);
    // once the connection is back, the same Save saves it for everyone.
    void aFormSavedWhileTheServerIsGoneIsKeptAndSavedOnceItIsBack()
    {
        MainWindow window(open(Database::OpenMode::CreateIfMissing));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(QStringLiteral("institutions"));
        window.connectionWatch()->setInterval(50);
        const auto *banner = window.findChild<MessageBar *>();
        auto *page = window.findChild<InstitutionsPage *>();
        QVERIFY(page);
        page->addInstitution();
        InstitutionDialog *form = page->institutionDialog();
        QVERIFY(form);
        const QString name = QStringLiteral("Agentia Fictiva de Test");
        auto *nameField = form->findChild<QLineEdit *>(QStringLiteral("name"));
        QTest::keyClicks(nameField, name);
        QVERIFY(form->saveButton()->isEnabled());

        QVERIFY(cutOff(true));
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->text().startsWith(QStringLiteral("The connection to the server is lost (")),
            3000);
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("connection")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(page->institutionDialog(), form);
        QVERIFY(form->isVisible());
        QCOMPARE(nameField->text(), name);

        QVERIFY(cutOff(false));
        QTRY_COMPARE_WITH_TIMEOUT(banner->text(),
                                  QStringLiteral("The connection to the server is back."), 3000);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY(!page->institutionDialog());
        const std::unique_ptr<Database> theirs = open(Database::OpenMode::ExistingOnly);
        QSqlQuery q(theirs->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM institution WHERE name = ?"));
        q.addBindValue(name);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Two officials edit the same institution: the second to save sees what the first changed
    // (their form was not touched by the live update), chooses to combine, and saves both changes.
    void concurrentEditsOfOneRecordAreCombined()
    {
        const std::unique_ptr<Database> theirs = open(Database::OpenMode::CreateIfMissing);
        InstitutionRepository theirRecords(theirs->connection());
        Institution agency;
        agency.name = QStringLiteral("Agentia Fictiva de Test");
        agency.liaisonName = QStringLiteral("Ana Pop");
        const Result<qint64> id = theirRecords.add(agency);
        QVERIFY2(id, qPrintable(id.error()));

        MainWindow window(open(Database::OpenMode::ExistingOnly));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(QStringLiteral("institutions"));
        auto *page = window.findChild<InstitutionsPage *>();
        QVERIFY(page);
        page->selectRow(0);
        page->editInstitution();
        InstitutionDialog *form = page->institutionDialog();
        QVERIFY(form);
        auto *phone = form->findChild<QLineEdit *>(QStringLiteral("liaisonPhone"));
        QTest::keyClicks(phone, QStringLiteral("021 000 0000"));

        Institution changed = *theirRecords.find(*id);
        changed.liaisonName = QStringLiteral("Ion Ionescu");
        QVERIFY(theirRecords.update(changed));
        QTRY_VERIFY_WITH_TIMEOUT(!window.statusBar()->currentMessage().isEmpty(), 3000);
        QCOMPARE(page->institutionDialog(), form);
        QCOMPARE(phone->text(), QStringLiteral("021 000 0000"));

        Dialogs::setNextChoice(2); // back to the form, both changes combined
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("Ion Ionescu")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(page->institutionDialog(), form);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QVERIFY(!page->institutionDialog());
        const std::optional<Institution> stored = theirRecords.find(*id);
        QCOMPARE(stored->liaisonName, QStringLiteral("Ion Ionescu"));
        QCOMPARE(stored->liaisonPhone, QStringLiteral("021 000 0000"));
    }

private:
    bool cutOff(bool off) { return bool(m_cluster.cutOff(m_name, off)); }

    void prepareProgram() override
    {
        QVERIFY(m_dir.isValid());
        test::useTestSettings(m_dir, QStringLiteral("tst_liveupdates"));
    }

    void prepare() override { QSettings().clear(); }

    std::unique_ptr<Database> open(Database::OpenMode mode)
    {
        auto opened = Database::open(url(), mode);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    static int rows(const MainWindow &window)
    {
        const auto *page =
            qobject_cast<OrganizationsPage *>(window.page(QStringLiteral("organizations")));
        return page->view()->model()->rowCount();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"

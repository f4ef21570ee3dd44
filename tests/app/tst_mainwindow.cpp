// The main window: it remembers its size, layout and databases (in a settings file of the test's
// own, never the user's), switches databases, shows the row count and the database's warnings.

#include "Keyboard.h"
#include "Seeding.h"
#include "TestDatabase.h"
#include "Windows.h"
#include "app/DatabaseChooser.h"
#include "app/MainWindow.h"
#include "app/SettingsKeys.h"
#include "common/Dialogs.h"
#include "common/MessageBar.h"
#include "common/Page.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationTableModel.h"
#include "registry/OrganizationsPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dc;

using test::typeText;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::useTestSettings(m_dir, QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void restoresGeometryAndHeaderState()
    {
        const QString path = m_dir.filePath(QStringLiteral("layout.sqlite"));
        QSize saved;
        {
            MainWindow window(open(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(917, 633);
            saved = window.size();
            QVERIFY2(saved.width() < 1000, "the window can be made narrow (a 1024-pixel screen)");
            QHeaderView *header = organizations(window)->view()->horizontalHeader();
            header->resizeSection(OrganizationTableModel::Name, 333);
            header->moveSection(header->visualIndex(OrganizationTableModel::County), 0);
            header->setSectionHidden(OrganizationTableModel::Phone, false);
            organizations(window)->view()->sortByColumn(OrganizationTableModel::County,
                                                        Qt::DescendingOrder);
            QTest::qWait(50);
            window.close();
        }

        QVERIFY(!QSettings().value(SettingsKeys::geometry).toByteArray().isEmpty());
        QVERIFY(!QSettings().value(SettingsKeys::organizationsHeader).toByteArray().isEmpty());

        MainWindow window(open(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), saved);
        const OrganizationsPage *page = organizations(window);
        QHeaderView *header = page->view()->horizontalHeader();
        QCOMPARE(header->sectionSize(OrganizationTableModel::Name), 333);
        QCOMPARE(header->visualIndex(OrganizationTableModel::County), 0);
        QVERIFY(!header->isSectionHidden(OrganizationTableModel::Phone));
        QCOMPARE(header->sortIndicatorSection(), int(OrganizationTableModel::County));
        QCOMPARE(page->model()->sortColumn(), int(OrganizationTableModel::County));
        QCOMPARE(page->model()->sortOrder(), Qt::DescendingOrder);
    }

    void titleAndStatusBar()
    {
        const QString path = m_dir.filePath(QStringLiteral("status.sqlite"));
        auto database = open(path);
        const qint64 preset = OrganizationRepository(database->connection()).count();
        QVERIFY(test::addOrganization(database->connection(), QStringLiteral("Asociația Unu")) > 0);
        QVERIFY(test::addOrganization(database->connection(), QStringLiteral("Asociația Doi")) > 0);
        MainWindow window(std::move(database));
        window.setCurrentPage(QStringLiteral("organizations")); // the home page comes first
        window.show();
        QVERIFY(window.windowTitle().contains(QLatin1String("status.sqlite")));
        auto *count = window.findChild<QLabel *>(QStringLiteral("rowCountLabel"));
        QVERIFY(count);
        const QString total = QString::number(preset + 2);
        QVERIFY2(count->text().startsWith(total), qPrintable(count->text()));

        // The count follows the search: "1 of 6 organizations shown".
        typeText(organizations(window)->searchEdit(), QStringLiteral("unu"));
        QTRY_VERIFY2(count->text().startsWith(QLatin1Char('1')) && count->text().contains(total),
                     qPrintable(count->text()));
    }

    void openingAnotherDatabaseRemembersIt()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        MainWindow window(open(first));
        const int preset = organizations(window)->model()->rowCount();
        QVERIFY(test::addOrganization(window.database().connection(),
                                      QStringLiteral("Asociația din primul fișier")) > 0);
        organizations(window)->reload();
        QCOMPARE(organizations(window)->model()->rowCount(), preset + 1);

        QVERIFY(window.openDatabase(second));
        QCOMPARE(window.database().path(), QFileInfo(second).absoluteFilePath());
        QVERIFY(window.windowTitle().contains(QLatin1String("second.sqlite")));
        QCOMPARE(organizations(window)->model()->rowCount(), preset);
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(QSettings().value(SettingsKeys::lastDatabase).toString(),
                 QFileInfo(second).absoluteFilePath());
        QCOMPARE(MainWindow::recentDatabases(), (QStringList{QFileInfo(second).absoluteFilePath(),
                                                             QFileInfo(first).absoluteFilePath()}));

        // File > Open database… through the file dialog façade.
        Dialogs::setNextFileName(first);
        window.chooseDatabase();
        QCOMPARE(organizations(window)->model()->rowCount(), preset + 1);
        QCOMPARE(MainWindow::recentDatabases().first(), QFileInfo(first).absoluteFilePath());
    }

    void recentDatabasesForgetMissingFiles()
    {
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            paths << m_dir.filePath(QStringLiteral("recent%1.sqlite").arg(i));
            open(paths.last()); // creates the file
        }
        MainWindow window(open(paths.first()));
        for (const QString &path : std::as_const(paths))
            QVERIFY(window.openDatabase(path));
        QCOMPARE(MainWindow::recentDatabases().size(), SettingsKeys::maxRecentDatabases);
        QCOMPARE(MainWindow::recentDatabases().first(), QFileInfo(paths.last()).absoluteFilePath());

        QVERIFY(QFile::remove(paths.at(8)));
        QVERIFY(!MainWindow::recentDatabases().contains(QFileInfo(paths.at(8)).absoluteFilePath()));
        auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recentMenu);
        Q_EMIT recentMenu->aboutToShow();
        for (const QAction *action : recentMenu->actions())
            QVERIFY(!action->data().toString().endsWith(QLatin1String("recent8.sqlite")));
    }

    // Issue 19: a recent database deleted while the menu was open used to be created again, empty,
    // in its place; now the window says it is gone, keeps the database it has and drops the entry.
    void recentDatabaseRemovedSinceTheMenuWasShownIsNotCreated()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone.sqlite"));
        const QString kept = m_dir.filePath(QStringLiteral("kept.sqlite"));
        open(gone);
        MainWindow window(open(kept));
        QVERIFY(window.openDatabase(gone));
        QVERIFY(window.openDatabase(kept));
        auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recentMenu);
        Q_EMIT recentMenu->aboutToShow();
        QAction *goneAction = nullptr;
        for (QAction *action : recentMenu->actions()) {
            if (action->data().toString() == QFileInfo(gone).absoluteFilePath())
                goneAction = action;
        }

        QVERIFY(goneAction);
        QVERIFY(QFile::remove(gone));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        goneAction->trigger();
        QVERIFY(!QFileInfo::exists(gone));
        QCOMPARE(window.database().path(), QFileInfo(kept).absoluteFilePath());
        QVERIFY2(Dialogs::lastMessage().contains(QLatin1String("no longer exists")),
                 qPrintable(Dialogs::lastMessage()));
        QCOMPARE(QSettings().value(SettingsKeys::recentDatabases).toStringList(),
                 QStringList{QFileInfo(kept).absoluteFilePath()});
    }

    void aFileThatIsNotADatabaseIsRefused()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.sqlite"));
        const QString bad = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(test::writeFile(bad, QByteArrayLiteral("this is not a database\n")));
        MainWindow window(open(good));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openDatabase(bad));
        QVERIFY(Dialogs::lastMessage().contains(QLatin1String("notes.sqlite")));
        QCOMPARE(window.database().path(), QFileInfo(good).absoluteFilePath());
    }

    void findPutsTheFocusInTheSearchBox()
    {
        MainWindow window(open(m_dir.filePath(QStringLiteral("find.sqlite"))));
        window.setCurrentPage(QStringLiteral("organizations")); // the home page comes first
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        organizations(window)->view()->setFocus();
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(organizations(window)->searchEdit()->hasFocus());
    }

    void menusHoldTheStandardShortcuts()
    {
        MainWindow window(open(m_dir.filePath(QStringLiteral("menus.sqlite"))));
        window.setCurrentPage(QStringLiteral("organizations")); // its Edit actions
        QList<QKeySequence> shortcuts;
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                shortcuts << action->shortcuts();
                texts << action->text();
            }
        }
        for (const QKeySequence &expected :
             {QKeySequence(QKeySequence::Undo), QKeySequence(QKeySequence::New),
              QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::Find),
              QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(QKeySequence::Delete),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
            QVERIFY2(shortcuts.contains(expected), qPrintable(expected.toString()));
        QVERIFY(texts.contains(QStringLiteral("&Import CSV…")));
        QVERIFY(texts.contains(QStringLiteral("&Export…")));
        // Shortcuts are not given twice.
        for (const QKeySequence &shortcut : std::as_const(shortcuts))
            QCOMPARE(shortcuts.count(shortcut), 1);
    }

    void warningsShowInTheMessageBar()
    {
        MainWindow window(open(m_dir.filePath(QStringLiteral("bar.sqlite"))));
        window.show();
        // A file without warnings: no bar.
        QVERIFY(!window.messageBar()->isVisible());
        // A page's notice (an import finished, say) shows in the bar.
        Q_EMIT organizations(window)->notice(QStringLiteral("Import finished."));
        QVERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->text(), QStringLiteral("Import finished."));
    }

    // A file too large to be checked while it opens is checked in the background once the window
    // shows it; damage found then makes the window read-only and says so.
    void largeDamagedDatabaseTurnsReadOnlyOnceChecked()
    {
        const QString path = m_dir.filePath(QStringLiteral("large-damaged.sqlite"));
        open(path);
        QVERIFY(test::growDatabase(path, Database::checkAtOpenBytes));
        QVERIFY(test::damageDatabase(path));
        MainWindow window(open(path));
        window.show();
        QVERIFY(!window.database().isReadOnly());
        QVERIFY(window.database().isCheckPending());
        QTRY_VERIFY_WITH_TIMEOUT(window.database().isDamaged(), 10000);
        QVERIFY(window.database().isReadOnly());
        QVERIFY(window.windowTitle().contains(QLatin1String("read-only")));
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains(QLatin1String("is damaged")),
                 qPrintable(window.messageBar()->text()));
        QCOMPARE(window.undoStack()->count(), 0);
        for (QAction *action : organizations(window)->editActions()) {
            if (action->text().contains(QLatin1String("New")))
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
    }

    void chooserPicksTheDatabase()
    {
        const QString given = m_dir.filePath(QStringLiteral("given.sqlite"));
        QCOMPARE(DatabaseChooser::initialPath(given), given);
        QCOMPARE(DatabaseChooser::initialPath(QString()), Database::defaultPath());
        const QString last = m_dir.filePath(QStringLiteral("last.sqlite"));
        open(last);
        QSettings().setValue(SettingsKeys::lastDatabase, last);
        QCOMPARE(DatabaseChooser::initialPath(QString()), last);
        QVERIFY(QFile::remove(last));
        QCOMPARE(DatabaseChooser::initialPath(QString()), Database::defaultPath());
    }

    void chooserOffersAnotherFileWhenOpeningFails()
    {
        const QString bad = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QVERIFY(test::writeFile(bad, QByteArrayLiteral("garbage garbage garbage")));

        Dialogs::setNextChoice(3); // Quit
        QVERIFY(!DatabaseChooser::open(bad));
        QVERIFY(Dialogs::lastMessage().contains(QLatin1String("broken.sqlite")));

        const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
        Dialogs::setNextChoice(1); // Create new…
        Dialogs::setNextFileName(fresh);
        const std::unique_ptr<Database> created = DatabaseChooser::open(bad);
        QVERIFY(created);
        QCOMPARE(created->path(), QFileInfo(fresh + QStringLiteral(".sqlite")).absoluteFilePath());
    }

    // Issue 19: a mistyped --database is not created in the window either: the chooser says "no
    // such database" and offers another file, a new one (File > New), or to quit.
    void chooserDoesNotCreateAMistypedDatabase()
    {
        const QString typo = m_dir.filePath(QStringLiteral("typo/evidenta.sqlite"));
        Dialogs::setNextChoice(3); // Quit
        QVERIFY(!DatabaseChooser::open(typo));
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("no such database: %1").arg(typo)),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("typo"))));
    }

private:
    static std::unique_ptr<Database> open(const QString &path)
    {
        auto opened = Database::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        return std::move(opened).value();
    }

    static OrganizationsPage *organizations(const MainWindow &window)
    {
        return qobject_cast<OrganizationsPage *>(window.page(QStringLiteral("organizations")));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

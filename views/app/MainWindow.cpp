#include "MainWindow.h"

#include "ConnectDialog.h"
#include "CopyDatabaseDialog.h"
#include "PageRegistry.h"
#include "PasswordStore.h"
#include "PreferencesDialog.h"
#include "ServerUsersDialog.h"
#include "SettingsKeys.h"
#include "common/Dialogs.h"
#include "common/LocaleDates.h"
#include "common/MessageBar.h"
#include "common/Page.h"
#include "core/Language.h"
#include "documents/DocumentActions.h"
#include "storage/ChangeFeed.h"
#include "storage/ConnectionWatch.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dc {

namespace {

QString databaseFilter()
{
    return MainWindow::tr("Dialog Civic databases (*.sqlite *.db);;All files (*)");
}

// A file by its absolute path; a server connection by its URL as given.
QString canonical(const QString &path)
{
    return ServerAddress::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack = new QUndoStack(this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_stack = new QStackedWidget(this);
    m_messageBar = new MessageBar(this);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 4);
    contentLayout->addWidget(m_messageBar);
    contentLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("rowCountLabel"));
    // Which database is open, always in sight: a server's (shared with colleagues) or a file.
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_statusLabel);

    buildActions();
    buildMenus();
    retranslate();
    m_language = Language::current();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        if (QAction *action = m_pageActions->actions().value(row))
            action->setChecked(true);
        rebuildEditMenu();
        m_documentActions->update();
        updateStatus();
    });

    setDatabase(std::move(database));
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The commands and the pages hold connections to the database: gone before it closes.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
    m_undoStack->clear();
    m_connectionWatch.reset();
    m_changeFeed.reset();
    clearPages();
}

void MainWindow::buildActions()
{
    m_newDatabaseAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), QString(), this);
    m_newDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::createDatabase);

    m_openDatabaseAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_connectAction =
        new QAction(QIcon::fromTheme(QStringLiteral("network-server")), QString(), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(m_connectAction, &QAction::triggered, this, [this] { connectToServer(); });

    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), this);
    m_copyAction->setObjectName(QStringLiteral("copyDatabaseAction"));
    connect(m_copyAction, &QAction::triggered, this, [this] {
        auto *dialog = new CopyDatabaseDialog(*m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_usersAction = new QAction(QIcon::fromTheme(QStringLiteral("system-users")), QString(), this);
    m_usersAction->setObjectName(QStringLiteral("serverUsersAction"));
    m_usersAction->setEnabled(false);
    connect(m_usersAction, &QAction::triggered, this, [this] {
        auto *dialog = new ServerUsersDialog(*m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    // Some platforms (and the Windows key scheme) bind nothing to Quit; Ctrl+Q is what people know.
    m_quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                                   ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                   : QKeySequence::keyBindings(QKeySequence::Quit));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    createUndoActions();

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (Page *page = currentPage())
            page->focusSearch();
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_preferencesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), QString(), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
}

void MainWindow::createUndoActions()
{
    // The stack's actions keep the prefix they were made with: a new language makes new ones.
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabaseAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addAction(m_copyAction);
    m_fileMenu->addAction(m_usersAction);
    m_fileMenu->addSeparator();
    // Print preview, Print, Export PDF of the current page's document.
    m_documentActions = new DocumentActions(this, [this] { return currentPage(); });
    m_fileMenu->addActions(m_documentActions->actions());
    connect(m_fileMenu, &QMenu::aboutToShow, m_documentActions, &DocumentActions::update);
    m_pageFileActionsAnchor = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_viewMenu = menuBar()->addMenu(QString());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
}

void MainWindow::retranslate()
{
    m_navigation->setAccessibleName(tr("Pages"));
    m_newDatabaseAction->setText(tr("&New database…"));
    m_newDatabaseAction->setStatusTip(tr("Create an empty database file and work in it"));
    m_openDatabaseAction->setText(tr("&Open database…"));
    m_openDatabaseAction->setStatusTip(tr("Work in another database file"));
    m_connectAction->setText(tr("&Connect to server…"));
    m_connectAction->setStatusTip(
        tr("Work in the office's shared database on a PostgreSQL server"));
    m_copyAction->setText(tr("Cop&y database…"));
    m_copyAction->setStatusTip(
        tr("Copy the whole database into a new file or into an empty database on a server"));
    m_usersAction->setText(tr("Accounts of the data&base…"));
    m_usersAction->setStatusTip(tr("Give colleagues the reader's or the editor's role on the "
                                   "shared database (an administrator on a server)"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find"));
    m_findAction->setStatusTip(tr("Go to the search box of the page"));
    m_aboutAction->setText(tr("&About Dialog Civic"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(
        tr("The language of the program and the names in the documents' header"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent databases"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Installing a language sends several of these (one per translator); the rebuild runs once,
    // after them, and outside the event's walk over the children it deletes.
    if (event->type() == QEvent::LanguageChange && !m_languagePending) {
        m_languagePending = true;
        QTimer::singleShot(0, this, &MainWindow::applyLanguage);
    }
}

void MainWindow::applyLanguage()
{
    m_languagePending = false;
    if (m_language == Language::current())
        return;
    m_language = Language::current();
    const QString key = currentPage() ? currentPage()->key() : QString();
    // The commands on the stack refer to the pages about to be rebuilt and speak the old language.
    const bool hadHistory = m_undoStack->count() > 0;
    m_undoStack->clear();
    {
        QSettings settings;
        for (Page *page : std::as_const(m_pages))
            page->saveState(settings);
    }
    clearPages();
    createUndoActions();
    retranslate();
    buildPages();
    {
        const QSettings settings;
        for (Page *page : std::as_const(m_pages))
            page->restoreState(settings);
    }
    setCurrentPage(key);
    rebuildEditMenu();
    rebuildRecentMenu();
    updateTitle();
    updateStatus();
    if (hadHistory) {
        m_messageBar->showMessage(
            tr("The language was changed; the list of changes to undo was cleared."),
            MessageBar::Kind::Information);
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this, m_database ? m_database->connection() : QSqlDatabase());
    dialog.exec();
}

void MainWindow::buildPages()
{
    const PageContext context{m_database.get(), m_undoStack};
    const QList<PageFactory> factories = registeredPages();
    m_viewMenu->clear();
    int index = 0;
    for (const PageFactory &make : factories) {
        // Each page scrolls when the window is smaller than the page would like, so that the
        // window still fits a 1024-pixel screen whatever the widest page needs.
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        Page *page = make(context, scroll);
        useLocaleDates(page);
        scroll->setWidget(page);
        m_pages.append(page);
        m_stack->addWidget(scroll);
        auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
        item->setSizeHint(QSize(0, 36));
        item->setToolTip(page->title());

        auto *show = new QAction(page->icon(), page->title(), m_pageActions);
        show->setCheckable(true);
        if (index < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        connect(show, &QAction::triggered, this,
                [this, index] { m_navigation->setCurrentRow(index); });
        m_viewMenu->addAction(show);

        connect(page, &Page::statusTextChanged, this, [this, page] {
            if (page == currentPage())
                updateStatus();
        });
        connect(page, &Page::notice, this, [this](const QString &text) {
            m_messageBar->showMessage(text, MessageBar::Kind::Information);
        });
        connect(page, &Page::navigate, this, [this](const QString &key, const QVariantMap &filter) {
            if (Page *target = this->page(key)) {
                setCurrentPage(key);
                target->applyNavigationFilter(filter);
            }
        });
        page->setReadOnly(m_database->isReadOnly());
        ++index;
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    // The pages' file actions (import, export) go between Recent databases and Quit.
    for (Page *page : std::as_const(m_pages)) {
        for (QAction *action : page->fileActions())
            m_fileMenu->insertAction(m_pageFileActionsAnchor, action);
    }
    int width = 0;
    for (Page *page : std::as_const(m_pages))
        width = std::max(width, m_navigation->fontMetrics().horizontalAdvance(page->title()));
    m_navigation->setFixedWidth(std::max(150, width + 60));
    m_navigation->setCurrentRow(0);
}

void MainWindow::clearPages()
{
    m_pages.clear();
    m_navigation->clear();
    for (QAction *action : m_pageActions->actions())
        delete action;
    while (m_stack->count() > 0) {
        QWidget *scroll = m_stack->widget(0);
        m_stack->removeWidget(scroll);
        delete scroll; // now, with its page: it holds a connection to the database that is about to
                       // close
    }
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_integrityCheck.reset();
    m_connectionWatch.reset();
    m_changeFeed.reset();
    m_undoStack->clear();
    if (!m_pages.isEmpty()) {
        QSettings settings;
        for (Page *page : std::as_const(m_pages))
            page->saveState(settings);
    }
    clearPages();
    m_database = std::move(database);
    buildPages();
    {
        const QSettings settings;
        for (Page *page : std::as_const(m_pages))
            page->restoreState(settings);
    }
    rememberDatabase(m_database->path());

    const QStringList warnings = m_database->warnings();
    if (!warnings.isEmpty()) {
        m_messageBar->showMessage(warnings.join(QLatin1Char('\n')), MessageBar::Kind::Warning,
                                  !m_database->isReadOnly());
    } else {
        m_messageBar->hideMessage();
    }
    rebuildEditMenu();
    updateTitle();
    updateStatus();
    m_usersAction->setEnabled(m_database->isServer() &&
                              postgres::mayGrantRoles(m_database->connection()));
    startIntegrityCheck();
    startChangeFeed();
    m_connectionWatch = std::make_unique<ConnectionWatch>(*m_database);
    connect(m_connectionWatch.get(), &ConnectionWatch::lost, this, &MainWindow::connectionLost);
    connect(m_connectionWatch.get(), &ConnectionWatch::restored, this,
            &MainWindow::connectionRestored);
}

void MainWindow::startChangeFeed()
{
    m_changeFeed.reset(); // first: it would unsubscribe the new feed of the same connection
    m_changeFeed = std::make_unique<ChangeFeed>(m_database->connection());
    connect(m_changeFeed.get(), &ChangeFeed::tablesChanged, this, &MainWindow::changedElsewhere);
}

void MainWindow::connectionLost(const QString &reason)
{
    //: The banner while the shared database's server does not answer; %1 is the reason (libpq's
    //: words), %2 a number of seconds
    m_messageBar->showMessage(
        tr("The connection to the server is lost (%1). Nothing can be saved until it is back: a "
           "form you save meanwhile stays open with what you typed. Trying again every %L2 "
           "seconds…")
            .arg(reason)
            .arg(m_connectionWatch->interval() / 1000.0),
        MessageBar::Kind::Error, false);
}

void MainWindow::connectionRestored()
{
    m_messageBar->showMessage(tr("The connection to the server is back."),
                              MessageBar::Kind::Information);
    // What others saved meanwhile was not told: read every page again, then listen anew (the
    // connection opened again has lost its subscription).
    startChangeFeed();
    for (Page *page : std::as_const(m_pages))
        page->databaseChanged({QStringLiteral("*")});
    updateStatus();
}

void MainWindow::changedElsewhere(const QStringList &tables, bool onlyThisProgram)
{
    for (Page *page : std::as_const(m_pages))
        page->databaseChanged(tables);
    updateStatus();
    // This window's own import, written on its worker thread's connection, is not another's.
    if (onlyThisProgram)
        return;
    //: The status bar, for some seconds, when another official saved changes to the shared
    //: database on the server
    statusBar()->showMessage(tr("Updated with changes saved by another user."), 5000);
}

void MainWindow::startIntegrityCheck()
{
    m_integrityCheck.reset();
    if (!m_database->isCheckPending())
        return;
    m_integrityCheck = std::make_unique<IntegrityCheck>(m_database->path());
    connect(m_integrityCheck.get(), &IntegrityCheck::finished, this, &MainWindow::databaseChecked);
    m_integrityCheck->start();
}

void MainWindow::databaseChecked(const QString &problem)
{
    m_database->markChecked(problem);
    if (!m_database->isDamaged())
        return;
    // Nothing more is written: not an edit, not the undo of an earlier one.
    m_undoStack->clear();
    for (Page *page : std::as_const(m_pages))
        page->setReadOnly(true);
    m_messageBar->showMessage(m_database->warnings().join(QLatin1Char('\n')),
                              MessageBar::Kind::Warning, false);
    updateTitle();
}

Page *MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex(), nullptr);
}

Page *MainWindow::page(const QString &key) const
{
    for (Page *page : m_pages) {
        if (page->key() == key)
            return page;
    }
    return nullptr;
}

void MainWindow::setCurrentPage(const QString &key)
{
    if (Page *p = page(key))
        m_navigation->setCurrentRow(static_cast<int>(m_pages.indexOf(p)));
}

void MainWindow::rebuildEditMenu()
{
    m_editMenu->clear();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_toolBar->clear();
    const QList<QAction *> pageActions =
        currentPage() ? currentPage()->editActions() : QList<QAction *>();
    if (!pageActions.isEmpty()) {
        m_editMenu->addSeparator();
        m_editMenu->addActions(pageActions);
        m_toolBar->addActions(pageActions);
        m_toolBar->addSeparator();
    }
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
}

void MainWindow::updateTitle()
{
    // A server's database by its name and host (its URL's last part alone says little).
    const Result<ServerAddress> server = m_database->isServer()
                                             ? ServerAddress::parse(m_database->path())
                                             : Result<ServerAddress>::failure(QString());
    const QString name = server ? server->title() : QFileInfo(m_database->path()).fileName();
    setWindowTitle(m_database->isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    //: The status bar: the database open is on a server, shared with colleagues
    m_databaseLabel->setText(server ? tr("Server: %1").arg(name) : name);
    m_databaseLabel->setToolTip(m_database->path());
    setWindowFilePath(m_database->path());
}

void MainWindow::updateStatus()
{
    const Page *page = currentPage();
    m_statusLabel->setText(page ? page->statusText() : QString());
}

bool MainWindow::openDatabase(const QString &path)
{
    if (m_database && canonical(path) == canonical(m_database->path()))
        return true;
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        Dialogs::critical(this, tr("The database cannot be opened"), opened.error());
        return false;
    }
    setDatabase(std::move(opened).value());
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString dir = QFileInfo(m_database->path()).absolutePath();
    const QString path = Dialogs::openFileName(this, tr("Open database"), dir, databaseFilter());
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        Dialogs::warning(this, tr("Open database"),
                         tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::createDatabase()
{
    const QString dir = QFileInfo(m_database->path()).absolutePath();
    QString path = Dialogs::saveFileName(
        this, tr("New database"), QDir(dir).filePath(tr("evidence.sqlite")), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never wipe a file here: a database someone chose by mistake is worth more than a click.
        const auto answer = Dialogs::question(
            this, tr("New database"),
            tr("%1 already exists. Open it instead? (A new database needs a new file name.)")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return;
    }
    openDatabase(path);
}

QStringList MainWindow::recentDatabases()
{
    const QStringList stored = QSettings().value(SettingsKeys::recentDatabases).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if ((ServerAddress::isServerUrl(path) || QFileInfo::exists(path)) &&
            !existing.contains(path))
            existing << path;
    }
    return existing.mid(0, SettingsKeys::maxRecentDatabases);
}

void MainWindow::rememberDatabase(const QString &path)
{
    QSettings settings;
    QStringList recent = recentDatabases();
    const QString absolute = canonical(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(SettingsKeys::recentDatabases,
                      recent.mid(0, SettingsKeys::maxRecentDatabases));
    settings.setValue(SettingsKeys::lastDatabase, absolute);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    // Cleared of missing files as it is shown.
    QSettings().setValue(SettingsKeys::recentDatabases, recent);
    int number = 1;
    for (const QString &path : recent) {
        const QString label =
            QStringLiteral("&%1  %2").arg(number++).arg(QDir::toNativeSeparators(path));
        QAction *action = m_recentMenu->addAction(label);
        action->setData(path);
        action->setCheckable(true);
        action->setChecked(m_database && canonical(path) == canonical(m_database->path()));
        connect(action, &QAction::triggered, this, [this, path] { openRecentDatabase(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear the list"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().setValue(SettingsKeys::recentDatabases,
                                 m_database ? QStringList{canonical(m_database->path())}
                                            : QStringList());
            rebuildRecentMenu();
        });
    }
    m_recentMenu->menuAction()->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecentDatabase(const QString &path)
{
    if (ServerAddress::isServerUrl(path)) {
        if (m_database && path == m_database->path())
            return;
        Result<std::unique_ptr<Database>> opened =
            Database::open(passwords::withKeptPassword(path), Database::OpenMode::ExistingOnly);
        if (opened)
            setDatabase(std::move(opened).value());
        else
            connectToServer(path, opened.error());
        return;
    }
    // The file may have gone since the menu was shown: opening it would make a new, empty
    // database in its place, as if the office's records were lost.
    if (!QFileInfo::exists(path)) {
        Dialogs::warning(
            this, tr("Recent databases"),
            tr("%1 no longer exists: it was moved or deleted. It is taken off the list "
               "of recent databases.")
                .arg(QDir::toNativeSeparators(path)));
        rebuildRecentMenu();
        return;
    }
    openDatabase(path);
}

bool MainWindow::connectToServer(const QString &url, const QString &problem)
{
    ServerConnection connection = ConnectDialog::connectToServer(this, url, problem);
    if (!connection.database)
        return false;
    setDatabase(std::move(connection.database));
    if (!connection.keyringProblem.isEmpty())
        m_messageBar->showMessage(connection.keyringProblem, MessageBar::Kind::Warning);
    return true;
}

void MainWindow::showAbout()
{
    Dialogs::information(this, tr("About Dialog Civic"),
                         tr("Dialog Civic %1\n\nThe evidence of non-governmental organizations and "
                            "of the cooperation "
                            "with them, for the Service for Cooperation with the Associative "
                            "Environment.\n\nDatabase: %2")
                             .arg(QCoreApplication::applicationVersion(),
                                  QDir::toNativeSeparators(m_database->path())));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::geometry, saveGeometry());
    settings.setValue(SettingsKeys::windowState, saveState());
    if (const Page *page = currentPage())
        settings.setValue(SettingsKeys::currentPage, page->key());
    for (const Page *page : m_pages)
        page->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(SettingsKeys::geometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // 1280 x 800 where the screen has room around it; on a small screen (a 1024 x 600
        // netbook, 1366 x 768) the pages need every pixel, so the window takes the whole area.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const auto side = [](int space, int wanted) {
            return space * 9 / 10 >= wanted ? wanted : space;
        };
        resize(side(available.width(), 1280), side(available.height(), 800));
    }
    restoreState(settings.value(SettingsKeys::windowState).toByteArray());
    setCurrentPage(settings.value(SettingsKeys::currentPage).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace dc

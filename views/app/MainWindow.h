#pragma once

#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace dc {

class ChangeFeed;
class ConnectionWatch;
class Database;
class IntegrityCheck;
class DocumentActions;
class MessageBar;
class Page;
struct PageContext;

/// The main window: the navigation with the pages, the menus, the undo stack, the message bar
/// and the status bar; it owns the open database and remembers its layout and the databases.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Takes @p database (open, not null) and restores the window's settings.
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    MessageBar *messageBar() const { return m_messageBar; }
    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    /// The page with this key ("organizations"), or null.
    Page *page(const QString &key) const;
    void setCurrentPage(const QString &key);

    /// Closes the database and opens @p path instead (settings, recent list and window follow);
    /// on failure shows why and keeps the one open.
    bool openDatabase(const QString &path);
    /// File > Open database… and File > New database….
    void chooseDatabase();
    void createDatabase();
    /// File > Connect to server…: the dialog, filled from @p url when given (a recent connection
    /// that failed, with @p problem), asked again until a database opens or the user cancels;
    /// the password kept in the desktop's keyring when the user asks. True when one opened.
    bool connectToServer(const QString &url = QString(), const QString &problem = QString());

    /// The databases File > Recent databases lists (files and server connections, missing files
    /// left out), newest first.
    static QStringList recentDatabases();

    /// The watch over the server's connection (tests shorten its interval); never null while a
    /// database is open.
    ConnectionWatch *connectionWatch() const { return m_connectionWatch.get(); }

    void saveSettings() const;

    /// Edit > Preferences…: the language (switched at once) and the documents' header names.
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    /// A new language: the menus are retranslated and the pages rebuilt in it (their state kept).
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void createUndoActions();
    void buildMenus();
    void retranslate();
    void applyLanguage();
    void buildPages();
    void clearPages();
    void setDatabase(std::unique_ptr<Database> database);
    void rebuildEditMenu();
    void rebuildRecentMenu();
    /// File > Recent databases: a file gone since the menu was shown is never created again.
    void openRecentDatabase(const QString &path);
    void rememberDatabase(const QString &path);
    /// Checks a database too large to be checked at opening, in the background.
    void startIntegrityCheck();
    /// A damaged database found by that check: read-only from now on, and the user is told.
    void databaseChecked(const QString &problem);
    /// Live updates: another connection to the server changed @p tables; the pages read them
    /// again (a hidden page when shown) and, unless @p onlyThisProgram (this window's own import
    /// on its worker thread), the status bar says another user saved changes.
    void changedElsewhere(const QStringList &tables, bool onlyThisProgram);
    /// The server's connection lost: a banner says so (nothing can be saved) while the watch
    /// tries again.
    void connectionLost(const QString &reason);
    /// ... and back: the banner says so, the pages are read again (what others saved meanwhile)
    /// and live updates start again.
    void connectionRestored();
    void startChangeFeed();
    void updateTitle();
    void updateStatus();
    void showAbout();
    void restoreSettings();

    std::unique_ptr<Database> m_database;
    /// What other officials change in a database on a server (none for a file); destroyed before
    /// the database closes.
    std::unique_ptr<ChangeFeed> m_changeFeed;
    /// Whether the server still answers (none for a file); destroyed before the database closes.
    std::unique_ptr<ConnectionWatch> m_connectionWatch;
    std::unique_ptr<IntegrityCheck> m_integrityCheck;
    QUndoStack *m_undoStack = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<Page *> m_pages;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_pageFileActionsAnchor = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    DocumentActions *m_documentActions = nullptr;
    QAction *m_preferencesAction = nullptr;
    QActionGroup *m_pageActions = nullptr;
    /// The language the pages were built in, and whether a rebuild for a new one is queued.
    QString m_language;
    bool m_languagePending = false;
};

} // namespace dc

#pragma once

#include "documents/ReportDocument.h"

#include <QIcon>
#include <QList>
#include <QStringList>
#include <QStyle>
#include <QVariantMap>
#include <QWidget>

#include <memory>

class QAction;
class QSettings;
class QUndoStack;

namespace dc {

class Database;
class RecordCommand;

/// What a page works with: the open database and the main window's undo stack. Both outlive the
/// page (the window deletes its pages before it closes a database).
struct PageContext
{
    Database *database = nullptr;
    QUndoStack *undoStack = nullptr;
};

/// What the main window shows of a page in its navigation, given by the page to its base.
struct PageInfo
{
    /// A stable key for the settings ("organizations").
    QString key;
    /// The name in the navigation.
    QString title;
    QIcon icon;
};

/// The icon @p name of the desktop's theme, else the standard icon @p fallback of the style.
QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback);

/// One page of the main window (Organizations, later Programs, Calendar...): the window shows
/// it in the navigation, puts its actions in the menus and forwards Find and read-only mode.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    /// @p info names the page in the navigation and in the settings.
    Page(const PageContext &context, PageInfo info, QWidget *parent);

    QString key() const { return m_info.key; }
    QString title() const { return m_info.title; }
    QIcon icon() const { return m_info.icon; }

    /// Actions of the page for the Edit menu and the toolbar (shown while the page is current).
    virtual QList<QAction *> editActions() const;
    /// Actions of the page for the File menu (import, export), shown always.
    virtual QList<QAction *> fileActions() const;
    /// Edit > Find: put the focus in the page's search box.
    virtual void focusSearch();
    /// A read-only database: nothing may be changed.
    virtual void setReadOnly(bool readOnly);
    /// The text for the status bar ("1,234 organizations").
    virtual QString statusText() const;
    /// Whether the page has a document now (File > Print preview, Print, Export PDF): the
    /// program synthesis of the edition shown, the report of the year...
    virtual bool hasDocument() const;
    /// The page's document, built from the records when asked (empty when it has none).
    virtual reports::ReportDocument document() const;
    virtual void saveState(QSettings &settings) const;
    virtual void restoreState(const QSettings &settings);
    /// Shows what a navigate() request asks for, the record selected and scrolled to. The keys:
    /// - "regionId", "countyId" (organizations);
    /// - "editionId" with "eventId" or "partnershipId" (editions);
    /// - "date" (calendar);
    /// - "institutionId" (institutions);
    /// - "institutionId", "draftId", "recommendationId" (drafts);
    /// - "bodyId", "memberId" (bodies);
    /// - "callId", "awardId" (funding).
    /// Keys a page does not know are ignored; the default ignores all.
    virtual void applyNavigationFilter(const QVariantMap &filter);

    /// @p tables changed elsewhere: another official saved (live updates on a server, see
    /// ChangeFeed), or an edit on another page (the dashboard). A visible page reads its records
    /// again now, a hidden one when it is next shown, keeping its filters and selection.
    void databaseChanged(const QStringList &tables);

Q_SIGNALS:
    void statusTextChanged(const QString &text);
    /// Something the user should know that does not need a modal box (shown in the message bar).
    void notice(const QString &text);
    /// Asks the main window to show the page @p pageKey filtered by @p filter (see
    /// applyNavigationFilter()), e.g. a bar of the dashboard opening the list behind it.
    void navigate(const QString &pageKey, const QVariantMap &filter);

protected:
    /// Reads the page's records again after another connection changed the database, keeping
    /// the filters and the selected record (the default reads nothing).
    virtual void reloadRecords();
    void showEvent(QShowEvent *event) override;

    /// Makes the change of @p command and puts it on the undo stack (a failure is shown in a box
    /// titled with the page's title); a deletion is then told in the message bar, with its undo.
    bool runCommand(std::unique_ptr<RecordCommand> command);

    /// The database and the undo stack the page works with.
    const PageContext m_context;

private:
    const PageInfo m_info;
    /// Changed by another connection while hidden: read again when shown.
    bool m_stale = false;
};

} // namespace dc

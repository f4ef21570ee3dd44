#pragma once

#include "common/Page.h"

#include <QDate>
#include <QSqlDatabase>

class QAction;
class QCalendarWidget;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace dc {

class CalendarListModel;
struct Event;

/// The events of all programs: a month view coloured by status with the selected day's events
/// beside it, and the same month as a list. An event is moved to another day from the side panel
/// (undoable); a conflict on the new day is told in the message bar, not refused.
class CalendarPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    explicit CalendarPage(const PageContext &context, QWidget *parent = nullptr);

    QList<QAction *> editActions() const override;
    void setReadOnly(bool readOnly) override;
    QString statusText() const override;

    /// Shows the month of @p date and selects the day.
    void showDate(const QDate &date);
    /// "date": that day shown.
    void applyNavigationFilter(const QVariantMap &filter) override;
    QDate selectedDate() const;
    /// Reloads the month (after the data changed).
    void reload();
    /// Moves the event selected in the day panel to @p date through the undo stack; false when
    /// refused (the reason is shown).
    bool moveSelectedEvent(const QDate &date);
    /// Opens the form of a new event on the selected day and adds it.
    void newEventOnSelectedDay();
    /// Adds the event through the undo stack; its id, or 0 when refused (the reason is shown).
    qint64 addEvent(const Event &event);
    /// Asks, then deletes the event selected in the day panel through the undo stack; false when
    /// nothing was deleted.
    bool deleteSelectedEvent();
    /// Opens the form of the event selected in the day panel (double-click, Enter, context menu).
    void editSelectedEvent();
    /// Saves the changed event through the undo stack; false when refused (the reason is shown).
    bool saveEvent(const Event &before, const Event &after);

    CalendarListModel *monthModel() const { return m_model; }
    QListWidget *dayList() const { return m_dayList; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void reloadRecords() override;

private:
    void monthChanged();
    void dayChanged();
    void colourDays();

    QSqlDatabase m_db;
    QUndoStack *m_undoStack = nullptr;
    CalendarListModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_dayTitle = nullptr;
    QListWidget *m_dayList = nullptr;
    QDateEdit *m_moveTo = nullptr;
    QPushButton *m_moveButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_newAction = nullptr;
    QTableView *m_list = nullptr;
    QList<QDate> m_colouredDays;
    bool m_readOnly = false;
};

} // namespace dc

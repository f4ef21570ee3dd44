#include "CalendarPage.h"

#include "EditionChangeCommand.h"
#include "EventColors.h"
#include "EventCommands.h"
#include "EventDialog.h"
#include "EventStatusColorProxy.h"
#include "common/CheckedChange.h"
#include "common/Dialogs.h"
#include "common/LabelledField.h"
#include "common/RecordEditing.h"
#include "common/TableSetup.h"
#include "common/TitledPane.h"
#include "programs/CalendarExporter.h"
#include "programs/CalendarListModel.h"
#include "programs/EventRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace dc {

CalendarPage::CalendarPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("calendar"), tr("Calendar"),
            themeIcon(QStringLiteral("x-office-calendar"), QStyle::SP_FileDialogContentsView)},
           parent),
      m_db(context.database->connection()), m_undoStack(context.undoStack)
{
    m_model = new CalendarListModel(m_db, this);
    m_calendar = new QCalendarWidget(this);
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumSize(520, 360);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"), QString());
    for (const EventKind k : allEventKinds())
        m_kind->addItem(eventKindName(k), eventKindCode(k));

    m_dayTitle = new QLabel(this);
    m_dayList = new QListWidget(this);
    m_dayList->setWordWrap(true);
    m_dayList->setAccessibleName(tr("Events of the day"));
    m_moveTo = new QDateEdit(this);
    m_moveTo->setCalendarPopup(true);
    m_moveButton = new QPushButton(tr("&Move to this date"), this);
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("appointment-new")),
                              tr("&New event on this day…"), this);
    m_newButton = new QPushButton(tr("&New event on this day…"), this);

    auto *legend = new QLabel(this);
    QStringList parts;
    for (const EventStatus s : allEventStatuses()) {
        parts << QStringLiteral(
                     "<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2")
                     .arg(EventColors::background(s).name(), eventStatusName(s).toHtmlEscaped());
    }
    legend->setText(parts.join(QLatin1String("&nbsp;&nbsp; ")));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_dayTitle);
    sideLayout->addWidget(m_dayList, 1);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_moveTo);
    moveRow->addWidget(m_moveButton);
    sideLayout->addLayout(moveRow);
    sideLayout->addWidget(m_newButton);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                 tr("&Delete event…"), m_dayList);
    m_deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setStatusTip(tr("Delete the selected event (Undo puts it back)"));
    m_dayList->addAction(m_deleteAction);
    // The events of no program are edited here: the edition page shows those of an edition.
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                               tr("&Edit event…"), m_dayList);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_dayList->addAction(m_editAction);
    m_dayList->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_editAction, &QAction::triggered, this, &CalendarPage::editSelectedEvent);
    connect(m_dayList, &QListWidget::itemDoubleClicked, this, &CalendarPage::editSelectedEvent);
    m_deleteButton = new QPushButton(tr("&Delete event…"), this);
    sideLayout->addWidget(m_deleteButton);
    connect(m_deleteAction, &QAction::triggered, this, &CalendarPage::deleteSelectedEvent);
    connect(m_deleteButton, &QPushButton::clicked, this, &CalendarPage::deleteSelectedEvent);

    auto *monthTab = new QWidget(this);
    auto *monthLayout = new QVBoxLayout(monthTab);
    monthLayout->addWidget(splitPanes(Qt::Horizontal, {m_calendar, side}, monthTab, {3, 2}), 1);
    monthLayout->addWidget(legend);

    auto *proxy = new EventStatusColorProxy(CalendarListModel::Status, CalendarListModel::Program,
                                            CalendarListModel::RawValueRole, this);
    proxy->setSourceModel(m_model);
    m_list = makeTable(proxy, this, {.singleSelection = false, .wrapText = false});

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(monthTab, tr("&Month"));
    m_tabs->addTab(m_list, tr("&List"));

    auto *top = new QHBoxLayout;
    addLabelledField(top, tr("&Kind:"), m_kind);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPage::monthChanged);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &CalendarPage::dayChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CalendarPage::reload);
    connect(m_newAction, &QAction::triggered, this, &CalendarPage::newEventOnSelectedDay);
    connect(m_newButton, &QPushButton::clicked, this, &CalendarPage::newEventOnSelectedDay);
    connect(m_moveButton, &QPushButton::clicked, this,
            [this] { moveSelectedEvent(m_moveTo->date()); });
    connect(m_dayList, &QListWidget::currentRowChanged, this, [this] {
        m_moveButton->setEnabled(!m_readOnly && m_dayList->currentItem() != nullptr);
        m_deleteButton->setEnabled(m_moveButton->isEnabled());
    });

    // Open on the next event to come, or else on the latest one.
    const QList<CalendarEntry> all = EventRepository(m_db).calendar({});
    QDate start = QDate::currentDate();
    if (!all.isEmpty()) {
        start = all.last().date;
        for (const CalendarEntry &e : all) {
            if (e.date >= QDate::currentDate()) {
                start = e.date;
                break;
            }
        }
    }
    showDate(start);
    monthChanged();
}

QList<QAction *> CalendarPage::editActions() const
{
    return {m_newAction};
}

void CalendarPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newAction->setEnabled(!readOnly);
    m_newButton->setEnabled(!readOnly);
    m_moveButton->setEnabled(!readOnly && m_dayList->currentItem() != nullptr);
    m_deleteButton->setEnabled(m_moveButton->isEnabled());
    m_deleteAction->setEnabled(!readOnly);
    m_editAction->setEnabled(!readOnly);
}

QString CalendarPage::statusText() const
{
    return tr("%n event(s) this month", nullptr, m_model->rowCount());
}

void CalendarPage::applyNavigationFilter(const QVariantMap &filter)
{
    const QDate date = filter.value(QStringLiteral("date")).toDate();
    if (date.isValid())
        showDate(date);
}

void CalendarPage::showDate(const QDate &date)
{
    m_calendar->setCurrentPage(date.year(), date.month());
    m_calendar->setSelectedDate(date);
    dayChanged();
}

QDate CalendarPage::selectedDate() const
{
    return m_calendar->selectedDate();
}

void CalendarPage::reload()
{
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    CalendarQuery query;
    query.from = first;
    query.to = first.addMonths(1).addDays(-1);
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty())
        query.kind = eventKindFromCode(kind);
    m_model->setQuery(query);
    m_list->resizeColumnsToContents();
    m_list->setColumnWidth(CalendarListModel::Coorganizers, 420);
    colourDays();
    dayChanged();
    Q_EMIT statusTextChanged(statusText());
}

void CalendarPage::monthChanged()
{
    reload();
}

void CalendarPage::colourDays()
{
    for (const QDate &d : std::as_const(m_colouredDays))
        m_calendar->setDateTextFormat(d, QTextCharFormat());
    m_colouredDays.clear();
    QMap<QDate, QList<EventStatus>> days;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CalendarEntry *e = m_model->entryAt(row);
        days[e->date] << e->status;
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        QTextCharFormat format;
        format.setBackground(EventColors::background(EventColors::dayStatus(it.value())));
        format.setFontWeight(QFont::Bold);
        format.setToolTip(tr("%n event(s)", nullptr, int(it.value().size())));
        m_calendar->setDateTextFormat(it.key(), format);
        m_colouredDays << it.key();
    }
}

void CalendarPage::dayChanged()
{
    const QDate day = m_calendar->selectedDate();
    m_dayTitle->setText(QStringLiteral("<b>%1</b>")
                            .arg(QLocale().toString(day, QLocale::LongFormat).toHtmlEscaped()));
    m_moveTo->setDate(day);
    m_dayList->clear();
    for (const int row : m_model->rowsOn(day)) {
        const CalendarEntry *e = m_model->entryAt(row);
        QStringList lines;
        lines << (e->startTime.isValid()
                      ? QLocale().toString(e->startTime, QLocale::ShortFormat) + QLatin1Char(' ')
                      : QString()) +
                     e->displayTitle();
        lines << (e->hasProgram() ? tr("%1, edition %2 (%3)")
                                        .arg(e->programName)
                                        .arg(e->editionNumber)
                                        .arg(e->editionYear)
                                  : e->belongsTo());
        if (!e->regions.isEmpty())
            lines << tr("Regions: %1").arg(e->regions.join(CalendarExporter::listSeparator()));
        if (!e->coorganizers.isEmpty())
            lines << tr("Co-organizers: %1")
                         .arg(e->coorganizers.join(CalendarExporter::listSeparator()));
        lines << eventStatusName(e->status);
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_dayList);
        item->setData(Qt::UserRole, e->eventId);
        item->setBackground(EventColors::background(e->status));
        item->setIcon(EventColors::programMark(e->programId));
    }
    if (m_dayList->count() == 0) {
        auto *item = new QListWidgetItem(tr("No events on this day."), m_dayList);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_dayList->setCurrentRow(0);
    }
    m_moveButton->setEnabled(!m_readOnly && m_dayList->currentItem() &&
                             (m_dayList->currentItem()->flags() & Qt::ItemIsEnabled));
    m_deleteButton->setEnabled(m_moveButton->isEnabled());
}

bool CalendarPage::deleteSelectedEvent()
{
    const QListWidgetItem *item = m_dayList->currentItem();
    if (m_readOnly || !item || !(item->flags() & Qt::ItemIsEnabled))
        return false;
    const std::optional<Event> confirmed =
        confirmEventDeletion(this, m_db, item->data(Qt::UserRole).toLongLong());
    if (!confirmed)
        return false;
    const QDate day = confirmed->date;
    auto command = std::make_unique<DeleteEventCommand>(
        m_db, *confirmed, [this] { reload(); },
        [this](const QString &message) { Q_EMIT notice(message); });
    if (!executeAndPush(std::move(command), m_undoStack,
                        [this](const QString &error) { Q_EMIT notice(error); }))
        return false;
    showDate(day);
    return true;
}

void CalendarPage::editSelectedEvent()
{
    const QListWidgetItem *item = m_dayList->currentItem();
    if (m_readOnly || !item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    editEventInForm(
        this, m_db, item->data(Qt::UserRole).toLongLong(),
        [this](const Event &current, const Event &after) { return saveEvent(current, after); });
}

bool CalendarPage::saveEvent(const Event &before, const Event &after)
{
    if (m_readOnly)
        return false;
    QStringList warnings;
    for (const EventWarning &w : EventRepository(m_db).warningsFor(after))
        warnings << w.message;
    auto [apply, revert] = checked::edit(
        m_db, before, after,
        [](const QSqlDatabase &db, qint64 id) { return EventRepository(db).find(id); },
        [](const QSqlDatabase &db, const Event &event) {
            return EventRepository(db).update(event);
        });
    //: Undo/Redo menu text; %1 is the event's kind (lower case), %2 its number within its kind
    auto command = std::make_unique<EditionChangeCommand>(
        tr("Edit %1 no. %2").arg(eventKindName(after.kind).toLower()).arg(after.number),
        std::move(apply), std::move(revert), [this] { reload(); },
        [this](const QString &message) { Q_EMIT notice(message); });
    if (!executeAndPush(std::move(command), m_undoStack,
                        [this](const QString &error) { Q_EMIT notice(error); }))
        return false;
    showDate(after.date);
    if (!warnings.isEmpty())
        Q_EMIT notice(warnings.join(QLatin1Char(' ')));
    return true;
}

bool CalendarPage::moveSelectedEvent(const QDate &date)
{
    const QListWidgetItem *item = m_dayList->currentItem();
    if (m_readOnly || !item || !(item->flags() & Qt::ItemIsEnabled))
        return false;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    EventRepository repository(m_db);
    std::optional<Event> event = repository.find(id);
    if (!event || event->date == date)
        return false;
    const QDate from = event->date;
    event->date = date;
    QStringList warnings;
    for (const EventWarning &w : repository.warningsFor(*event))
        warnings << w.message;
    const int row = m_model->rowOfId(id);
    const QString name = row >= 0 ? m_model->entryAt(row)->displayTitle() : QString::number(id);
    auto command = std::make_unique<MoveEventCommand>(
        m_db, id, from, date, name, [this] { reload(); },
        [this](const QString &message) { Q_EMIT notice(message); });
    if (!executeAndPush(std::move(command), m_undoStack,
                        [this](const QString &error) { Q_EMIT notice(error); }))
        return false;
    showDate(date);
    if (!warnings.isEmpty())
        Q_EMIT notice(warnings.join(QLatin1Char(' ')));
    return true;
}

} // namespace dc

namespace dc {

void CalendarPage::newEventOnSelectedDay()
{
    if (m_readOnly)
        return;
    EventDialog dialog(m_db, m_calendar->selectedDate(), this);
    execRecordForm(dialog, [&] { return addEvent(dialog.event()) != 0; });
}

qint64 CalendarPage::addEvent(const Event &event)
{
    if (m_readOnly)
        return 0;
    QStringList warnings;
    for (const EventWarning &w : EventRepository(m_db).warningsFor(event))
        warnings << w.message;
    auto command = std::make_unique<AddEventCommand>(
        m_db, event, [this] { reload(); },
        [this](const QString &message) { Q_EMIT notice(message); });
    if (Status s = command->execute(); !s) {
        Q_EMIT notice(s.error());
        return 0;
    }
    const qint64 id = command->recordId();
    if (m_undoStack)
        m_undoStack->push(command.release());
    showDate(event.date);
    if (!warnings.isEmpty())
        Q_EMIT notice(warnings.join(QLatin1Char(' ')));
    return id;
}

void CalendarPage::reloadRecords()
{
    reload();
}

} // namespace dc

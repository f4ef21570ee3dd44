#include "EditionPage.h"

#include "EditionChangeCommand.h"
#include "EditionDialog.h"
#include "EventCommands.h"
#include "EventStatusColorProxy.h"
#include "IndicatorDialog.h"
#include "PartnerDialog.h"
#include "SynthesisTextsDialog.h"
#include "common/CheckedChange.h"
#include "common/Dialogs.h"
#include "common/LabelledField.h"
#include "common/RecordEditing.h"
#include "common/RecordSelection.h"
#include "common/TableSetup.h"
#include "common/TitledPane.h"
#include "core/Dates.h"
#include "documents/ProgramSynthesis.h"
#include "documents/SynthesisTexts.h"
#include "programs/CalendarExporter.h"
#include "programs/EventRepository.h"
#include "programs/EventTableModel.h"
#include "programs/IndicatorRepository.h"
#include "programs/IndicatorTableModel.h"
#include "programs/PartnershipRepository.h"
#include "programs/PartnershipTableModel.h"
#include "programs/ProgramRepository.h"
#include "registry/OrganizationRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace dc {

namespace {

// The events, the partners and the indicators: short lists, one line per row.
constexpr TableOptions listOptions{.alternatingRows = true, .wrapText = false, .compactRows = true};

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

/// The status of an addition that gave @p added, whose id goes to @p id (for its undo).
Status keepId(const Result<qint64> &added, qint64 &id)
{
    if (!added)
        return Status::failure(added.error());
    id = *added;
    return {};
}

using checked::Change;

/// Adds @p record; the undo removes it under the id it got, unless someone else changed it since.
template <typename Repository, typename Record>
Change addition(const QSqlDatabase &db, const Record &record)
{
    struct Added
    {
        qint64 id = 0;
        std::optional<Record> stored;
    };
    auto added = std::make_shared<Added>();
    const auto find = [db](qint64 id) { return Repository(db).find(id); };
    return {[db, record, added, find] {
                const Status status = keepId(Repository(db).add(record), added->id);
                if (status)
                    added->stored = find(added->id);
                return status;
            },
            [db, added, find] {
                return checked::overExpected(db, added->id, added->stored, find,
                                             [&] { return Repository(db).remove(added->id); });
            }};
}

/// checked::edit() through a Repository's find() and update().
template <typename Repository, typename Record>
Change edit(const QSqlDatabase &db, const Record &before, const Record &after)
{
    return checked::edit(
        db, before, after,
        [](const QSqlDatabase &on, qint64 id) { return Repository(on).find(id); },
        [](const QSqlDatabase &on, const Record &record) { return Repository(on).update(record); });
}

/// Removes @p record (unless someone else changed it since it was read); the undo puts it back
/// under its old id (and in its place), so that whatever refers to it finds it again.
template <typename Repository, typename Record>
Change removal(const QSqlDatabase &db, const Record &record)
{
    return {[db, record] {
                return checked::overExpected(
                    db, record.id, std::optional<Record>(record),
                    [db](qint64 id) { return Repository(db).find(id); },
                    [&] { return Repository(db).remove(record.id); });
            },
            [db, record] { return Repository(db).restore(record); }};
}

} // namespace

EditionPage::EditionPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("editions"), tr("Programs"),
            themeIcon(QStringLiteral("view-list-details"), QStyle::SP_FileDialogListView)},
           parent),
      m_db(context.database->connection()), m_database(context.database), m_undo(context.undoStack)
{
    m_editionChoice = new QComboBox(this);
    m_editionChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editionChoice->setAccessibleName(tr("Edition"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_events = new EventTableModel(m_db, this);
    m_partners = new PartnershipTableModel(m_db, this);
    m_indicators = new IndicatorTableModel(m_db, this);
    auto *colored =
        new EventStatusColorProxy(EventTableModel::Status, -1, EventTableModel::RawValueRole, this);
    colored->setSourceModel(m_events);
    m_eventView = makeTable(colored, this, listOptions);
    m_partnerView = makeTable(m_partners, this, listOptions);
    m_indicatorView = makeTable(m_indicators, this, listOptions);
    m_indicatorView->setObjectName(QStringLiteral("indicatorsView"));
    // The figures as wide as they are, the indicator's name and its source share the rest (the
    // Achieved column ran past the table's edge, issue 15).
    QHeaderView *indicatorColumns = m_indicatorView->horizontalHeader();
    indicatorColumns->setStretchLastSection(false);
    indicatorColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    indicatorColumns->setSectionResizeMode(IndicatorTableModel::Name, QHeaderView::Stretch);
    indicatorColumns->setSectionResizeMode(IndicatorTableModel::Source, QHeaderView::Stretch);
    m_partnerView->hideColumn(PartnershipTableModel::Program);
    m_partnerView->hideColumn(PartnershipTableModel::Edition);
    m_detail = new QTextBrowser(this);
    m_detail->setOpenExternalLinks(true);

    // The edition on one row, its buttons on the next: on one row they were wider than a
    // 1024-pixel screen (issue 15).
    auto *choiceRow = new QHBoxLayout;
    addLabelledField(choiceRow, tr("&Edition:"), m_editionChoice);
    choiceRow->addStretch();
    auto *top = new QHBoxLayout;
    const std::pair<QString, void (EditionPage::*)()> editionActions[] = {
        {tr("Edit edition…"), &EditionPage::editEdition},
        {tr("New edition…"), &EditionPage::addEdition},
        {tr("New program…"), &EditionPage::addProgram},
        {tr("Synthesis texts…"), &EditionPage::editSynthesisTexts}};
    for (const auto &[text, slot] : editionActions) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        top->addWidget(button);
        m_editingActions << action;
    }
    top->addStretch();

    auto titled = [this](const QString &title, QWidget *widget, QWidget *buttons = nullptr) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
        layout->addWidget(heading);
        layout->addWidget(widget);
        if (buttons)
            layout->addWidget(buttons);
        return box;
    };
    QSplitter *left = splitPanes(
        Qt::Vertical,
        {titled(tr("Events"), m_eventView, eventButtons()), titled(tr("Selected event"), m_detail)},
        this, {3, 2});
    QSplitter *right =
        splitPanes(Qt::Vertical,
                   {titled(tr("Partners"), m_partnerView,
                           editingButtons(
                               m_partnerView, [this] { addPartner(); }, [this] { editPartner(); },
                               [this] { removePartner(); })),
                    titled(tr("Indicators"), m_indicatorView,
                           editingButtons(
                               m_indicatorView, [this] { addIndicator(); },
                               [this] { editIndicator(); }, [this] { removeIndicator(); }))},
                   this);
    // The partners and the indicators as wide as the events (the indicators have six columns).
    QSplitter *columns = splitPanes(Qt::Horizontal, {left, right}, this, {1, 1});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choiceRow);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(columns, 1);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                 tr("Export edition &calendar…"), this);
    connect(m_exportAction, &QAction::triggered, this, &EditionPage::exportCalendar);
    connect(m_editionChoice, &QComboBox::currentIndexChanged, this, &EditionPage::editionChosen);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EditionPage::eventSelected);
    connect(m_eventView, &QAbstractItemView::activated, this, &EditionPage::editEvent);

    reload();
}

QList<QAction *> EditionPage::fileActions() const
{
    return {m_exportAction};
}

QString EditionPage::statusText() const
{
    return tr("%n event(s)", nullptr, m_events->rowCount()) + QLatin1String(", ") +
           tr("%n partner(s)", nullptr, m_partners->rowCount());
}

void EditionPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAction *action : std::as_const(m_editingActions))
        action->setVisible(!readOnly);
}

QWidget *EditionPage::editingButtons(QTableView *view, const std::function<void()> &add,
                                     const std::function<void()> &edit,
                                     const std::function<void()> &remove)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), view);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    auto *editAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), view);
    // Enter and a double click activate the row (the view keeps Return for itself).
    connect(view, &QAbstractItemView::activated, this, [this, edit] {
        if (!m_readOnly)
            edit();
    });
    auto *removeAction =
        new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove…"), view);
    removeAction->setShortcut(QKeySequence(QKeySequence::Delete));
    for (const auto &[action, slot] : {std::pair{addAction, add}, std::pair{editAction, edit},
                                       std::pair{removeAction, remove}}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        view->addAction(action);
        auto *button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
        m_editingActions << action;
    }
    layout->addStretch();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return row;
}

bool EditionPage::run(const QString &text, std::function<Status()> apply,
                      std::function<Status()> revert, std::function<void()> then)
{
    if (!then)
        then = [this] { changed(); };
    return executeAndPush(std::make_unique<EditionChangeCommand>(
                              text, std::move(apply), std::move(revert), std::move(then),
                              [this](const QString &message) { failed(message); }),
                          m_undo, this, text);
}

void EditionPage::changed()
{
    const qint64 partner = selectedId(m_partnerView, PartnershipTableModel::IdRole);
    const qint64 indicator = selectedId(m_indicatorView, IndicatorTableModel::IdRole);
    editionChosen();
    for (const auto &[view, id, role] :
         {std::tuple{m_partnerView, partner, int(PartnershipTableModel::IdRole)},
          std::tuple{m_indicatorView, indicator, int(IndicatorTableModel::IdRole)}}) {
        for (int row = 0; id && row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(role).toLongLong() == id)
                view->selectRow(row);
        }
    }
}

void EditionPage::failed(const QString &message)
{
    Q_EMIT notice(message);
}

qint64 EditionPage::selectedId(const QTableView *view, int idRole) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(idRole).toLongLong() : 0;
}

void EditionPage::addPartner()
{
    const qint64 edition = currentEdition();
    if (!edition)
        return;
    Partnership partnership;
    partnership.editionId = edition;
    PartnerDialog dialog(m_db, partnership, this);
    execRecordForm(dialog, [&] {
        partnership = dialog.record();
        const QString name = OrganizationRepository(m_db)
                                 .find(partnership.organizationId)
                                 .value_or(Organization())
                                 .name;
        const auto [apply, revert] = addition<PartnershipRepository>(m_db, partnership);
        //: Undo/Redo menu text; %1 is the organization's name
        return run(tr("Add partner “%1”").arg(name), apply, revert);
    });
}

void EditionPage::editPartner()
{
    const std::optional<Partnership> before =
        PartnershipRepository(m_db).find(selectedId(m_partnerView, PartnershipTableModel::IdRole));
    if (!before)
        return;
    PartnerDialog dialog(m_db, *before, this);
    Partnership loaded = *before;
    execRecordForm(dialog, [&] {
        const Partnership after = dialog.record();
        // Someone else may have saved it meanwhile: the user chooses, and undo goes back to theirs.
        const Partnership current = PartnershipRepository(m_db).find(loaded.id).value_or(loaded);
        if (const std::optional<bool> settled = settleConflict(&dialog, loaded, current))
            return *settled;
        const QString name =
            OrganizationRepository(m_db).find(after.organizationId).value_or(Organization()).name;
        const auto [apply, revert] = edit<PartnershipRepository>(m_db, current, after);
        //: Undo/Redo menu text; %1 is the organization's name
        return run(tr("Edit partner “%1”").arg(name), apply, revert);
    });
}

void EditionPage::removePartner()
{
    const std::optional<Partnership> partnership =
        PartnershipRepository(m_db).find(selectedId(m_partnerView, PartnershipTableModel::IdRole));
    if (!partnership)
        return;
    const QString name = OrganizationRepository(m_db)
                             .find(partnership->organizationId)
                             .value_or(Organization())
                             .name;
    //: %1 is the organization's name, %2 its role (promoter, partner...)
    const QString question = tr("Remove “%1” (%2) from the partners of this edition?")
                                 .arg(name, partnerRoleName(partnership->role));
    if (Dialogs::question(this, tr("Remove partner"), question) != QMessageBox::Yes)
        return;
    const auto [apply, revert] = removal<PartnershipRepository>(m_db, *partnership);
    //: Undo/Redo menu text; %1 is the organization's name
    run(tr("Remove partner “%1”").arg(name), apply, revert);
}

void EditionPage::editionsChanged(qint64 editionId)
{
    reload();
    showEdition(editionId);
}

void EditionPage::editEdition()
{
    const std::optional<Edition> before = ProgramRepository(m_db).findEdition(currentEdition());
    if (!before)
        return;
    EditionDialog dialog(*before, false, this);
    Edition loaded = *before;
    execRecordForm(dialog, [&] {
        const Edition after = dialog.edition();
        // Someone else may have saved it meanwhile: the user chooses, and undo goes back to theirs.
        const Edition current = ProgramRepository(m_db).findEdition(loaded.id).value_or(loaded);
        if (const std::optional<bool> settled = settleConflict(&dialog, loaded, current))
            return *settled;
        const auto [apply, revert] = checked::edit(
            m_db, current, after,
            [](const QSqlDatabase &db, qint64 id) { return ProgramRepository(db).findEdition(id); },
            [](const QSqlDatabase &db, const Edition &edition) {
                return ProgramRepository(db).updateEdition(edition);
            });
        //: Undo/Redo menu text; %1 is the edition's number, %2 its year
        return run(tr("Edit edition %1 (%2)").arg(after.number).arg(after.year), apply, revert,
                   [this, id = before->id] { editionsChanged(id); });
    });
}

void EditionPage::editSynthesisTexts()
{
    const qint64 editionId = currentEdition();
    const Result<reports::SynthesisTexts> before =
        reports::SynthesisTextRepository(m_db).texts(editionId);
    if (!before) {
        if (editionId > 0)
            Dialogs::warning(this, tr("Synthesis texts"), before.error());
        return;
    }
    SynthesisTextsDialog dialog(*before, this);
    reports::SynthesisTexts loaded = *before;
    execRecordForm(dialog, [&] {
        const reports::SynthesisTexts after = dialog.texts();
        // Someone else may have saved them meanwhile: the user chooses, and undo goes back to
        // theirs.
        const Result<reports::SynthesisTexts> stored =
            reports::SynthesisTextRepository(m_db).texts(editionId);
        const reports::SynthesisTexts current = stored ? stored.value() : loaded;
        if (const std::optional<bool> settled = settleConflict(&dialog, loaded, current))
            return *settled;
        const auto [apply, revert] = checked::edit(
            m_db, editionId, current, after,
            [](const QSqlDatabase &db, qint64 id) -> std::optional<reports::SynthesisTexts> {
                const Result<reports::SynthesisTexts> texts =
                    reports::SynthesisTextRepository(db).texts(id);
                return texts ? std::optional(texts.value()) : std::nullopt;
            },
            [editionId](const QSqlDatabase &db, const reports::SynthesisTexts &texts) {
                return reports::SynthesisTextRepository(db).save(editionId, texts);
            });
        //: Undo/Redo menu text
        return run(tr("Edit the synthesis texts"), apply, revert,
                   [this, editionId] { showEdition(editionId); });
    });
}

bool EditionPage::hasDocument() const
{
    return m_database && currentEdition() > 0;
}

reports::ReportDocument EditionPage::document() const
{
    if (!hasDocument())
        return {};
    Result<reports::ReportDocument> document =
        reports::buildProgramSynthesis(*m_database, currentEdition(), QLocale());
    if (!document) {
        Dialogs::warning(window(), tr("Program synthesis"), document.error());
        return {};
    }
    return std::move(document).value();
}

void EditionPage::addEdition()
{
    const std::optional<Edition> current = ProgramRepository(m_db).findEdition(currentEdition());
    if (!current)
        return;
    Edition edition;
    edition.programId = current->programId;
    edition.number = current->number + 1;
    edition.year = current->year + 1;
    EditionDialog dialog(edition, false, this);
    execRecordForm(dialog, [&] {
        edition = dialog.edition();
        auto id = std::make_shared<qint64>(0);
        //: Undo/Redo menu text; %1 is the edition's number, %2 its year
        return run(
            tr("Add edition %1 (%2)").arg(edition.number).arg(edition.year),
            [db = m_db, edition, id] {
                return keepId(ProgramRepository(db).addEdition(edition), *id);
            },
            [db = m_db, id] { return ProgramRepository(db).removeEdition(*id); },
            [this, id] { editionsChanged(*id); });
    });
}

void EditionPage::addProgram()
{
    Edition edition;
    edition.number = 1;
    EditionDialog dialog(edition, true, this);
    execRecordForm(dialog, [&] {
        const Program program = dialog.program();
        edition = dialog.edition();
        auto ids = std::make_shared<std::pair<qint64, qint64>>(0, 0); // program, edition
        //: Undo/Redo menu text; %1 is the program's name
        return run(
            tr("Add program “%1”").arg(program.name),
            [db = m_db, program, edition, ids]() mutable {
                ProgramRepository repository(db);
                const Result<qint64> programId = repository.addProgram(program);
                if (!programId)
                    return Status::failure(programId.error());
                edition.programId = *programId;
                const Result<qint64> editionId = repository.addEdition(edition);
                if (!editionId) {
                    repository.removeProgram(*programId); // nothing half-saved
                    return Status::failure(editionId.error());
                }
                *ids = {*programId, *editionId};
                return Status();
            },
            [db = m_db, ids] { return ProgramRepository(db).removeProgram(ids->first); },
            [this, ids] { editionsChanged(ids->second); });
    });
}

void EditionPage::editEvent()
{
    if (m_readOnly)
        return;
    const QModelIndex index = m_eventView->currentIndex();
    const CalendarEntry *entry = index.isValid() ? m_events->entryAt(index.row()) : nullptr;
    if (!entry)
        return;
    editEventInForm(this, m_db, entry->eventId, [this](const Event &current, const Event &after) {
        const auto [apply, revert] = edit<EventRepository>(m_db, current, after);
        //: Undo/Redo menu text; %1 is the event's kind (lower case), %2 its number within its kind
        return run(tr("Edit %1 no. %2").arg(eventKindName(after.kind).toLower()).arg(after.number),
                   apply, revert);
    });
}

QWidget *EditionPage::eventButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *removeAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                     tr("&Delete event…"), m_eventView);
    removeAction->setShortcut(QKeySequence(QKeySequence::Delete));
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    removeAction->setStatusTip(tr("Delete the selected event (Undo puts it back)"));
    connect(removeAction, &QAction::triggered, this, &EditionPage::removeEvent);
    m_eventView->addAction(removeAction);
    m_eventView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *button = new QToolButton(row);
    button->setDefaultAction(removeAction);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(button);
    layout->addStretch();
    m_editingActions << removeAction;
    return row;
}

void EditionPage::removeEvent()
{
    if (m_readOnly)
        return;
    const QModelIndex current = m_eventView->currentIndex();
    const CalendarEntry *entry = current.isValid() ? m_events->entryAt(current.row()) : nullptr;
    const std::optional<Event> confirmed =
        entry ? confirmEventDeletion(this, m_db, entry->eventId) : std::nullopt;
    if (!confirmed)
        return;
    //: Undo/Redo menu text; %1 is the event's kind (lower case), %2 its number within its kind
    run(
        tr("Delete %1 no. %2").arg(eventKindName(confirmed->kind).toLower()).arg(confirmed->number),
        [db = m_db, id = confirmed->id] { return EventRepository(db).remove(id); },
        // Back under the same id and UID, so that an exported calendar still knows it.
        [db = m_db, record = *confirmed] { return EventRepository(db).restore(record); });
}

void EditionPage::addIndicator()
{
    const qint64 edition = currentEdition();
    if (!edition)
        return;
    Indicator indicator;
    indicator.editionId = edition;
    indicator.position = m_indicators->rowCount() + 1;
    IndicatorDialog dialog(indicator, this);
    execRecordForm(dialog, [&] {
        indicator = dialog.record();
        const auto [apply, revert] = addition<IndicatorRepository>(m_db, indicator);
        //: Undo/Redo menu text; %1 is the indicator's name
        return run(tr("Add indicator “%1”").arg(indicator.name), apply, revert);
    });
}

void EditionPage::editIndicator()
{
    const std::optional<Indicator> before =
        IndicatorRepository(m_db).find(selectedId(m_indicatorView, IndicatorTableModel::IdRole));
    if (!before)
        return;
    IndicatorDialog dialog(*before, this);
    Indicator loaded = *before;
    execRecordForm(dialog, [&] {
        const Indicator after = dialog.record();
        const Indicator current = IndicatorRepository(m_db).find(loaded.id).value_or(loaded);
        if (const std::optional<bool> settled = settleConflict(&dialog, loaded, current))
            return *settled;
        const auto [apply, revert] = edit<IndicatorRepository>(m_db, current, after);
        //: Undo/Redo menu text; %1 is the indicator's name
        return run(tr("Edit indicator “%1”").arg(after.name), apply, revert);
    });
}

void EditionPage::removeIndicator()
{
    const std::optional<Indicator> indicator =
        IndicatorRepository(m_db).find(selectedId(m_indicatorView, IndicatorTableModel::IdRole));
    if (!indicator)
        return;
    //: %1 is the indicator's name
    if (Dialogs::question(
            this, tr("Remove indicator"),
            tr("Remove the indicator “%1” from this edition?").arg(indicator->name)) !=
        QMessageBox::Yes)
        return;
    const auto [apply, revert] = removal<IndicatorRepository>(m_db, *indicator);
    //: Undo/Redo menu text; %1 is the indicator's name
    run(tr("Remove indicator “%1”").arg(indicator->name), apply, revert);
}

void EditionPage::reload()
{
    const qint64 current = currentEdition();
    const QSignalBlocker blocker(m_editionChoice);
    m_editionChoice->clear();
    const ProgramRepository repository(m_db);
    for (const Program &program : repository.programs()) {
        for (const Edition &edition : repository.editions(program.id)) {
            m_editionChoice->addItem(
                tr("%1 — edition %2 (%3)").arg(program.name).arg(edition.number).arg(edition.year),
                edition.id);
        }
    }
    const int index = m_editionChoice->findData(current);
    m_editionChoice->setCurrentIndex(index >= 0 ? index : (m_editionChoice->count() > 0 ? 0 : -1));
    editionChosen();
}

void EditionPage::showEdition(qint64 editionId)
{
    const int index = editionId ? m_editionChoice->findData(editionId) : 0;
    if (index >= 0)
        m_editionChoice->setCurrentIndex(index);
}

void EditionPage::applyNavigationFilter(const QVariantMap &filter)
{
    const qint64 editionId = filter.value(QStringLiteral("editionId")).toLongLong();
    if (editionId <= 0)
        return;
    if (m_editionChoice->findData(editionId) < 0)
        reload(); // an edition added since the choice was filled
    if (m_editionChoice->findData(editionId) < 0)
        return;
    {
        const QSignalBlocker blocker(m_editionChoice);
        showEdition(editionId);
    }
    // Read again even when it was shown already: other pages change events and partners.
    editionChosen();
    if (selectRecord(m_eventView, EventTableModel::IdRole,
                     filter.value(QStringLiteral("eventId")).toLongLong()))
        m_eventView->setFocus(Qt::OtherFocusReason);
    if (selectRecord(m_partnerView, PartnershipTableModel::IdRole,
                     filter.value(QStringLiteral("partnershipId")).toLongLong()))
        m_partnerView->setFocus(Qt::OtherFocusReason);
}

qint64 EditionPage::currentEdition() const
{
    return m_editionChoice->currentData().toLongLong();
}

void EditionPage::editionChosen()
{
    const qint64 id = currentEdition();
    m_events->setEdition(id);
    m_partners->setEdition(id);
    m_indicators->setEdition(id);
    const std::optional<Edition> edition = ProgramRepository(m_db).findEdition(id);
    if (edition) {
        const auto dateOf = [](const QDate &d) {
            //: An edition's start or end date that no document gives
            return d.isValid() ? dc::shortDate(QLocale(), d) : tr("unknown");
        };
        const QString period =
            edition->startDate.isValid() || edition->endDate.isValid()
                ? tr("%1 – %2").arg(dateOf(edition->startDate), dateOf(edition->endDate))
                : tr("period unknown, %1").arg(edition->year);
        m_summary->setText(tr("<b>%1</b> · %2<br>%3")
                               .arg(period, editionStatusName(edition->status),
                                    html(edition->objective.section(QLatin1Char('\n'), 0, 0))));
    } else {
        m_summary->setText(
            tr("No programs yet. Load the demo data with “dialogcivic demo” or add a program."));
    }
    for (QTableView *view : {m_eventView, m_partnerView, m_indicatorView})
        view->resizeColumnsToContents();
    m_eventView->setColumnWidth(EventTableModel::Coorganizers, 320);
    m_partnerView->setColumnWidth(PartnershipTableModel::Organization, 300);
    m_indicatorView->setColumnWidth(IndicatorTableModel::Name, 300);
    m_exportAction->setEnabled(edition.has_value());
    if (m_events->rowCount() > 0)
        m_eventView->selectRow(0);
    else
        m_detail->clear();
    Q_EMIT statusTextChanged(statusText());
}

void EditionPage::eventSelected()
{
    const QModelIndex current = m_eventView->currentIndex();
    const CalendarEntry *entry = current.isValid() ? m_events->entryAt(current.row()) : nullptr;
    if (!entry) {
        m_detail->clear();
        return;
    }
    const std::optional<Event> event = EventRepository(m_db).find(entry->eventId);
    QString text = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                       .arg(entry->displayTitle().toHtmlEscaped(),
                            QLocale().toString(entry->date, QLocale::LongFormat),
                            eventStatusName(entry->status));
    auto section = [&text](const QString &title, const QString &body) {
        if (!body.isEmpty())
            text += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(title.toHtmlEscaped(), body);
    };
    section(tr("Regions"), entry->regions.join(QLatin1String(", ")).toHtmlEscaped());
    section(tr("Co-organizers"), html(entry->coorganizers.join(QLatin1Char('\n'))));
    section(tr("Place"), entry->place.toHtmlEscaped());
    if (!entry->link.isEmpty())
        section(tr("Link"),
                QStringLiteral("<a href=\"%1\">%1</a>").arg(entry->link.toHtmlEscaped()));
    section(tr("Central theme"), html(entry->centralTheme));
    section(tr("Other themes"), html(entry->otherThemes.join(QLatin1Char('\n'))));
    // Seed 004 gives the themes once for the whole series: they are the edition's.
    if (entry->centralTheme.isEmpty() && entry->otherThemes.isEmpty()) {
        if (const std::optional<Edition> edition =
                ProgramRepository(m_db).findEdition(entry->editionId)) {
            section(tr("Central theme of the series"), html(edition->centralTheme));
            section(tr("Other themes of the series"),
                    html(edition->otherThemes.join(QLatin1Char('\n'))));
        }
    }
    if (event) {
        QStringList participants;
        const std::pair<std::optional<int>, QString> counts[] = {
            {event->participantsNgo, tr("NGOs: %1")},
            {event->participantsLocalAdministration, tr("local public administration: %1")},
            {event->participantsAssociativeStructures, tr("associative structures: %1")},
            {event->participantsOther, tr("others: %1")}};
        for (const auto &[n, label] : counts) {
            if (n)
                participants << label.arg(*n);
        }
        section(tr("Participants"), participants.join(QLatin1String("; ")).toHtmlEscaped());
        if (!event->attendeeIds.isEmpty())
            section(tr("Attending organizations"),
                    tr("%n organization(s)", nullptr, int(event->attendeeIds.size())));
        section(tr("Conclusions"), html(event->conclusions));
        section(tr("Notes"), html(event->notes));
    }
    m_detail->setHtml(text);
}

void EditionPage::exportCalendar()
{
    const qint64 id = currentEdition();
    if (!id)
        return;
    const QString path =
        Dialogs::saveFileName(this, tr("Export the edition's calendar"), QDir::homePath(),
                              tr("iCalendar (*.ics);;CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    CalendarQuery query;
    query.editionId = id;
    const QList<CalendarEntry> entries = EventRepository(m_db).calendar(query);
    if (Status s = CalendarExporter::exportFile(entries, path, m_editionChoice->currentText());
        !s) {
        Dialogs::warning(this, tr("Export"), s.error());
        return;
    }
    Q_EMIT notice(tr("%n event(s) exported to %1.", nullptr, int(entries.size()))
                      .arg(QDir::toNativeSeparators(path)));
}

void EditionPage::reloadRecords()
{
    reload();
}

} // namespace dc

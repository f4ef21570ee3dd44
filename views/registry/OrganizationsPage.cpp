#include "OrganizationsPage.h"

#include "ImportDialog.h"
#include "OrganizationCommands.h"
#include "OrganizationDetailsPanel.h"
#include "OrganizationDialog.h"
#include "SameOrganizationDialog.h"
#include "app/SettingsKeys.h"
#include "bodies/BodyRepository.h"
#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/DisplayText.h"
#include "common/LastFolder.h"
#include "common/RecordConflict.h"
#include "common/RecordEditing.h"
#include "common/TableSetup.h"
#include "documents/NgoEvidenceReport.h"
#include "funding/FundingRepository.h"
#include "programs/EventRepository.h"
#include "programs/OrganizationRemoval.h"
#include "programs/PartnershipRepository.h"
#include "registry/OrganizationAliasRepository.h"
#include "registry/OrganizationExporter.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationTableModel.h"
#include "storage/Database.h"
#include "transparency/DraftActRepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dc {

namespace {

constexpr int searchDelayMs = 150;

// Columns an official rarely needs at first sight; the header's context menu shows them.
constexpr std::array hiddenByDefault{
    OrganizationTableModel::Region,         OrganizationTableModel::Locality,
    OrganizationTableModel::RegistryNumber, OrganizationTableModel::Phone,
    OrganizationTableModel::VolunteerCount, OrganizationTableModel::Updated};

QComboBox *filterCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // As wide as the longest choice, but able to shrink (eliding) in a narrow window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(5);
    combo->setMaxVisibleItems(20);
    return combo;
}

/// The page that shows a record of the details panel, with the navigation filter that selects it
/// there (see Page::applyNavigationFilter()); nullopt when the record is gone.
std::optional<std::pair<QString, QVariantMap>>
pageOfRecord(const QSqlDatabase &db, OrganizationDetailsPanel::Tab tab, qint64 id)
{
    switch (tab) {
    case OrganizationDetailsPanel::Partnerships:
        if (const std::optional<Partnership> partnership = PartnershipRepository(db).find(id)) {
            return std::pair{QStringLiteral("editions"),
                             QVariantMap{{QStringLiteral("editionId"), partnership->editionId},
                                         {QStringLiteral("partnershipId"), id}}};
        }
        break;
    case OrganizationDetailsPanel::Events:
        if (const std::optional<Event> event = EventRepository(db).find(id)) {
            // An event of no program is on the calendar only.
            if (!event->hasProgram())
                return std::pair{QStringLiteral("calendar"),
                                 QVariantMap{{QStringLiteral("date"), event->date}}};
            return std::pair{QStringLiteral("editions"),
                             QVariantMap{{QStringLiteral("editionId"), event->editionId},
                                         {QStringLiteral("eventId"), id}}};
        }
        break;
    case OrganizationDetailsPanel::Recommendations: {
        const DraftActRepository drafts(db);
        const std::optional<Recommendation> recommendation = drafts.findRecommendation(id);
        if (const std::optional<DraftAct> draft =
                recommendation ? drafts.find(recommendation->draftId) : std::nullopt) {
            return std::pair{QStringLiteral("drafts"),
                             QVariantMap{{QStringLiteral("institutionId"), draft->institutionId},
                                         {QStringLiteral("draftId"), draft->id},
                                         {QStringLiteral("recommendationId"), id}}};
        }
        break;
    }
    case OrganizationDetailsPanel::Debates:
        if (const std::optional<DraftAct> draft = DraftActRepository(db).find(id)) {
            return std::pair{QStringLiteral("drafts"),
                             QVariantMap{{QStringLiteral("institutionId"), draft->institutionId},
                                         {QStringLiteral("draftId"), id}}};
        }
        break;
    case OrganizationDetailsPanel::Seats:
        if (const std::optional<BodyMember> member = BodyRepository(db).member(id)) {
            return std::pair{QStringLiteral("bodies"),
                             QVariantMap{{QStringLiteral("bodyId"), member->bodyId},
                                         {QStringLiteral("memberId"), id}}};
        }
        break;
    case OrganizationDetailsPanel::Funding:
        if (const std::optional<FundingAward> award = FundingRepository(db).award(id)) {
            return std::pair{QStringLiteral("funding"),
                             QVariantMap{{QStringLiteral("callId"), award->callId},
                                         {QStringLiteral("awardId"), id}}};
        }
        break;
    case OrganizationDetailsPanel::TabCount:
        break;
    }
    return std::nullopt;
}

} // namespace

OrganizationsPage::OrganizationsPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("organizations"), tr("Organizations"),
            themeIcon(QStringLiteral("system-users"), QStyle::SP_FileDialogDetailedView)},
           parent),
      m_database(context.database), m_db(context.database->connection()),
      m_undoStack(context.undoStack), m_geography(Geography::load(m_db))
{
    setObjectName(QStringLiteral("organizationsPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, acronym, CIF, locality…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search organizations"));
    if (const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find")); !find.isNull())
        m_search->addAction(find, QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &OrganizationsPage::applyFilter);

    m_model = new OrganizationTableModel(m_db, this);
    // A million rows: every row the same fixed height, never measured. The name column fills the
    // view (fitNameColumn()), not the last one.
    m_view = makeTable(m_model, this,
                       {.alternatingRows = true,
                        .wrapText = false,
                        .stretchLastColumn = false,
                        .compactRows = true,
                        .smoothScroll = true});
    m_view->setObjectName(QStringLiteral("organizationsView"));
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    m_view->viewport()->installEventFilter(this);
    connect(columns, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column != OrganizationTableModel::Name)
            fitNameColumn();
        else if (!m_fittingNameColumn && size > 0)
            m_minimumNameWidth = size; // the user's width, kept as the least
    });
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    setDefaultColumnWidths();

    buildActions();
    buildFilters();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    // Two rows of filters: on one row they were cut at 1024x600 ("Toate regiur", issue 15).
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    for (QComboBox *combo : {m_regionFilter, m_countyFilter, m_legalFormFilter, m_domainFilter})
        filterRow->addWidget(combo);
    filterRow->addStretch(1);
    auto *secondFilterRow = new QHBoxLayout;
    secondFilterRow->setSpacing(6);
    for (QComboBox *combo : {m_volunteeringFilter, m_statusFilter, m_kindFilter})
        secondFilterRow->addWidget(combo);
    secondFilterRow->addWidget(m_clearFilters);
    secondFilterRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addLayout(secondFilterRow);
    // Master-detail: the list above, what the selected organization is part of below.
    m_details = new OrganizationDetailsPanel(m_db, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("organizationsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            editOrganization(m_model->idAt(index.row()));
    });
    connect(m_view, &QTableView::customContextMenuRequested, this,
            &OrganizationsPage::showContextMenu);
    connect(
        columns, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
            QMenu menu(this);
            QHeaderView *header = m_view->horizontalHeader();
            for (int column = 0; column < OrganizationTableModel::ColumnCount; ++column) {
                QAction *action =
                    menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
                action->setCheckable(true);
                action->setChecked(!header->isSectionHidden(column));
                action->setEnabled(column != OrganizationTableModel::Name);
                connect(action, &QAction::toggled, header,
                        [header, column](bool shown) { header->setSectionHidden(column, !shown); });
            }
            menu.exec(header->mapToGlobal(position));
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_details->setOrganization(currentId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_details->setOrganization(currentId()); });
    connect(m_details, &OrganizationDetailsPanel::recordActivated, this,
            &OrganizationsPage::showRecord);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrganizationsPage::updateActions);
    connect(m_model, &OrganizationTableModel::rowCountChanged, this,
            &OrganizationsPage::emitStatus);

    setFocusProxy(m_search);
    updateActions();
}

OrganizationsPage::~OrganizationsPage()
{
    // The children emit while they are deleted (the model resets the selection): not to a half-gone
    // page.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void OrganizationsPage::buildActions()
{
    m_newAction =
        new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New organization…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Add an organization to the evidence"));
    connect(m_newAction, &QAction::triggered, this, [this] { newOrganization(); });

    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                               tr("&Edit organization…"), this);
    // Enter in the table; the menu shows it so that people learn it.
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_editAction->setStatusTip(tr("Open the form of the selected organization"));
    connect(m_editAction, &QAction::triggered, this, &OrganizationsPage::editCurrent);

    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                 tr("&Delete organization"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setStatusTip(tr("Delete the selected organization (Undo puts it back)"));
    connect(m_deleteAction, &QAction::triggered, this, &OrganizationsPage::deleteCurrent);

    //: Tells the program that two records are one organization (seed 003 counts 19 promoters where
    //: the records name 20); the counts then take them once
    m_sameAsAction = new QAction(tr("Mark as the &same organization as…"), this);
    m_sameAsAction->setObjectName(QStringLiteral("sameOrganizationAction"));
    m_sameAsAction->setStatusTip(
        tr("Say that the selected record and another are one organization, counted once"));
    connect(m_sameAsAction, &QAction::triggered, this,
            &OrganizationsPage::markCurrentAsSameOrganization);
    m_removeSameAsAction = new QAction(tr("&Remove the mark “same organization”"), this);
    m_removeSameAsAction->setObjectName(QStringLiteral("removeSameOrganizationAction"));
    m_removeSameAsAction->setStatusTip(
        tr("The selected record and the one it was marked the same as are counted apart again"));
    connect(m_removeSameAsAction, &QAction::triggered, this,
            &OrganizationsPage::removeSameOrganizationMark);

    // Enter and Delete act on the table only, not while typing in the search box.
    m_view->addAction(m_editAction);
    m_view->addAction(m_deleteAction);

    m_importAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import CSV…"), this);
    m_importAction->setStatusTip(tr("Add or update organizations from a CSV file"));
    connect(m_importAction, &QAction::triggered, this, &OrganizationsPage::importCsv);

    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this);
    m_exportAction->setStatusTip(tr("Write the organizations shown to a CSV or XLSX file"));
    connect(m_exportAction, &QAction::triggered, this, &OrganizationsPage::exportTable);
}

void OrganizationsPage::buildFilters()
{
    m_regionFilter = filterCombo(tr("Region"), this);
    m_regionFilter->setObjectName(QStringLiteral("regionFilter"));
    m_regionFilter->addItem(tr("All regions"), 0);
    for (const Region &region : m_geography.regions())
        m_regionFilter->addItem(region.name, region.id);

    m_countyFilter = filterCombo(tr("County"), this);
    m_countyFilter->setObjectName(QStringLiteral("countyFilter"));
    fillCountyFilter();

    m_legalFormFilter = filterCombo(tr("Legal form"), this);
    m_legalFormFilter->setObjectName(QStringLiteral("legalFormFilter"));
    m_legalFormFilter->addItem(tr("All legal forms"), -1);
    m_legalFormFilter->addItem(tr("Not specified", "legal form"),
                               static_cast<int>(LegalForm::Unknown));
    for (const LegalForm form : {LegalForm::Association, LegalForm::Foundation,
                                 LegalForm::Federation, LegalForm::Union, LegalForm::Branch})
        m_legalFormFilter->addItem(sentenceCase(legalFormName(form)), static_cast<int>(form));

    m_domainFilter = filterCombo(tr("Domain"), this);
    m_domainFilter->setObjectName(QStringLiteral("domainFilter"));
    fillDomainFilter();

    m_volunteeringFilter = filterCombo(tr("Volunteering"), this);
    m_volunteeringFilter->setObjectName(QStringLiteral("volunteeringFilter"));
    m_volunteeringFilter->addItem(tr("With or without volunteers"), -1);
    m_volunteeringFilter->addItem(tr("Working with volunteers"), 1);
    m_volunteeringFilter->addItem(tr("Without volunteers"), 0);

    m_statusFilter = filterCombo(tr("Status in the register"), this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (const RegistryStatus status : {RegistryStatus::Active, RegistryStatus::InLiquidation,
                                        RegistryStatus::Dissolved, RegistryStatus::StruckOff})
        m_statusFilter->addItem(sentenceCase(registryStatusName(status)), static_cast<int>(status));

    m_kindFilter = filterCombo(tr("Kind of organization"), this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (const OrganizationKind kind : organizationKinds())
        m_kindFilter->addItem(sentenceCase(organizationKindName(kind)), static_cast<int>(kind));
    // Its longest choice would take a third of the row: as wide as "All kinds", the list wider.
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindFilter->setMinimumContentsLength(12);
    m_kindFilter->view()->setMinimumWidth(m_kindFilter->view()->sizeHintForColumn(0) + 24);

    m_clearFilters = new QPushButton(tr("&Clear filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setToolTip(tr("Show all organizations again"));
    m_clearFilters->setEnabled(false); // nothing to clear yet
    connect(m_clearFilters, &QPushButton::clicked, this, &OrganizationsPage::clearFilters);

    connect(m_regionFilter, &QComboBox::currentIndexChanged, this, [this] {
        fillCountyFilter();
        applyFilter();
    });
    for (QComboBox *combo : {m_countyFilter, m_legalFormFilter, m_domainFilter,
                             m_volunteeringFilter, m_statusFilter, m_kindFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrganizationsPage::applyFilter);
}

void OrganizationsPage::fillCountyFilter()
{
    const int regionId = m_regionFilter->currentData().toInt();
    const int current = m_countyFilter->currentData().toInt();
    const QSignalBlocker blocker(m_countyFilter);
    m_countyFilter->clear();
    m_countyFilter->addItem(tr("All counties"), 0);
    for (const County &county : m_geography.counties()) {
        if (regionId == 0 || county.regionId == regionId)
            m_countyFilter->addItem(county.name, county.id);
    }
    // An unknown county belongs to no region.
    if (regionId == 0)
        m_countyFilter->addItem(sentenceCase(undeterminedCountyName()),
                                OrganizationFilter::undeterminedCounty);
    m_countyFilter->setCurrentIndex(std::max(0, m_countyFilter->findData(current)));
}

void OrganizationsPage::fillDomainFilter()
{
    const int current = m_domainFilter->currentData().toInt();
    const QSignalBlocker blocker(m_domainFilter);
    m_domainFilter->clear();
    m_domainFilter->addItem(tr("All domains"), 0);
    for (const Domain &domain : OrganizationRepository(m_db).domains())
        m_domainFilter->addItem(domain.name, domain.id);
    m_domainFilter->setCurrentIndex(std::max(0, m_domainFilter->findData(current)));
}

void OrganizationsPage::applyFilter()
{
    m_searchTimer->stop();
    const qint64 selected = currentId();
    OrganizationFilter filter;
    filter.text = m_search->text();
    filter.regionId = m_regionFilter->currentData().toInt();
    filter.countyId = m_countyFilter->currentData().toInt();
    if (const int form = m_legalFormFilter->currentData().toInt(); form >= 0)
        filter.legalForm = static_cast<LegalForm>(form);
    filter.domainId = m_domainFilter->currentData().toInt();
    if (const int volunteering = m_volunteeringFilter->currentData().toInt(); volunteering >= 0)
        filter.volunteering = volunteering == 1;
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = static_cast<RegistryStatus>(status);
    if (const int kind = m_kindFilter->currentData().toInt(); kind >= 0)
        filter.kind = static_cast<OrganizationKind>(kind);
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    m_clearFilters->setEnabled(!(filter == OrganizationFilter()));
    if (selected != 0)
        selectOrganization(selected);
    emitStatus();
}

void OrganizationsPage::applyNavigationFilter(const QVariantMap &filter)
{
    const int countyId = filter.value(QStringLiteral("countyId")).toInt();
    int regionId = filter.value(QStringLiteral("regionId")).toInt();
    if (countyId == 0 && regionId == 0)
        return;
    for (const County &county : m_geography.counties()) {
        if (county.id == countyId)
            regionId = county.regionId;
    }
    for (QComboBox *combo : {m_regionFilter, m_countyFilter, m_legalFormFilter, m_domainFilter,
                             m_volunteeringFilter, m_statusFilter, m_kindFilter}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        const QSignalBlocker regionBlocker(m_regionFilter);
        m_regionFilter->setCurrentIndex(std::max(0, m_regionFilter->findData(regionId)));
    }
    fillCountyFilter();
    {
        const QSignalBlocker blocker(m_countyFilter);
        m_countyFilter->setCurrentIndex(std::max(0, m_countyFilter->findData(countyId)));
    }
    applyFilter();
}

void OrganizationsPage::clearFilters()
{
    for (QComboBox *combo : {m_regionFilter, m_countyFilter, m_legalFormFilter, m_domainFilter,
                             m_volunteeringFilter, m_statusFilter, m_kindFilter}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    fillCountyFilter();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applyFilter();
}

const OrganizationFilter &OrganizationsPage::filter() const
{
    return m_model->filter();
}

QList<QAction *> OrganizationsPage::editActions() const
{
    // The marks of one organization are in the table's context menu only: the toolbar that shows
    // these actions has no room for two more at 1024 pixels.
    return {m_newAction, m_editAction, m_deleteAction};
}

QList<QAction *> OrganizationsPage::fileActions() const
{
    return {m_importAction, m_exportAction};
}

void OrganizationsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrganizationsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

bool OrganizationsPage::hasDocument() const
{
    return m_db.isOpen();
}

reports::ReportDocument OrganizationsPage::document() const
{
    Result<reports::ReportDocument> document = reports::buildNgoEvidence(m_db, QLocale());
    if (!document) {
        Dialogs::warning(window(), tr("NGO evidence"), document.error());
        return {};
    }
    return std::move(document).value();
}

QString OrganizationsPage::statusText() const
{
    const qint64 total = m_model->totalCount();
    if (m_model->filter() == OrganizationFilter())
        return tr("%Ln organization(s)", "", static_cast<int>(total));
    if (!m_model->isCountExact())
        //: %1 is how many of the filter's matches are shown so far, %Ln how many the file
        //: holds; the other matches are being counted
        return tr("Over %L1 of %Ln organization(s) shown (counting…)", "", static_cast<int>(total))
            .arg(m_model->rowCount());
    //: %1 is how many the filter shows, %Ln how many the file holds
    return tr("%L1 of %Ln organization(s) shown", "", static_cast<int>(total))
        .arg(m_model->rowCount());
}

void OrganizationsPage::emitStatus()
{
    m_clearFilters->setEnabled(!(m_model->filter() == OrganizationFilter()));
    Q_EMIT statusTextChanged(statusText());
}

void OrganizationsPage::saveState(QSettings &settings) const
{
    settings.setValue(SettingsKeys::organizationsHeader, m_view->horizontalHeader()->saveState());
}

void OrganizationsPage::restoreState(const QSettings &settings)
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = settings.value(SettingsKeys::organizationsHeader).toByteArray();
    if (state.isEmpty() || !header->restoreState(state) ||
        header->count() != OrganizationTableModel::ColumnCount) {
        setDefaultColumnWidths();
        return;
    }
    header->setSectionHidden(OrganizationTableModel::Name, false);
    // A state saved by an older version stretched the last column.
    header->setStretchLastSection(false);
    m_minimumNameWidth = header->sectionSize(OrganizationTableModel::Name);
    fitNameColumn();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void OrganizationsPage::setDefaultColumnWidths()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    // Room for the header text and the sort arrow, at least.
    const int headerPadding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 24;
    // A typical value of each column (not translated: only its width counts).
    static const std::array<std::pair<int, const char *>, OrganizationTableModel::ColumnCount>
        samples{{
            {OrganizationTableModel::Name, "Asociația pentru Protecția Consumatorilor"},
            {OrganizationTableModel::Acronym, "UNCJR"},
            {OrganizationTableModel::LegalForm, "association"},
            {OrganizationTableModel::Status, "active"},
            {OrganizationTableModel::County, "Caraș-Severin"},
            {OrganizationTableModel::Region, "Sud-Vest Oltenia"},
            {OrganizationTableModel::Locality, "Cluj-Napoca"},
            {OrganizationTableModel::Cif, "0000000000"},
            {OrganizationTableModel::RegistryNumber, "12345/A/2000"},
            {OrganizationTableModel::Email, "secretariat@ong.ro"},
            {OrganizationTableModel::Phone, "0722 123 456"},
            {OrganizationTableModel::Volunteering, "yes"},
            {OrganizationTableModel::VolunteerCount, "1000"},
            {OrganizationTableModel::Domains, "Voluntariat, Tineret"},
            {OrganizationTableModel::Updated, "31.12.2024 23:59"},
        }};
    // The other columns as wide as their first values (an empty column as wide as its title), at
    // most as wide as the sample; the name column takes the rest (issue 15: the empty CIF and
    // E-mail columns took the space while the names were cut).
    const int measuredRows = std::min(m_model->rowCount(), 200);
    for (const auto &[column, sample] : samples) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = metrics.horizontalAdvance(title) + headerPadding;
        const int sampleWidth = metrics.horizontalAdvance(QString::fromUtf8(sample)) + 16;
        int contentsWidth = 0;
        for (int row = 0; row < measuredRows; ++row)
            contentsWidth = std::max(
                contentsWidth,
                metrics.horizontalAdvance(m_model->index(row, column).data().toString()) + 16);
        const int width = std::max(titleWidth, std::min(contentsWidth, sampleWidth));
        const QScopedValueRollback fitting(m_fittingNameColumn, true);
        header->resizeSection(column, width);
        if (column == OrganizationTableModel::Name)
            m_minimumNameWidth = width;
        header->setSectionHidden(column, std::find(hiddenByDefault.begin(), hiddenByDefault.end(),
                                                   column) != hiddenByDefault.end());
    }
    fitNameColumn();
}

void OrganizationsPage::fitNameColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != OrganizationTableModel::Name && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int width = std::max(m_minimumNameWidth, m_view->viewport()->width() - others);
    if (header->sectionSize(OrganizationTableModel::Name) != width) {
        const QScopedValueRollback fitting(m_fittingNameColumn, true);
        header->resizeSection(OrganizationTableModel::Name, width);
    }
}

bool OrganizationsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void OrganizationsPage::updateActions()
{
    const bool selected = currentId() != 0;
    m_newAction->setEnabled(!m_readOnly);
    m_editAction->setEnabled(selected);
    m_editAction->setText(m_readOnly ? tr("&Show organization…") : tr("&Edit organization…"));
    m_deleteAction->setEnabled(selected && !m_readOnly);
    const bool isAlias =
        selected && OrganizationAliasRepository(m_db).aliasOf(currentId()).has_value();
    m_sameAsAction->setEnabled(selected && !m_readOnly && !isAlias);
    m_removeSameAsAction->setEnabled(isAlias && !m_readOnly);
    m_importAction->setEnabled(!m_readOnly);
}

qint64 OrganizationsPage::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->idAt(rows.first().row());
}

void OrganizationsPage::selectOrganization(qint64 id)
{
    const int row = id != 0 ? m_model->rowOfId(id) : -1;
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    // Beyond the matches counted so far (a search with many matches): counted up to it now.
    m_model->countUpTo(row);
    const QModelIndex index = m_model->index(row, OrganizationTableModel::Name);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
    m_lastRow = row;
}

qint64 OrganizationsPage::newOrganization()
{
    if (m_readOnly)
        return 0;
    OrganizationDialog dialog(m_db, this);
    Organization blank;
    // A new organization in the county the list is narrowed to starts there.
    blank.countyId = std::max(0, m_model->filter().countyId);
    dialog.setOrganization(blank);
    qint64 id = 0;
    dialog.setSaveAction([&] {
        id = addOrganization(dialog.organization());
        return id != 0;
    });
    dialog.exec();
    return id;
}

void OrganizationsPage::editCurrent()
{
    if (const qint64 id = currentId(); id != 0)
        editOrganization(id);
}

void OrganizationsPage::editOrganization(qint64 id)
{
    const std::optional<Organization> before = OrganizationRepository(m_db).find(id);
    if (!before) {
        Dialogs::warning(this, tr("Organization not found"),
                         tr("The organization no. %1 is no longer in the database.").arg(id));
        onDataChanged(0);
        return;
    }
    OrganizationDialog dialog(m_db, this);
    dialog.setOrganization(*before);
    dialog.setReadOnly(m_readOnly);
    Organization loaded = *before;
    dialog.setSaveAction([&] {
        if (m_readOnly || !dialog.isChanged())
            return true;
        const Organization after = dialog.organization();
        // Someone else may have saved it meanwhile: the user chooses; undo goes back to theirs.
        const std::optional<Organization> current = OrganizationRepository(m_db).find(id);
        if (!current) {
            Dialogs::warning(&dialog, tr("Organization not found"),
                             tr("The organization no. %1 is no longer in the database.").arg(id));
            return false;
        }
        if (const std::optional<bool> settled = settleConflict(&dialog, loaded, *current))
            return *settled;
        return saveOrganization(*current, after);
    });
    dialog.exec();
}

void OrganizationsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0 || m_readOnly)
        return;
    const std::optional<Organization> organization = OrganizationRepository(m_db).find(id);
    if (!organization)
        return;
    // Seats and funding awards refuse the delete: say so instead of asking.
    if (const QStringList blockers = OrganizationRemoval::blockers(m_db, id); !blockers.isEmpty()) {
        //: %1 is the organization's name; %2 the records that refer to it, one per line
        Dialogs::warning(
            this, tr("Delete organization"),
            tr("“%1” cannot be deleted while these refer to it:\n%2\nRemove it from those first.")
                .arg(organization->name, blockers.join(QLatin1Char('\n'))));
        return;
    }
    const QStringList consequences = OrganizationRemoval::consequences(m_db, id);
    const QString text =
        consequences.isEmpty()
            ? tr("Delete “%1” from the evidence? You can put it back with Edit > Undo.")
                  .arg(organization->name)
            //: %1 is the organization's name; %2 what goes with it, one per line
            : tr("Delete “%1” from the evidence? These go with it:\n%2\nYou can put it all back "
                 "with Edit > Undo.")
                  .arg(organization->name, consequences.join(QLatin1Char('\n')));
    // Asked again when someone else changes it while the question is open.
    if (!confirmDelete(this, tr("Delete organization"), text, *organization,
                       [this, id] { return OrganizationRepository(m_db).find(id); }))
        return;
    deleteOrganization(id);
}

qint64 OrganizationsPage::addOrganization(const Organization &organization)
{
    auto command = std::make_unique<AddOrganizationCommand>(commandContext(), organization);
    auto *raw = command.get();
    if (!run(std::move(command)))
        return 0;
    return raw->recordId();
}

bool OrganizationsPage::saveOrganization(const Organization &before, const Organization &after)
{
    return run(std::make_unique<EditOrganizationCommand>(commandContext(), before, after));
}

bool OrganizationsPage::deleteOrganization(qint64 id)
{
    const std::optional<Organization> organization = OrganizationRepository(m_db).find(id);
    if (!organization) {
        Dialogs::warning(this, tr("Organization not found"),
                         tr("The organization no. %1 is no longer in the database.").arg(id));
        return false;
    }
    m_lastRow = m_model->rowOfId(id);
    return run(std::make_unique<DeleteOrganizationCommand>(commandContext(), *organization));
}

void OrganizationsPage::markCurrentAsSameOrganization()
{
    const qint64 id = currentId();
    const std::optional<Organization> organization = OrganizationRepository(m_db).find(id);
    if (!organization || m_readOnly)
        return;
    SameOrganizationDialog dialog(m_db, id, organization->name, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenId() > 0)
        markSameOrganization(id, dialog.chosenId());
}

void OrganizationsPage::removeSameOrganizationMark()
{
    if (!m_readOnly)
        removeSameOrganization(currentId());
}

bool OrganizationsPage::markSameOrganization(qint64 id, qint64 sameAsId)
{
    const std::optional<Organization> organization = OrganizationRepository(m_db).find(id);
    if (!organization)
        return false;
    return run(std::make_unique<SameOrganizationCommand>(commandContext(), id, sameAsId,
                                                         organization->name, true));
}

bool OrganizationsPage::removeSameOrganization(qint64 id)
{
    const std::optional<OrganizationAlias> alias = OrganizationAliasRepository(m_db).aliasOf(id);
    if (!alias)
        return false;
    return run(std::make_unique<SameOrganizationCommand>(commandContext(), id, alias->sameAsId,
                                                         alias->name, false));
}

RecordCommandContext OrganizationsPage::commandContext()
{
    RecordCommandContext context;
    context.db = m_db;
    // The window clears its undo stack before it deletes its pages; the guard is for safety.
    const QPointer<OrganizationsPage> page(this);
    context.changed = [page](qint64 id) {
        if (page)
            page->onDataChanged(id);
    };
    context.failed = [page](const QString &message) {
        // Shown after QUndoStack::undo()/redo() has returned, not in the middle of it.
        if (page) {
            QTimer::singleShot(0, page, [page, message] {
                Dialogs::critical(page, tr("The change could not be made"), message);
            });
        }
    };
    return context;
}

bool OrganizationsPage::run(std::unique_ptr<RecordCommand> command)
{
    if (Status status = command->execute(); !status) {
        Dialogs::critical(this, tr("The change could not be saved"), status.error());
        return false;
    }
    m_undoStack->push(command.release());
    return true;
}

void OrganizationsPage::onDataChanged(qint64 selectId)
{
    m_model->refresh();
    fillDomainFilter();
    if (selectId != 0) {
        selectOrganization(selectId);
        if (m_model->rowOfId(selectId) < 0) {
            const std::optional<Organization> shown = OrganizationRepository(m_db).find(selectId);
            if (shown)
                Q_EMIT notice(tr("“%1” was saved, but the current search or filters hide it.")
                                  .arg(shown->name));
        }
    } else if (m_model->rowCount() > 0 && m_lastRow >= 0) {
        const int row = std::min(m_lastRow, m_model->rowCount() - 1);
        const QModelIndex index = m_model->index(row, OrganizationTableModel::Name);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    updateActions();
    emitStatus();
    m_details->setOrganization(currentId());
    m_details->refresh(); // a restored organization brings its ties back
}

void OrganizationsPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        selectOrganization(m_model->idAt(index.row()));
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_sameAsAction);
    menu.addAction(m_removeSameAsAction);
    menu.addSeparator();
    menu.addAction(m_newAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void OrganizationsPage::showRecord(OrganizationDetailsPanel::Tab tab, qint64 id)
{
    const std::optional<std::pair<QString, QVariantMap>> target = pageOfRecord(m_db, tab, id);
    if (!target) {
        // Deleted on another page since the panel read it.
        //: The row double-clicked under the organization list was deleted meanwhile
        Q_EMIT notice(tr("This record is no longer in the database."));
        m_details->refresh();
        return;
    }
    Q_EMIT navigate(target->first, target->second);
}

void OrganizationsPage::reload()
{
    onDataChanged(currentId());
}

void OrganizationsPage::importCsv()
{
    if (m_readOnly)
        return;
    const QString path = Dialogs::openFileName(this, tr("Import organizations"), lastFolder(),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolderOf(path);
    ImportDialog dialog(*m_database, this);
    dialog.setFileName(path);
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return;
    // The import is one transaction outside the undo history; older commands could now undo over
    // what it wrote, so the history starts again here.
    m_undoStack->clear();
    reload();
    const ImportSummary &s = *dialog.summary();
    const QString text =
        tr("Import of %1 finished: %L2 added, %L3 updated, %L4 unchanged, %L5 rejected.")
            .arg(QFileInfo(path).fileName())
            .arg(s.imported)
            .arg(s.updated)
            .arg(s.unchanged)
            .arg(s.rejected.size());
    Q_EMIT notice(text);
}

void OrganizationsPage::exportTable()
{
    const QString path = saveFileNameInLastFolder(
        this, tr("Export organizations"), tr("organizations") + QStringLiteral(".xlsx"),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        Dialogs::warning(
            this, tr("Export"),
            tr("%1: choose a name ending in .csv or .xlsx.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    rememberFolderOf(path);
    const OrganizationFilter filter = m_model->filter();
    const Status status =
        BackgroundTask::run(this, *m_database, tr("Writing %1…").arg(QFileInfo(path).fileName()),
                            false, [&](QSqlDatabase db, BackgroundTask::Progress &) {
                                return OrganizationExporter::exportFile(db, filter, path);
                            });
    if (!status) {
        Dialogs::critical(this, tr("Export failed"), status.error());
        return;
    }
    Q_EMIT notice(tr("%Ln organization(s) written to %1.", "", m_model->rowCount())
                      .arg(QDir::toNativeSeparators(path)));
}

void OrganizationsPage::reloadRecords()
{
    reload();
}

} // namespace dc

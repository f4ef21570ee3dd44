#include "OrganizationDetailsPanel.h"

#include "bodies/BodyMemberTableModel.h"
#include "common/TableSetup.h"
#include "funding/FundingAwardTableModel.h"
#include "programs/CalendarListModel.h"
#include "programs/PartnershipTableModel.h"
#include "registry/OrganizationAliasRepository.h"
#include "transparency/DraftActTableModel.h"
#include "transparency/RecommendationTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dc {

namespace {

constexpr int refreshDelayMs = 120;

// Every tab's model keeps the record's id under the same role.
static_assert(int(PartnershipTableModel::IdRole) == int(CalendarListModel::IdRole));
static_assert(int(PartnershipTableModel::IdRole) == int(RecordTableModel::IdRole));
constexpr int idRole = PartnershipTableModel::IdRole;

} // namespace

OrganizationDetailsPanel::OrganizationDetailsPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("organizationDetails"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("organizationDetailsTabs"));
    m_tabs->setDocumentMode(true);
    // Each tab is the capability's own model, filtered by the organization; the organization
    // itself is in every row, so its column is hidden.
    auto *partnerships = new PartnershipTableModel(m_db, this);
    addTable(Partnerships, partnerships,
             {PartnershipTableModel::Organization, PartnershipTableModel::Acronym},
             [partnerships](qint64 id) { partnerships->setOrganization(id); });
    auto *events = new CalendarListModel(m_db, this);
    addTable(Events, events, {}, [events](qint64 id) {
        CalendarQuery query;
        query.organizationId = id;
        events->setQuery(query);
    });
    auto *recommendations = new RecommendationTableModel(m_db, this);
    addTable(Recommendations, recommendations,
             {RecommendationTableModel::Author, RecommendationTableModel::Justification},
             [recommendations](qint64 id) { recommendations->setAuthorOrganization(id); });
    auto *debates = new DraftActTableModel(m_db, this);
    addTable(Debates, debates,
             {DraftActTableModel::Announced, DraftActTableModel::RecommendationsDeadline,
              DraftActTableModel::SentForApproval, DraftActTableModel::Submitted,
              DraftActTableModel::Recommendations, DraftActTableModel::Included},
             [debates](qint64 id) {
                 DraftActTableModel::Filter filter;
                 filter.debateRequestedBy = id;
                 debates->setFilter(filter);
             });
    auto *seats = new BodyMemberTableModel(m_db, 0, QDate(), this);
    addTable(Seats, seats, {BodyMemberTableModel::Member},
             [seats](qint64 id) { seats->setOrganization(id); });
    auto *funding = new FundingAwardTableModel(m_db, this);
    addTable(Funding, funding,
             {FundingAwardTableModel::Organization, FundingAwardTableModel::County,
              FundingAwardTableModel::OwnContribution, FundingAwardTableModel::ContractDate},
             [funding](qint64 id) { funding->setOrganization(id); });

    m_placeholder =
        new QLabel(tr("Select an organization to see its partnerships, events, recommendations, "
                      "debates, seats and funding."),
                   this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    // Above the tabs: the record it is marked the same organization as, or those marked as it.
    m_sameAs = new QLabel(this);
    m_sameAs->setObjectName(QStringLiteral("organizationSameAs"));
    m_sameAs->setWordWrap(true);
    m_sameAs->setTextFormat(Qt::PlainText);
    m_sameAs->setContentsMargins(6, 4, 6, 4);
    m_sameAs->hide();
    m_details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(0);
    detailsLayout->addWidget(m_sameAs);
    detailsLayout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_details);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &OrganizationDetailsPanel::refresh);
    updateTitles();
}

void OrganizationDetailsPanel::addTable(Tab tab, QAbstractItemModel *model,
                                        std::initializer_list<int> hiddenColumns,
                                        std::function<void(qint64 organizationId)> show)
{
    QTableView *view =
        makeTable(model, m_tabs, {.alternatingRows = true, .wrapText = false, .compactRows = true});
    view->setObjectName(QStringLiteral("organizationDetailsView%1").arg(int(tab)));
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultSectionSize(130);
    for (int column : hiddenColumns)
        view->setColumnHidden(column, true);
    // Double click, Enter or the context menu opens the record on its own page. Not
    // QAbstractItemView::activated: where a single click activates, selecting a row would leave
    // the page.
    connect(view, &QTableView::doubleClicked, this,
            [this, tab](const QModelIndex &index) { activate(tab, index); });
    //: Context menu of a row under the organization list: shows the record (edition, event, draft
    //: act, consultative body, funding call) on its own page
    auto *open = new QAction(tr("&Show on its page"), view);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this,
            [this, tab, view] { activate(tab, view->currentIndex()); });
    view->addAction(open);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tabs->addTab(view, QString());
    m_tables[tab] = {view, std::move(show)};
}

void OrganizationDetailsPanel::activate(Tab tab, const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT recordActivated(tab, index.data(idRole).toLongLong());
}

void OrganizationDetailsPanel::setOrganization(qint64 organizationId)
{
    if (organizationId == m_organizationId)
        return;
    m_organizationId = organizationId;
    m_refreshTimer->start();
}

void OrganizationDetailsPanel::refresh()
{
    m_refreshTimer->stop();
    const qint64 id = m_organizationId;
    m_stack->setCurrentWidget(id > 0 ? m_details : m_placeholder);
    if (id <= 0)
        return; // the tables keep what they showed, behind the placeholder
    updateSameAs();
    for (const Table &table : m_tables)
        table.show(id);
    updateTitles();
}

void OrganizationDetailsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Other pages change partnerships, events, seats and awards while this one is hidden.
    if (m_organizationId > 0)
        m_refreshTimer->start();
}

void OrganizationDetailsPanel::updateSameAs()
{
    const OrganizationAliasRepository aliases(m_db);
    QString text;
    if (const std::optional<OrganizationAlias> alias = aliases.aliasOf(m_organizationId)) {
        //: Above the tabs of an organization; %1 is the other record's name
        text = tr("Marked as the same organization as “%1”: the counts take the two records once.")
                   .arg(alias->sameAsName);
    } else if (const QList<OrganizationAlias> others = aliases.aliasesOf(m_organizationId);
               !others.isEmpty()) {
        QStringList names;
        for (const OrganizationAlias &other : others)
            names << QStringLiteral("“%1”").arg(other.name);
        //: Above the tabs of an organization; %1 names the records marked as the same
        //: organization as this one
        text = tr("Marked as the same organization as this one: %1. The counts take them once.")
                   .arg(names.join(QLatin1String(", ")));
    }
    m_sameAs->setText(text);
    m_sameAs->setVisible(!text.isEmpty());
}

QString OrganizationDetailsPanel::sameAsText() const
{
    return m_sameAs->text();
}

QTableView *OrganizationDetailsPanel::view(Tab tab) const
{
    return m_tables[tab].view;
}

int OrganizationDetailsPanel::count(Tab tab) const
{
    if (m_organizationId <= 0)
        return 0;
    return m_tables[tab].view->model()->rowCount();
}

QString OrganizationDetailsPanel::tabTitle(Tab tab) const
{
    const int n = count(tab);
    switch (tab) {
    case Partnerships:
        //: A tab under the organization list: the program editions it joined; %n is their number
        return tr("Partnerships (%n)", nullptr, n);
    case Events:
        //: A tab: the events it co-organized or attended; %n is their number
        return tr("Events (%n)", nullptr, n);
    case Recommendations:
        //: A tab: the recommendations it sent on draft acts; %n is their number
        return tr("Recommendations sent (%n)", nullptr, n);
    case Debates:
        //: A tab: the draft acts on which it requested a public debate; %n is their number
        return tr("Debates requested (%n)", nullptr, n);
    case Seats:
        //: A tab: its seats in consultative bodies; %n is their number
        return tr("Seats (%n)", nullptr, n);
    case Funding:
        //: A tab: its public funding awards; %n is their number
        return tr("Funding (%n)", nullptr, n);
    case TabCount:
        break;
    }
    return {};
}

void OrganizationDetailsPanel::updateTitles()
{
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabs->setTabText(tab, tabTitle(static_cast<Tab>(tab)));
}

} // namespace dc

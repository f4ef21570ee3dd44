#include "DraftsPage.h"

#include "WarningHighlightProxy.h"
#include "storage/Database.h"
#include "transparency/DeadlineRules.h"
#include "transparency/DraftActRepository.h"
#include "transparency/DraftActTableModel.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/RecommendationTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dc {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

DraftsPage::DraftsPage(const PageContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    const QSqlDatabase db = context.database->connection();
    m_model = new DraftActTableModel(db, this);
    auto *proxy = new WarningHighlightProxy(DraftActTableModel::Title, 0, this);
    proxy->setSourceModel(m_model);
    m_recommendations = new RecommendationTableModel(db, this);

    m_institution = new QComboBox(this);
    m_institution->addItem(tr("All institutions"), qint64(0));
    for (const NameMatcher::Candidate &c : InstitutionRepository(db).candidates())
        m_institution->addItem(c.name, c.id);
    m_year = new QComboBox(this);
    m_year->addItem(tr("All years"), 0);
    QSet<int> years;
    for (const DraftAct &d : DraftActRepository(db).drafts()) {
        if (d.announcedOn.isValid())
            years.insert(d.announcedOn.year());
    }
    QList<int> sortedYears(years.begin(), years.end());
    std::sort(sortedYears.begin(), sortedYears.end(), std::greater<int>());
    for (const int y : std::as_const(sortedYears))
        m_year->addItem(QString::number(y), y);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), -1);
    for (const DraftActStatus s : {DraftActStatus::InPreparation, DraftActStatus::Announced, DraftActStatus::Submitted,
                                   DraftActStatus::Adopted, DraftActStatus::Withdrawn})
        m_status->addItem(draftActStatusName(s), int(s));
    m_warningsOnly = new QCheckBox(tr("Only broken deadlines"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Institution:"), this));
    filters->addWidget(m_institution, 1);
    filters->addWidget(new QLabel(tr("Year:"), this));
    filters->addWidget(m_year);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_warningsOnly);

    m_view = makeTable(this);
    m_view->setModel(proxy);
    m_view->sortByColumn(DraftActTableModel::Announced, Qt::DescendingOrder);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(DraftActTableModel::Title, 380);
    // The broken deadlines next to the title, where the eye is.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(DraftActTableModel::DeadlineWarnings), 1);

    m_record = new QLabel(this);
    m_record->setTextFormat(Qt::RichText);
    m_record->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record->setMargin(8);
    m_record->setMinimumWidth(360);

    m_recommendationView = makeTable(this);
    m_recommendationView->setModel(m_recommendations);

    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(m_record);
    detail->addWidget(m_recommendationView);
    detail->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (QComboBox *combo : {m_institution, m_year, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &DraftsPage::applyFilter);
    connect(m_warningsOnly, &QCheckBox::toggled, this, &DraftsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DraftsPage::showCurrent);
    if (proxy->rowCount() > 0)
        selectRow(0);
    else
        showCurrent();
}

QString DraftsPage::key() const
{
    return QStringLiteral("drafts");
}

QString DraftsPage::title() const
{
    return tr("Draft acts");
}

QIcon DraftsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("text-x-generic"), style()->standardIcon(QStyle::SP_FileIcon));
}

QString DraftsPage::statusText() const
{
    return tr("%n draft(s)", nullptr, m_model->rowCount());
}

void DraftsPage::selectRow(int row)
{
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_view->model()->index(row, 0));
}

void DraftsPage::applyFilter()
{
    DraftActTableModel::Filter filter;
    filter.institutionId = m_institution->currentData().toLongLong();
    filter.year = m_year->currentData().toInt();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = DraftActStatus(status);
    filter.warningsOnly = m_warningsOnly->isChecked();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        selectRow(0);
    else
        showCurrent();
    Q_EMIT statusTextChanged(statusText());
}

void DraftsPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    m_recommendations->setDraft(id);
    m_recommendationView->resizeColumnsToContents();
    const std::optional<DraftAct> draft = id ? DraftActRepository(m_context.database->connection()).find(id) : std::nullopt;
    if (!draft) {
        m_record->setText(tr("<i>Choose a draft.</i>"));
        return;
    }
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto date = [](const QDate &d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("–"); };
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3").arg(esc(draft->title), esc(draftActKindName(draft->kind)),
                                                            esc(draftActStatusName(draft->status)));
    if (draft->procedure != DraftProcedure::Normal)
        html += QStringLiteral(" · <b>%1</b>: %2").arg(esc(draftProcedureName(draft->procedure)), esc(draft->procedureReason));
    html += QStringLiteral("</p><table cellspacing=\"2\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label, value);
    };
    QStringList channels;
    if (draft->announcedOnWebsite)
        channels << tr("website");
    if (draft->announcedAtHeadquarters)
        channels << tr("headquarters");
    if (draft->announcedInMedia)
        channels << tr("mass media");
    row(tr("Announced"), date(draft->announcedOn) + (channels.isEmpty() ? QString() : QStringLiteral(" (") + channels.join(QLatin1String(", ")) + QLatin1Char(')')));
    row(tr("Recommendations until"), date(draft->recommendationsDeadline));
    row(tr("Submitted for approval"), date(draft->submittedOn));
    row(tr("Adopted"), date(draft->adoptedOn));
    if (draft->debateRequested)
        row(tr("Debate requested"), date(draft->debateRequestedOn));
    if (draft->debateHeld)
        row(tr("Debate held"), tr("%1, %2 (published %3), %n participant(s)", nullptr, draft->debateParticipants.value_or(0))
                                   .arg(date(draft->debateHeldOn), esc(draft->debatePlace), date(draft->debatePublishedOn)));
    html += QStringLiteral("</table>");
    const QList<DeadlineWarning> warnings = DeadlineRules::check(*draft);
    if (warnings.isEmpty()) {
        html += QStringLiteral("<p style=\"color:#2e7d32\">") + tr("All legal deadlines kept.") + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p style=\"color:#8c3c00\"><b>") + tr("Deadline warnings") + QStringLiteral("</b>");
        for (const DeadlineWarning &w : warnings)
            html += QStringLiteral("<br>\u26A0 ") + esc(DeadlineRules::message(w));
        html += QStringLiteral("</p>");
    }
    m_record->setText(html);
}

} // namespace dc

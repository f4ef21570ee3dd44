#include "DraftsPage.h"
#include "core/Dates.h"

#include "DraftActCommands.h"
#include "DraftActDialog.h"
#include "RecommendationDialog.h"
#include "WarningHighlightProxy.h"
#include "common/Dialogs.h"
#include "common/MasterDetail.h"
#include "common/RecordEditing.h"
#include "common/RecordListActions.h"
#include "common/RecordSelection.h"
#include "common/TableSetup.h"
#include "common/TitledPane.h"
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
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace dc {

DraftsPage::DraftsPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("drafts"), tr("Draft acts"),
            themeIcon(QStringLiteral("text-x-generic"), QStyle::SP_FileIcon)},
           parent)
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
    for (const DraftActStatus s :
         {DraftActStatus::InPreparation, DraftActStatus::Announced, DraftActStatus::Submitted,
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

    m_view = makeTable(proxy, this, {.sortable = true});
    m_view->sortByColumn(DraftActTableModel::Announced, Qt::DescendingOrder);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(DraftActTableModel::Title, 380);
    // The broken deadlines next to the title, where the eye is.
    m_view->horizontalHeader()->moveSection(
        m_view->horizontalHeader()->visualIndex(DraftActTableModel::DeadlineWarnings), 1);

    m_record = makeRecordLabel(this);
    m_record->setMinimumWidth(360);

    // A rejection whose written justification was not sent is flagged on its row.
    auto *recommendationProxy =
        new WarningHighlightProxy(RecommendationTableModel::Decision, 0, this);
    recommendationProxy->setSourceModel(m_recommendations);
    m_recommendationView = makeTable(recommendationProxy, this, {.sortable = true});

    m_draftEditor = {
        [db](qint64 id) { return DraftActRepository(db).find(id); },
        [this, db] { return new DraftActDialog(db, this); }, tr("New draft act"),
        tr("Edit draft act"),
        [this, db](RecordCommand::Action action, const DraftAct &before, const DraftAct &after) {
            const RecordCommandContext context =
                pageCommandContext(db, this, tr("Draft acts"), [this](qint64 id) { refresh(id); });
            return executeAndPush(std::make_unique<DraftActCommand>(context, action, before, after),
                                  m_context.undoStack, this, tr("Draft acts"));
        }};
    m_actions = new RecordListActions(this);
    m_draftButtons = m_actions->list(
        m_view, {tr("&Add draft…"), [this] { addDraft(); }, tr("Add a draft act (Insert)")},
        {tr("&Edit draft…"), [this] { editDraft(); }, tr("Edit the chosen draft act (Enter)")},
        {tr("&Delete draft"), [this] { removeDraft(); },
         tr("Delete the chosen draft act (Delete)")});
    for (QPushButton *button : std::as_const(m_draftButtons))
        filters->addWidget(button);

    const QList<QPushButton *> recommendationButtons = m_actions->list(
        m_recommendationView, {tr("Add recommendation…"), [this] { addRecommendation(); }},
        {tr("Edit recommendation…"), [this] { editRecommendation(); }},
        {tr("Delete recommendation"), [this] { removeRecommendation(); }});
    auto *recommendationPane = new QWidget(this);
    auto *recommendationLayout = new QVBoxLayout(recommendationPane);
    recommendationLayout->setContentsMargins(0, 0, 0, 0);
    recommendationLayout->addWidget(m_recommendationView, 1);
    auto *recommendationRow = new QHBoxLayout;
    for (QPushButton *button : recommendationButtons)
        recommendationRow->addWidget(button);
    recommendationRow->addStretch(1);
    recommendationLayout->addLayout(recommendationRow);

    QSplitter *detail = splitPanes(Qt::Horizontal, {m_record, recommendationPane}, this, {0, 2});
    QSplitter *splitter = splitPanes(Qt::Vertical, {m_view, detail}, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (QComboBox *combo : {m_institution, m_year, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &DraftsPage::applyFilter);
    connect(m_warningsOnly, &QCheckBox::toggled, this, &DraftsPage::applyFilter);
    followCurrentRow(m_view, this, [this] { showCurrent(); });
}

QString DraftsPage::statusText() const
{
    return tr("%n draft(s)", nullptr, m_model->rowCount());
}

void DraftsPage::selectRow(int row)
{
    makeRowCurrent(m_view, row);
}

qint64 DraftsPage::currentId() const
{
    return currentRecordId(m_view);
}

void DraftsPage::addDraft()
{
    DraftAct draft;
    draft.institutionId = m_institution->currentData().toLongLong();
    m_draftEditor.open(draft);
}

void DraftsPage::editDraft()
{
    m_draftEditor.edit(currentId());
}

void DraftsPage::removeDraft()
{
    const std::optional<DraftAct> draft = m_draftEditor.find(currentId());
    if (!draft)
        return;
    const int count =
        int(DraftActRepository(m_context.database->connection()).recommendations(draft->id).size());
    const QString text = tr("Delete the draft “%1” with its %n recommendation(s)?", nullptr, count)
                             .arg(draft->title);
    const std::optional<DraftAct> confirmed =
        confirmDelete(this, tr("Delete draft act"), text, *draft,
                      [this, id = draft->id] { return m_draftEditor.find(id); });
    if (!confirmed)
        return;
    const RecordCommandContext context =
        pageCommandContext(m_context.database->connection(), this, tr("Draft acts"),
                           [this](qint64 selected) { refresh(selected); });
    auto command = std::make_unique<DraftActCommand>(context, RecordCommand::Action::Delete,
                                                     *confirmed, DraftAct());
    executeAndPush(std::move(command), m_context.undoStack, this, tr("Draft acts"));
}

void DraftsPage::refresh(qint64 selectId)
{
    const int row = m_view->currentIndex().row();
    applyFilter();
    QAbstractItemModel *model = m_view->model();
    for (int r = 0; selectId > 0 && r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == selectId) {
            selectRow(r);
            return;
        }
    }
    if (row >= 0 && model->rowCount() > 0)
        selectRow(std::min(row, model->rowCount() - 1));
}

RecordCommandContext DraftsPage::commandContext()
{
    return pageCommandContext(m_context.database->connection(), this, tr("Recommendations"),
                              [this](qint64) { refreshRecommendations(); });
}

qint64 DraftsPage::currentRecommendationId() const
{
    return currentRecordId(m_recommendationView);
}

void DraftsPage::refreshRecommendations()
{
    const qint64 draftId = currentId();
    m_recommendations->setDraft(0);
    m_recommendations->setDraft(draftId);
    m_recommendationView->resizeColumnsToContents();
    showCurrent();
}

void DraftsPage::addRecommendation()
{
    const qint64 draftId = currentId();
    if (draftId <= 0)
        return;
    Recommendation recommendation;
    recommendation.draftId = draftId;
    recommendation.receivedOn = QDate::currentDate();
    openRecommendationDialog(recommendation);
}

void DraftsPage::editRecommendation()
{
    const qint64 id = currentRecommendationId();
    if (id <= 0)
        return;
    if (const std::optional<Recommendation> r =
            DraftActRepository(m_context.database->connection()).findRecommendation(id))
        openRecommendationDialog(*r);
}

void DraftsPage::openRecommendationDialog(const Recommendation &recommendation)
{
    if (m_recommendationDialog)
        return;
    const std::optional<DraftAct> draft =
        DraftActRepository(m_context.database->connection()).find(recommendation.draftId);
    auto *dialog = new RecommendationDialog(m_context.database->connection(),
                                            draft ? draft->announcedOn : QDate(), this);
    openRecordForm(
        dialog, m_recommendationDialog, recommendation, tr("New recommendation"),
        tr("Edit recommendation"),
        [this](qint64 id) {
            return DraftActRepository(m_context.database->connection()).findRecommendation(id);
        },
        [this](RecordCommand::Action action, const Recommendation &before,
               const Recommendation &after) {
            return executeAndPush(
                std::make_unique<RecommendationCommand>(commandContext(), action, before, after),
                m_context.undoStack, this, tr("Recommendations"));
        });
}

void DraftsPage::removeRecommendation()
{
    const std::optional<Recommendation> r = DraftActRepository(m_context.database->connection())
                                                .findRecommendation(currentRecommendationId());
    if (!r)
        return;
    const std::optional<Recommendation> confirmed = confirmDelete(
        this, tr("Delete recommendation"), tr("Delete the chosen recommendation?"), *r,
        [this, id = r->id] {
            return DraftActRepository(m_context.database->connection()).findRecommendation(id);
        });
    if (!confirmed)
        return;
    auto command = std::make_unique<RecommendationCommand>(
        commandContext(), RecommendationCommand::Action::Delete, *confirmed, Recommendation());
    executeAndPush(std::move(command), m_context.undoStack, this, tr("Recommendations"));
}

void DraftsPage::applyNavigationFilter(const QVariantMap &filter)
{
    const qint64 institutionId = filter.value(QStringLiteral("institutionId")).toLongLong();
    if (institutionId <= 0)
        return;
    for (QComboBox *combo : {m_year, m_status}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_warningsOnly);
        m_warningsOnly->setChecked(false);
    }
    {
        const QSignalBlocker blocker(m_institution);
        m_institution->setCurrentIndex(std::max(0, m_institution->findData(institutionId)));
    }
    const qint64 draftId = filter.value(QStringLiteral("draftId")).toLongLong();
    refresh(draftId);
    if (draftId <= 0 || currentId() != draftId)
        return;
    showRecordAndDetail(m_view, m_recommendationView,
                        filter.value(QStringLiteral("recommendationId")).toLongLong());
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
    const qint64 id = currentId();
    m_recommendations->setDraft(id);
    m_recommendationView->resizeColumnsToContents();
    const std::optional<DraftAct> draft =
        id ? DraftActRepository(m_context.database->connection()).find(id) : std::nullopt;
    if (!draft) {
        m_record->setText(tr("<i>Choose a draft.</i>"));
        return;
    }
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto date = [](const QDate &d) {
        return d.isValid() ? shortDate(QLocale(), d) : QStringLiteral("–");
    };
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3")
                       .arg(esc(draft->title), esc(draftActKindName(draft->kind)),
                            esc(draftActStatusName(draft->status)));
    if (draft->procedure != DraftProcedure::Normal)
        html += QStringLiteral(" · <b>%1</b>: %2")
                    .arg(esc(draftProcedureName(draft->procedure)), esc(draft->procedureReason));
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
    row(tr("Announced"),
        date(draft->announcedOn) +
            (channels.isEmpty()
                 ? QString()
                 : QStringLiteral(" (") + channels.join(QLatin1String(", ")) + QLatin1Char(')')));
    row(tr("Recommendations until"), date(draft->recommendationsDeadline));
    row(tr("Sent for endorsement"), date(draft->sentForApprovalOn));
    row(tr("Submitted for approval"), date(draft->submittedOn));
    row(tr("Adopted"), date(draft->adoptedOn));
    if (draft->debateRequested)
        row(tr("Debate requested"), date(draft->debateRequestedOn));
    if (draft->debateHeld)
        row(tr("Debate held"), tr("%1, %2 (published %3), %n participant(s)", nullptr,
                                  draft->debateParticipants.value_or(0))
                                   .arg(date(draft->debateHeldOn), esc(draft->debatePlace),
                                        date(draft->debatePublishedOn)));
    html += QStringLiteral("</table>");
    QList<DeadlineWarning> warnings = DeadlineRules::check(*draft);
    if (const auto rejections = DeadlineRules::check(
            DraftActRepository(m_context.database->connection()).recommendations(id)))
        warnings << *rejections;
    if (warnings.isEmpty()) {
        html += QStringLiteral("<p style=\"color:#2e7d32\">") + tr("All legal deadlines kept.") +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p style=\"color:#8c3c00\"><b>") + tr("Deadline warnings") +
                QStringLiteral("</b>");
        for (const DeadlineWarning &w : warnings)
            html += QStringLiteral("<br>\u26A0 ") + esc(DeadlineRules::message(w));
        html += QStringLiteral("</p>");
    }
    m_record->setText(html);
}

void DraftsPage::reloadRecords()
{
    refresh(currentId());
    refreshRecommendations();
}

} // namespace dc

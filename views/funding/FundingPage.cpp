#include "FundingPage.h"

#include "FundingAwardDialog.h"
#include "FundingCallDialog.h"
#include "FundingCommands.h"
#include "common/Dialogs.h"
#include "common/LabelledField.h"
#include "common/MasterDetail.h"
#include "common/RecordEditing.h"
#include "common/RecordListActions.h"
#include "common/RecordSelection.h"
#include "common/TableSetup.h"
#include "common/TitledPane.h"
#include "documents/ChartBuilder.h"
#include "documents/FundingSynthesis.h"

#include "funding/FundingAwardTableModel.h"
#include "funding/FundingCallTableModel.h"
#include "funding/FundingRepository.h"
#include "funding/FundingSummary.h"
#include "funding/FundingSummaryTableModel.h"
#include "storage/Database.h"
#include "transparency/WarningHighlightProxy.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace dc {

namespace {

bool selectId(QTableView *view, qint64 id)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RecordTableModel::IdRole).toLongLong() == id) {
            view->selectRow(row);
            view->setCurrentIndex(model->index(row, 0));
            return true;
        }
    }
    return false;
}

} // namespace

FundingPage::FundingPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("funding"), tr("Funding", "public funding of NGOs"),
            themeIcon(QStringLiteral("accessories-calculator"), QStyle::SP_FileDialogDetailedView)},
           parent)
{
    const QSqlDatabase db = context.database->connection();
    m_year = new QComboBox(this);
    fillYears(0);
    m_key = new QComboBox(this);
    for (const FundingSummary::Key key :
         {FundingSummary::Key::Institution, FundingSummary::Key::Domain,
          FundingSummary::Key::County, FundingSummary::Key::Region})
        m_key->addItem(FundingSummary::keyName(key), int(key));
    auto *bar = new QHBoxLayout;
    addLabelledField(bar, tr("&Year:"), m_year);
    bar->addSpacing(12);
    addLabelledField(bar, tr("Summary &by:"), m_key);
    bar->addStretch(1);

    const int year = currentYear();
    m_calls = new FundingCallTableModel(db, year, this);
    auto *callProxy = new WarningHighlightProxy(FundingCallTableModel::Name, 0, this);
    callProxy->setSourceModel(m_calls);
    m_callView = makeTable(callProxy, this, {.sortable = true});
    m_callView->setColumnHidden(FundingCallTableModel::Year, true);
    m_callView->sortByColumn(FundingCallTableModel::Institution, Qt::AscendingOrder);

    m_awards = new FundingAwardTableModel(db, this);
    m_awards->setFilter(-1, 0);
    m_awardView = makeTable(m_awards, this, {.sortable = true});
    for (const int column :
         {int(FundingAwardTableModel::Year), int(FundingAwardTableModel::Institution),
          int(FundingAwardTableModel::Call)})
        m_awardView->setColumnHidden(column, true);
    m_awardView->sortByColumn(FundingAwardTableModel::Organization, Qt::AscendingOrder);

    m_summary = new FundingSummaryTableModel(db, year, FundingSummary::Key::Institution, this);
    // Not sortable: the total stays the last row.
    m_summaryView = makeTable(m_summary, this);
    m_summaryView->setColumnHidden(FundingSummaryTableModel::Requested, true);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    m_multiFunded = new QLabel(this);
    m_multiFunded->setTextFormat(Qt::RichText);
    m_multiFunded->setWordWrap(true);
    m_multiFunded->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_callEditor = {
        [db](qint64 id) { return FundingRepository(db).call(id); },
        [this] { return new FundingCallDialog(m_context.database->connection(), this); },
        tr("New funding call"), tr("Edit funding call"),
        [this](RecordCommand::Action action, const FundingCall &before, const FundingCall &after) {
            return runCommand(
                std::make_unique<FundingCallCommand>(callContext(), action, before, after));
        }};
    m_awardEditor = {
        [db](qint64 id) { return FundingRepository(db).award(id); },
        [this] { return new FundingAwardDialog(m_context.database->connection(), this); },
        tr("New award"), tr("Edit award"),
        [this](RecordCommand::Action action, const FundingAward &before,
               const FundingAward &after) {
            return runCommand(std::make_unique<FundingAwardCommand>(
                awardContext(after.callId > 0 ? after.callId : before.callId), action, before,
                after));
        }};
    m_actions = new RecordListActions(this);
    m_callEditor.actions = m_awardEditor.actions = m_actions;
    const QList<QPushButton *> callButtons = m_actions->list(
        m_callView, {tr("&Add call…"), [this] { addCall(); }},
        {tr("&Edit call…"), [this] { editCall(); }}, {tr("Delete call"), [this] { deleteCall(); }});
    const QList<QPushButton *> awardButtons =
        m_actions->list(m_awardView, {tr("Add a&ward…"), [this] { addAward(); }},
                        {tr("Edit award…"), [this] { editAward(); }},
                        {tr("Delete award"), [this] { deleteAward(); }});

    QSplitter *left = splitPanes(
        Qt::Vertical,
        {titledPane(tr("<b>Calls</b> (budget and the share awarded; cancelled awards left out)"),
                    m_callView, this, callButtons),
         titledPane(tr("<b>Awards</b> of the selected call"), m_awardView, this, awardButtons)},
        this);
    QSplitter *right = splitPanes(
        Qt::Vertical,
        {titledPane(tr("<b>Summary</b>"), m_summaryView, this), m_chart, m_multiFunded}, this);
    QSplitter *splitter = splitPanes(Qt::Horizontal, {left, right}, this, {1, 1});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &FundingPage::yearChanged);
    connect(m_key, &QComboBox::currentIndexChanged, this, &FundingPage::keyChanged);
    connect(m_callView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundingPage::callChanged);
    yearChanged();
}

QString FundingPage::statusText() const
{
    const int count = m_calls->rowCount();
    return tr("%n call(s)", nullptr, count);
}

bool FundingPage::hasDocument() const
{
    return currentYear() > 0;
}

reports::ReportDocument FundingPage::document() const
{
    return reports::FundingSynthesis::build(m_context.database->connection(), currentYear());
}

void FundingPage::setReadOnly(bool readOnly)
{
    m_actions->setReadOnly(readOnly);
}

void FundingPage::fillYears(int keep)
{
    const QSignalBlocker blocker(m_year);
    const int shown = keep > 0 ? keep : currentYear();
    m_year->clear();
    QList<int> years = FundingRepository(m_context.database->connection()).years();
    if (years.isEmpty())
        years << QDate::currentDate().year();
    if (shown > 0 && !years.contains(shown))
        years << shown;
    std::sort(years.begin(), years.end(), std::greater<>());
    for (const int year : std::as_const(years))
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(shown)));
}

qint64 FundingPage::currentCallId() const
{
    return currentRecordId(m_callView);
}

qint64 FundingPage::currentAwardId() const
{
    return currentRecordId(m_awardView);
}

void FundingPage::showCall(int year, qint64 callId, qint64 awardId)
{
    fillYears(year);
    yearChanged();
    if (callId > 0 && selectId(m_callView, callId)) {
        callChanged();
        if (awardId > 0)
            selectId(m_awardView, awardId);
    }
}

void FundingPage::applyNavigationFilter(const QVariantMap &filter)
{
    const qint64 callId = filter.value(QStringLiteral("callId")).toLongLong();
    const std::optional<FundingCall> call =
        callId > 0 ? FundingRepository(m_context.database->connection()).call(callId)
                   : std::nullopt;
    if (!call)
        return;
    const qint64 awardId = filter.value(QStringLiteral("awardId")).toLongLong();
    showCall(call->year, callId, awardId);
    if (currentCallId() != callId)
        return;
    showCurrentRow(m_callView);
    m_callView->setFocus(Qt::OtherFocusReason);
    if (awardId > 0 && currentAwardId() == awardId) {
        showCurrentRow(m_awardView);
        m_awardView->setFocus(Qt::OtherFocusReason);
    }
}

RecordCommandContext FundingPage::callContext()
{
    return pageCommandContext(m_context.database->connection(), this, title(), [this](qint64 id) {
        const std::optional<FundingCall> call =
            FundingRepository(m_context.database->connection()).call(id);
        showCall(call ? call->year : currentYear(), id);
    });
}

RecordCommandContext FundingPage::awardContext(qint64 callId)
{
    return pageCommandContext(
        m_context.database->connection(), this, title(), [this, callId](qint64 id) {
            const std::optional<FundingCall> call =
                FundingRepository(m_context.database->connection()).call(callId);
            showCall(call ? call->year : currentYear(), callId, id);
        });
}

void FundingPage::addCall()
{
    FundingCall call;
    call.year = currentYear();
    m_callEditor.open(call);
}

void FundingPage::editCall()
{
    m_callEditor.edit(currentCallId());
}

void FundingPage::deleteCall()
{
    m_callEditor.remove(currentCallId());
}

void FundingPage::addAward()
{
    FundingAward award;
    award.callId = currentCallId();
    m_awardEditor.open(award);
}

void FundingPage::editAward()
{
    m_awardEditor.edit(currentAwardId());
}

void FundingPage::deleteAward()
{
    m_awardEditor.remove(currentAwardId());
}

int FundingPage::currentYear() const
{
    return m_year->currentData().toInt();
}

void FundingPage::yearChanged()
{
    const int year = currentYear();
    m_calls->setYear(year);
    m_summary->setYear(year);
    m_callView->resizeColumnsToContents();
    m_summaryView->resizeColumnsToContents();
    if (m_calls->rowCount() > 0) {
        m_callView->selectRow(0);
        m_callView->setCurrentIndex(m_callView->model()->index(0, FundingCallTableModel::Name));
    }
    callChanged();
    updateChart();
    const QList<MultiFundedOrganization> multi =
        FundingSummary::multiFunded(m_context.database->connection(), year);
    QString html = QStringLiteral("<b>") +
                   tr("Organizations funded by several institutions in %1").arg(year) +
                   QStringLiteral("</b>");
    if (multi.isEmpty()) {
        html += QStringLiteral("<p><i>") + tr("None.") + QStringLiteral("</i></p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const MultiFundedOrganization &o : multi) {
            html += QStringLiteral("<li>%1: %2 (%3)</li>")
                        .arg(o.name.toHtmlEscaped(),
                             o.institutions.join(QLatin1String(", ")).toHtmlEscaped(),
                             o.granted.toDisplay());
        }
        html += QStringLiteral("</ul>");
    }
    m_multiFunded->setText(html);
    Q_EMIT statusTextChanged(statusText());
}

void FundingPage::keyChanged()
{
    m_summary->setKey(FundingSummary::Key(m_key->currentData().toInt()));
    m_summaryView->resizeColumnsToContents();
    updateChart();
}

void FundingPage::callChanged()
{
    const QModelIndex current = m_callView->currentIndex();
    m_awards->setFilter(
        current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : -1, 0);
    m_awardView->resizeColumnsToContents();
}

void FundingPage::updateChart()
{
    // Whole lei to draw and label (as in the synthesis); the exact sums stay in the tables.
    auto lei = [this](int row, int column) {
        return std::round(
            double(
                m_summary->index(row, column).data(RecordTableModel::RawValueRole).toLongLong()) /
            100.0);
    };
    reports::ChartSpec spec;
    spec.kind = reports::ChartSpec::Kind::GroupedHorizontalBars;
    spec.title =
        tr("Granted and paid by %1 (lei)").arg(FundingSummary::keyName(m_summary->key()).toLower());
    // Three ticks: amounts of six or seven digits side by side ran into each other in the
    // narrow chart beside the tables.
    spec.valueTicks = 3;
    reports::ChartSpec::Series granted{tr("Granted"), {}};
    reports::ChartSpec::Series paid{tr("Paid"), {}};
    for (int row = 0; row + 1 < m_summary->rowCount(); ++row) { // the last row is the total
        // Names broken into short lines: the chart beside the tables is narrow (at 1024 pixels
        // the long names of institutions ran off its left edge).
        spec.categories << ChartBuilder::wrapLabel(
            m_summary->index(row, FundingSummaryTableModel::Key).data().toString(), 16);
        granted.values << lei(row, FundingSummaryTableModel::Granted);
        paid.values << lei(row, FundingSummaryTableModel::Paid);
    }
    spec.series << granted << paid;
    QChart *old = m_chart->chart();
    m_chart->setChart(ChartBuilder::build(spec));
    delete old;
}

void FundingPage::reloadRecords()
{
    showCall(currentYear(), currentCallId(), currentAwardId());
}

} // namespace dc

#include "DashboardPage.h"
#include "core/Dates.h"

#include "common/Dialogs.h"
#include "dashboard/DashboardData.h"
#include "documents/ChartBuilder.h"
#include "documents/NgoEvidenceReport.h"
#include "documents/ProgramSynthesis.h"
#include "documents/TransparencyReports.h"
#include "programs/EventRepository.h"
#include "storage/Database.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace dc {

namespace {

constexpr int countyBars = 12;
constexpr int deadlineDays = 14;

enum ItemRole
{
    PageRole = Qt::UserRole + 1,
    FilterRole
};

/// The counties with the most organizations, most first (the full list is the NGO evidence's).
QListWidget *makeList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFrameShape(QFrame::NoFrame);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMinimumHeight(60);
    list->setMaximumHeight(140); // a few lines; the lists behind them are on their pages
    return list;
}

QListWidgetItem *addItem(QListWidget *list, const QString &text, const QString &page,
                         const QVariantMap &filter)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(PageRole, page);
    item->setData(FilterRole, filter);
    item->setToolTip(text);
    return item;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    return label;
}

/// @p content under a section label, which @p title keeps for the texts shown later.
QWidget *titledSection(QWidget *content, QLabel *&title, QWidget *parent)
{
    auto *section = new QWidget(parent);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    title = sectionLabel(QString(), section);
    layout->addWidget(title);
    layout->addWidget(content);
    return section;
}

} // namespace

DashboardPage::DashboardPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("dashboard"), tr("Home", "the dashboard page"),
            themeIcon(QStringLiteral("go-home"), QStyle::SP_DirHomeIcon)},
           parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setMinimumHeight(260);
        view->setFrameShape(QFrame::NoFrame);
        m_views << view;
        m_specs << reports::ChartSpec();
        m_titles << nullptr;
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, i](const QPoint &) { chooseExport(static_cast<Chart>(i)); });
    }
    m_views.at(Counties)->setMinimumHeight(340);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_upcoming = makeList(this);
    m_upcoming->setObjectName(QStringLiteral("upcomingEvents"));
    m_missing = makeList(this);
    m_missing->setObjectName(QStringLiteral("missingReports"));
    m_deadlines = makeList(this);
    m_deadlines->setObjectName(QStringLiteral("deadlinesSoon"));
    for (QListWidget *list : {m_upcoming, m_missing, m_deadlines}) {
        connect(list, &QListWidget::itemActivated, this, &DashboardPage::openItem);
        connect(list, &QListWidget::itemClicked, this, &DashboardPage::openItem);
    }

    QWidget *upcoming = titledSection(m_upcoming, m_upcomingTitle, this);
    QWidget *missing = titledSection(m_missing, m_missingTitle, this);

    auto *deadlines = new QFrame(this);
    deadlines->setFrameShape(QFrame::StyledPanel);
    auto *deadlineLayout = new QVBoxLayout(deadlines);
    m_deadlineTitle = sectionLabel(QString(), deadlines);
    deadlineLayout->addWidget(m_deadlineTitle);
    deadlineLayout->addWidget(m_deadlines);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(makeCard(Regions, tr("Organizations per region")), 0, 0);
    grid->addWidget(makeCard(Counties, tr("Organizations per county")), 0, 1, 2, 1);
    grid->addWidget(deadlines, 1, 0);
    grid->addWidget(makeCard(Participants, tr("Participants of the current edition"), upcoming), 2,
                    0);
    grid->addWidget(makeCard(Recommendations, tr("Recommendations per institution"), missing), 2,
                    1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    if (m_context.undoStack) {
        // A change anywhere may move a figure: redraw now if shown, else when shown again, as
        // for another official's change.
        connect(m_context.undoStack, &QUndoStack::indexChanged, this,
                [this] { databaseChanged({QStringLiteral("*")}); });
    }
    reload();
}

QString DashboardPage::statusText() const
{
    const int count = m_deadlines->count();
    return tr("%n deadline(s) in the next days", nullptr, count);
}

QWidget *DashboardPage::makeCard(Chart chart, const QString &title, QWidget *extra)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *header = new QHBoxLayout;
    auto *label = sectionLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), card);
    m_titles[chart] = label;
    auto *exportButton = new QToolButton(card);
    exportButton->setObjectName(QStringLiteral("exportChart%1").arg(int(chart)));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as"),
                                           style()->standardIcon(QStyle::SP_DialogSaveButton)));
    exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, [this, chart] { chooseExport(chart); });
    header->addWidget(label, 1);
    header->addWidget(exportButton);
    layout->addLayout(header);
    layout->addWidget(m_views.at(chart), 1);
    if (extra)
        layout->addWidget(extra);
    return card;
}

void DashboardPage::reload()
{
    Database &database = *m_context.database;
    const QSqlDatabase db = database.connection();
    const QDate today = QDate::currentDate();
    const QLocale locale;

    const Result<reports::NgoEvidenceData> ngo = reports::ngoEvidenceData(db);
    const reports::NgoEvidenceData evidence = ngo.ok() ? ngo.value() : reports::NgoEvidenceData();
    m_organizations = evidence.organizations;
    setChart(Regions, reports::organizationsPerRegionChart(evidence));
    // The NGOs whose county is not known are a last bar of their own, never one of the counties.
    reports::ChartSpec counties = reports::topCountiesChart(evidence, countyBars);
    // The title says what the bars are: fewer county bars than asked for are every county that
    // has an organization (issue 15: "The 12 counties..." over 8 bars).
    const int countyCount =
        int(counties.categories.size()) - (evidence.undetermined.organizations > 0 ? 1 : 0);
    counties.title = countyCount < countyBars
                         ? tr("Organizations per county")
                         : tr("The %1 counties with the most organizations").arg(countyBars);
    setChart(Counties, counties);

    const std::optional<reports::CurrentEdition> edition =
        reports::DashboardData::currentEdition(db, today);
    reports::ChartSpec participants;
    if (edition) {
        participants = reports::participantsPerEventChart(database, edition->editionId);
        participants.title = tr("%1, edition %2 (%3): participants per event")
                                 .arg(edition->program)
                                 .arg(edition->number)
                                 .arg(edition->year);
        const QList<double> values =
            participants.series.isEmpty() ? QList<double>() : participants.series.first().values;
        // No participant recorded: a chart with the "No data" note rather than empty axes.
        if (std::all_of(values.cbegin(), values.cend(), [](double v) { return v <= 0; })) {
            participants.title = tr("%1, edition %2 (%3): no participants recorded")
                                     .arg(edition->program)
                                     .arg(edition->number)
                                     .arg(edition->year);
            participants.categories.clear();
            participants.categoryKeys.clear();
            participants.series.clear();
        }
    } else {
        participants.title = tr("No program edition yet");
    }
    setChart(Participants, participants);

    m_year = reports::DashboardData::transparencyYear(db, today);
    const Result<reports::TransparencySynthesisData> transparency =
        reports::transparencySynthesisData(db, m_year);
    reports::ChartSpec recommendations;
    if (transparency.ok())
        recommendations = reports::recommendationsPerInstitutionChart(transparency.value(), 8);
    recommendations.title = tr("Recommendations received and included in %1").arg(m_year);
    setChart(Recommendations, recommendations);

    fillLists(edition ? edition->editionId : 0);
    m_missing->clear();
    if (transparency.ok()) {
        for (const Institution &institution : transparency.value().missing)
            addItem(m_missing, institution.name, QStringLiteral("institutions"),
                    {{QStringLiteral("institutionId"), institution.id}});
    }
    const int missingCount = int(m_missing->count());
    m_missing->setVisible(missingCount > 0);
    m_missingTitle->setText(
        tr("<b>No annual report for %1</b> (%n institution(s))", nullptr, missingCount)
            .arg(m_year));

    const int deadlineCount = int(m_deadlines->count());
    // NGOs only: the associative structures of local authorities and other partners are not NGOs.
    QString summary = tr("<b>%1</b> NGOs in the register").arg(locale.toString(m_organizations));
    if (edition)
        summary += QStringLiteral(" · ") + (edition->upcoming
                                                ? tr("current edition: <b>%1</b>, edition %2 (%3)")
                                                : tr("last edition: <b>%1</b>, edition %2 (%3), no "
                                                     "activity to come"))
                                               .arg(edition->program.toHtmlEscaped())
                                               .arg(edition->number)
                                               .arg(edition->year);
    summary += QStringLiteral(" · ") + tr("transparency figures of <b>%1</b>").arg(m_year);
    summary +=
        QStringLiteral(" · ") +
        tr("<b>%n</b> deadline(s) in the next %1 days", nullptr, deadlineCount).arg(deadlineDays);
    m_summary->setText(summary);
    Q_EMIT statusTextChanged(statusText());
}

void DashboardPage::fillLists(qint64 editionId)
{
    const QSqlDatabase db = m_context.database->connection();
    const QDate today = QDate::currentDate();
    const QLocale locale;

    m_upcoming->clear();
    const QList<reports::UpcomingEvent> events =
        editionId ? reports::DashboardData::upcomingEvents(db, editionId, today, 6)
                  : QList<reports::UpcomingEvent>();
    for (const reports::UpcomingEvent &e : events) {
        QString text = shortDate(locale, e.date) + QStringLiteral("  ");
        text += e.title.isEmpty() ? QStringLiteral("%1 %2").arg(eventKindName(e.kind)).arg(e.number)
                                  : e.title;
        if (!e.place.isEmpty())
            text += QStringLiteral(" (%1)").arg(e.place);
        addItem(m_upcoming, text, QStringLiteral("calendar"), {{QStringLiteral("date"), e.date}});
    }
    const int upcomingCount = int(m_upcoming->count());
    m_upcomingTitle->setText(upcomingCount > 0
                                 ? tr("<b>Events ahead</b>")
                                 : tr("<b>Events ahead</b>: none planned from today"));
    m_upcoming->setVisible(upcomingCount > 0);

    m_deadlines->clear();
    for (const reports::DeadlineSoon &d :
         reports::DashboardData::deadlinesSoon(db, today, deadlineDays)) {
        const QString when =
            d.daysLeft == 0 ? tr("today") : tr("in %n day(s)", nullptr, d.daysLeft);
        const QString text =
            QStringLiteral("%1 %2 (%3) · %4 · %5")
                .arg(shortDate(locale, d.deadline), when,
                     reports::DashboardData::deadlineKindName(d.kind), d.institution, d.title);
        const bool meeting = d.kind == reports::DeadlineSoon::Kind::MeetingAnnouncement;
        QVariantMap filter{{QStringLiteral("institutionId"), d.institutionId}};
        if (!meeting)
            filter.insert(QStringLiteral("draftId"), d.recordId);
        addItem(m_deadlines, text,
                meeting ? QStringLiteral("institutions") : QStringLiteral("drafts"), filter);
    }
    const int deadlineCount = int(m_deadlines->count());
    m_deadlines->setVisible(deadlineCount > 0);
    m_deadlineTitle->setText(
        deadlineCount > 0 ? tr("<b>Deadlines in the next %1 days</b>").arg(deadlineDays)
                          : tr("<b>Deadlines in the next %1 days</b>: none").arg(deadlineDays));
}

void DashboardPage::setChart(Chart chart, reports::ChartSpec spec)
{
    QChart *built = ChartBuilder::build(spec, ChartBuilder::Style::Screen);
    built->setTitle(QString()); // the card's own title says it, the spec's title goes in exports
    built->setBackgroundRoundness(0);
    built->setBackgroundPen(Qt::NoPen);
    const QList<QAbstractSeries *> series = built->series();
    for (QAbstractSeries *s : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets())
            connect(set, &QBarSet::clicked, this,
                    [this, chart](int index) { openBar(chart, index); });
        connect(bars, &QAbstractBarSeries::hovered, this,
                [this, chart](bool status, int index, QBarSet *) {
                    const reports::ChartSpec &current = m_specs.at(chart);
                    const bool leads =
                        status &&
                        !current.categoryKeys.value(ChartBuilder::categoryIndex(current, index))
                             .isEmpty();
                    m_views.at(chart)->setCursor(leads ? Qt::PointingHandCursor : Qt::ArrowCursor);
                });
    }
    QChart *old = m_views.at(chart)->chart();
    m_views.at(chart)->setChart(built);
    delete old;
    if (m_titles.at(chart) && !spec.title.isEmpty())
        m_titles.at(chart)->setText(QStringLiteral("<b>%1</b>").arg(spec.title.toHtmlEscaped()));
    m_specs[chart] = std::move(spec);
}

void DashboardPage::openBar(Chart chart, int barIndex)
{
    const reports::ChartSpec &spec = m_specs.at(chart);
    const QString key = spec.categoryKeys.value(ChartBuilder::categoryIndex(spec, barIndex));
    if (key.isEmpty())
        return;
    switch (chart) {
    case Regions:
        Q_EMIT navigate(QStringLiteral("organizations"),
                        {{QStringLiteral("regionId"), key.toInt()}});
        break;
    case Counties:
        Q_EMIT navigate(QStringLiteral("organizations"),
                        {{QStringLiteral("countyId"), key.toInt()}});
        break;
    case Participants:
        if (const std::optional<Event> event =
                EventRepository(m_context.database->connection()).find(key.toLongLong()))
            Q_EMIT navigate(QStringLiteral("calendar"), {{QStringLiteral("date"), event->date}});
        break;
    case Recommendations:
        Q_EMIT navigate(QStringLiteral("institutions"),
                        {{QStringLiteral("institutionId"), key.toLongLong()}});
        break;
    case ChartCount:
        break;
    }
}

void DashboardPage::openItem(QListWidgetItem *item)
{
    if (item)
        Q_EMIT navigate(item->data(PageRole).toString(), item->data(FilterRole).toMap());
}

QString DashboardPage::exportChart(Chart chart, const QString &path) const
{
    // PDF for print: greys and hatching; PNG and SVG as on the screen.
    const bool pdf =
        QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const QSizeF size = chart == Counties ? QSizeF(800, 600) : QSizeF(800, 450);
    return ChartBuilder::exportTo(m_specs.at(chart), path, size,
                                  pdf ? ChartBuilder::Style::Document
                                      : ChartBuilder::Style::Screen);
}

void DashboardPage::chooseExport(Chart chart)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Save as PNG image…"));
    QAction *svg = menu.addAction(tr("Save as SVG drawing…"));
    menu.addAction(tr("Save as PDF…"));
    QAction *chosen = menu.exec(QCursor::pos());
    if (!chosen)
        return;
    const QString suffix = chosen == png   ? QStringLiteral("png")
                           : chosen == svg ? QStringLiteral("svg")
                                           : QStringLiteral("pdf");
    const QString filter = chosen == png   ? tr("PNG images (*.png)")
                           : chosen == svg ? tr("SVG drawings (*.svg)")
                                           : tr("PDF documents (*.pdf)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        Dialogs::saveFileName(this, tr("Save the chart"),
                              QDir(dir).filePath(tr("chart") + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const QString error = exportChart(chart, path);
    if (!error.isEmpty())
        Dialogs::warning(this, tr("Save the chart"), error);
    else
        Q_EMIT notice(tr("The chart was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::reloadRecords()
{
    reload();
}

} // namespace dc

#include "BodiesPage.h"

#include "bodies/BodyMeetingTableModel.h"
#include "bodies/BodyMemberTableModel.h"
#include "bodies/BodyRepository.h"
#include "bodies/BodyRules.h"
#include "bodies/BodyTableModel.h"
#include "storage/Database.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/WarningHighlightProxy.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace dc {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content);
    return box;
}

} // namespace

BodiesPage::BodiesPage(const PageContext &context, QWidget *parent, const QDate &today)
    : Page(parent), m_context(context), m_today(today.isValid() ? today : QDate::currentDate())
{
    const QSqlDatabase db = context.database->connection();
    m_model = new BodyTableModel(db, m_today, this);
    auto *proxy = new WarningHighlightProxy(BodyTableModel::Name, 0, this);
    proxy->setSourceModel(m_model);
    m_view = makeTable(proxy, this);
    m_view->sortByColumn(BodyTableModel::Name, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();

    m_members = new BodyMemberTableModel(db, -1, m_today, this);
    auto *memberProxy = new WarningHighlightProxy(BodyMemberTableModel::Member, 0, this);
    memberProxy->setSourceModel(m_members);
    m_memberView = makeTable(memberProxy, this);
    m_memberView->setColumnHidden(BodyMemberTableModel::Body, true);
    m_memberView->sortByColumn(BodyMemberTableModel::MandateStart, Qt::AscendingOrder);

    m_meetings = new BodyMeetingTableModel(db, 0, this);
    auto *meetingProxy = new WarningHighlightProxy(BodyMeetingTableModel::Date, 0, this);
    meetingProxy->setSourceModel(m_meetings);
    m_meetingView = makeTable(meetingProxy, this);
    m_meetingView->sortByColumn(BodyMeetingTableModel::Date, Qt::DescendingOrder);

    m_record = new QLabel(this);
    m_record->setTextFormat(Qt::RichText);
    m_record->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record->setMargin(8);
    auto *recordScroll = new QScrollArea(this);
    recordScroll->setWidget(m_record);
    recordScroll->setWidgetResizable(true);
    recordScroll->setMinimumWidth(300);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_view);
    left->addWidget(
        titled(tr("<b>Members</b> (chair and members count for the quorum)"), m_memberView, this));
    left->addWidget(
        titled(tr("<b>Meetings</b> (attendance, decisions, minutes)"), m_meetingView, this));
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 2);
    left->setStretchFactor(2, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(recordScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BodiesPage::showCurrent);
    if (proxy->rowCount() > 0)
        selectRow(0);
    else
        showCurrent();
}

QString BodiesPage::key() const
{
    return QStringLiteral("bodies");
}

QString BodiesPage::title() const
{
    return tr("Bodies", "consultative bodies (councils, colleges, working groups)");
}

QIcon BodiesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-users"),
                            style()->standardIcon(QStyle::SP_FileDialogInfoView));
}

QString BodiesPage::statusText() const
{
    const int count = m_model->rowCount();
    return tr("%n consultative body(ies)", nullptr, count);
}

void BodiesPage::selectRow(int row)
{
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_view->model()->index(row, 0));
}

void BodiesPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : -1;
    m_members->setBody(id);
    m_meetings->setBody(id > 0 ? id : 0);
    m_memberView->resizeColumnsToContents();
    m_meetingView->resizeColumnsToContents();
    const BodyRepository repository(m_context.database->connection());
    const std::optional<ConsultativeBody> body = id > 0 ? repository.body(id) : std::nullopt;
    if (!body) {
        m_record->setText(tr("<i>Choose a consultative body.</i>"));
        return;
    }
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto day = [](const QDate &d) { return d.toString(QStringLiteral("dd.MM.yyyy")); };
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2, %3")
            .arg(esc(body->name), esc(bodyKindName(body->kind)), esc(bodyStatusName(body->status)));
    if (body->activeFrom.isValid())
        html += QStringLiteral(" ") + tr("from %1").arg(day(body->activeFrom));
    if (body->dissolvedOn.isValid())
        html += QStringLiteral(" ") + tr("until %1").arg(day(body->dissolvedOn));
    html += QStringLiteral("</p>");
    if (!body->actNumber.isEmpty())
        html += QStringLiteral("<p>") +
                tr("Founding act: no. %1 of %2").arg(esc(body->actNumber), day(body->actDate)) +
                QStringLiteral("</p>");
    if (const std::optional<Institution> secretariat =
            InstitutionRepository(m_context.database->connection())
                .find(body->secretariatInstitutionId))
        html += QStringLiteral("<p>") + tr("Secretariat: %1").arg(esc(secretariat->name)) +
                QStringLiteral("</p>");
    QStringList facts;
    if (body->mandateMonths) {
        const int months = *body->mandateMonths;
        facts << tr("mandate of %n month(s)", nullptr, months);
    }
    if (body->quorum) {
        const int quorum = *body->quorum;
        facts << tr("quorum of %n member(s)", nullptr, quorum);
    }
    if (!facts.isEmpty())
        html +=
            QStringLiteral("<p>") + esc(facts.join(QLatin1String(", "))) + QStringLiteral("</p>");
    if (!body->purpose.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(body->purpose));

    const QList<BodyMember> members = repository.members(id);
    const QList<BodyMeeting> meetings = repository.meetings(id);
    const QList<BodyWarning> warnings = BodyRules::check(*body, members, meetings, m_today);
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h4>") + tr("Warnings") +
                QStringLiteral("</h4><ul style=\"color:#8c3c00\">");
        for (const BodyWarning &w : warnings)
            html += QStringLiteral("<li>") + esc(w.message()) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (body->status == BodyStatus::Active) {
        const QList<BodyMember> expiring = BodyRules::expiring(members, m_today, 90);
        html += QStringLiteral("<h4>") + tr("Mandates ending in the next 90 days") +
                QStringLiteral("</h4>");
        if (expiring.isEmpty()) {
            html += QStringLiteral("<p><i>") + tr("None.") + QStringLiteral("</i></p>");
        } else {
            html += QStringLiteral("<ul>");
            for (const BodyMember &m : expiring) {
                const int row = m_members->rowOfId(m.id);
                const QString name =
                    m_members->index(row, BodyMemberTableModel::Member).data().toString();
                html += QStringLiteral("<li>%1 (%2): %3</li>")
                            .arg(esc(name), esc(m.representative), day(m.mandateEnd));
            }
            html += QStringLiteral("</ul>");
        }
    }
    m_record->setText(html);
}

} // namespace dc

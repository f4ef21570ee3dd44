#include "BodiesPage.h"
#include "core/Dates.h"

#include "BodyCommands.h"
#include "BodyDialog.h"
#include "BodyMeetingDialog.h"
#include "BodyMemberDialog.h"

#include "bodies/BodyMeetingTableModel.h"
#include "bodies/BodyMemberTableModel.h"
#include "bodies/BodyRepository.h"
#include "bodies/BodyRules.h"
#include "bodies/BodyTableModel.h"
#include "common/Dialogs.h"
#include "common/MasterDetail.h"
#include "common/RecordEditing.h"
#include "common/RecordListActions.h"
#include "common/RecordSelection.h"
#include "common/TableSetup.h"
#include "common/TitledPane.h"
#include "documents/BodyMembershipList.h"
#include "storage/Database.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/WarningHighlightProxy.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dc {

BodiesPage::BodiesPage(const PageContext &context, QWidget *parent, const QDate &today)
    : Page(context,
           {QStringLiteral("bodies"),
            tr("Bodies", "consultative bodies (councils, colleges, working groups)"),
            themeIcon(QStringLiteral("system-users"), QStyle::SP_FileDialogInfoView)},
           parent),
      m_today(dayOrToday(today))
{
    const QSqlDatabase db = context.database->connection();
    m_model = new BodyTableModel(db, m_today, this);
    auto *proxy = new WarningHighlightProxy(BodyTableModel::Name, 0, this);
    proxy->setSourceModel(m_model);
    m_view = makeTable(proxy, this, {.sortable = true});
    m_view->sortByColumn(BodyTableModel::Name, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();

    m_members = new BodyMemberTableModel(db, -1, m_today, this);
    auto *memberProxy = new WarningHighlightProxy(BodyMemberTableModel::Member, 0, this);
    memberProxy->setSourceModel(m_members);
    m_memberView = makeTable(memberProxy, this, {.sortable = true});
    m_memberView->setColumnHidden(BodyMemberTableModel::Body, true);
    m_memberView->sortByColumn(BodyMemberTableModel::MandateStart, Qt::AscendingOrder);

    m_meetings = new BodyMeetingTableModel(db, 0, this);
    auto *meetingProxy = new WarningHighlightProxy(BodyMeetingTableModel::Date, 0, this);
    meetingProxy->setSourceModel(m_meetings);
    m_meetingView = makeTable(meetingProxy, this, {.sortable = true});
    m_meetingView->sortByColumn(BodyMeetingTableModel::Date, Qt::DescendingOrder);

    m_record = makeRecordLabel(this);
    auto *recordScroll = new QScrollArea(this);
    recordScroll->setWidget(m_record);
    recordScroll->setWidgetResizable(true);
    recordScroll->setMinimumWidth(300);

    m_bodies = {[db](qint64 id) { return BodyRepository(db).body(id); },
                [this] { return new BodyDialog(m_context.database->connection(), this, m_today); },
                tr("New consultative body"), tr("Edit consultative body"),
                [this](RecordCommand::Action action, const ConsultativeBody &before,
                       const ConsultativeBody &after) {
                    return runCommand(
                        std::make_unique<BodyCommand>(commandContext(0), action, before, after));
                }};
    m_meetingEditor = {
        [db](qint64 id) { return BodyRepository(db).meeting(id); },
        [this] { return new BodyMeetingDialog(m_context.database->connection(), this); },
        tr("New meeting"), tr("Edit meeting"),
        [this](RecordCommand::Action action, const BodyMeeting &before, const BodyMeeting &after) {
            return runCommand(std::make_unique<BodyMeetingCommand>(
                commandContext(after.bodyId > 0 ? after.bodyId : before.bodyId), action, before,
                after));
        }};
    m_actions = new RecordListActions(this);
    m_bodies.actions = m_meetingEditor.actions = m_actions;
    const QList<QPushButton *> bodyButtons = m_actions->list(
        m_view, {tr("&Add body…"), [this] { addBody(); }},
        {tr("&Edit body…"), [this] { editBody(); }}, {tr("Delete body"), [this] { deleteBody(); }});
    const QList<QPushButton *> memberButtons =
        m_actions->list(m_memberView, {tr("Add &member…"), [this] { addMember(); }},
                        {tr("Edit member…"), [this] { editMember(); }},
                        {tr("Delete member"), [this] { deleteMember(); }},
                        {{tr("E&nd mandate"), [this] { endMandate(); }}});
    const QList<QPushButton *> meetingButtons =
        m_actions->list(m_meetingView, {tr("Add mee&ting…"), [this] { addMeeting(); }},
                        {tr("Edit meeting…"), [this] { editMeeting(); }},
                        {tr("Delete meeting"), [this] { deleteMeeting(); }});

    QSplitter *left =
        splitPanes(Qt::Vertical,
                   {titledPane(QString(), m_view, this, bodyButtons),
                    titledPane(tr("<b>Members</b> (chair and members count for the quorum)"),
                               m_memberView, this, memberButtons),
                    titledPane(tr("<b>Meetings</b> (attendance, decisions, minutes)"),
                               m_meetingView, this, meetingButtons)},
                   this, {1, 2, 1});
    QSplitter *splitter = splitPanes(Qt::Horizontal, {left, recordScroll}, this, {3, 1});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    followCurrentRow(m_view, this, [this] { showCurrent(); });
}

QString BodiesPage::statusText() const
{
    const int count = m_model->rowCount();
    return tr("%n consultative body(ies)", nullptr, count);
}

bool BodiesPage::hasDocument() const
{
    return currentBodyId() > 0;
}

reports::ReportDocument BodiesPage::document() const
{
    return reports::BodyMembershipList::build(m_context.database->connection(), currentBodyId(),
                                              m_today);
}

void BodiesPage::setReadOnly(bool readOnly)
{
    m_actions->setReadOnly(readOnly);
}

qint64 BodiesPage::currentBodyId() const
{
    return currentRecordId(m_view);
}

qint64 BodiesPage::currentMemberId() const
{
    return currentRecordId(m_memberView);
}

qint64 BodiesPage::currentMeetingId() const
{
    return currentRecordId(m_meetingView);
}

bool BodiesPage::selectBody(qint64 id)
{
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RecordTableModel::IdRole).toLongLong() == id) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

void BodiesPage::applyNavigationFilter(const QVariantMap &filter)
{
    const qint64 bodyId = filter.value(QStringLiteral("bodyId")).toLongLong();
    if (bodyId <= 0)
        return;
    refresh(bodyId);
    if (currentBodyId() != bodyId)
        return;
    showRecordAndDetail(m_view, m_memberView,
                        filter.value(QStringLiteral("memberId")).toLongLong());
}

void BodiesPage::refresh(qint64 bodyId)
{
    const qint64 keep = bodyId > 0 ? bodyId : currentBodyId();
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->refresh();
    }
    if (!selectBody(keep) && m_view->model()->rowCount() > 0)
        selectRow(0);
    showCurrent();
    Q_EMIT statusTextChanged(statusText());
}

RecordCommandContext BodiesPage::commandContext(qint64 bodyId)
{
    return pageCommandContext(m_context.database->connection(), this, title(),
                              [this, bodyId](qint64 id) { refresh(bodyId > 0 ? bodyId : id); });
}

void BodiesPage::addBody()
{
    ConsultativeBody body;
    body.activeFrom = m_today;
    m_bodies.open(body);
}

void BodiesPage::editBody()
{
    m_bodies.edit(currentBodyId());
}

void BodiesPage::deleteBody()
{
    m_bodies.remove(currentBodyId());
}

void BodiesPage::addMember()
{
    const std::optional<ConsultativeBody> body =
        BodyRepository(m_context.database->connection()).body(currentBodyId());
    if (m_actions->isReadOnly() || !body)
        return;
    BodyMember member;
    member.bodyId = body->id;
    member.mandateStart = m_today;
    if (body->mandateMonths)
        member.mandateEnd = m_today.addMonths(*body->mandateMonths).addDays(-1);
    openMemberDialog(member);
}

void BodiesPage::editMember()
{
    if (m_actions->isReadOnly())
        return;
    if (const std::optional<BodyMember> member =
            BodyRepository(m_context.database->connection()).member(currentMemberId()))
        openMemberDialog(*member);
}

void BodiesPage::endMandate()
{
    if (m_actions->isReadOnly())
        return;
    const std::optional<BodyMember> member =
        BodyRepository(m_context.database->connection()).member(currentMemberId());
    if (!member)
        return;
    if (member->mandateEnd.isValid() && member->mandateEnd <= m_today) {
        Q_EMIT notice(tr("This mandate has already ended."));
        return;
    }
    BodyMember after = *member;
    after.mandateEnd = std::max(m_today, member->mandateStart);
    const QString name =
        m_members->index(m_members->rowOfId(member->id), BodyMemberTableModel::Member)
            .data()
            .toString();
    runCommand(std::make_unique<BodyMemberCommand>(
        commandContext(member->bodyId), RecordCommand::Action::Edit, *member, after, name, true));
}

void BodiesPage::deleteMember()
{
    if (m_actions->isReadOnly())
        return;
    const std::optional<BodyMember> member =
        BodyRepository(m_context.database->connection()).member(currentMemberId());
    if (!member)
        return;
    const QString name =
        m_members->index(m_members->rowOfId(member->id), BodyMemberTableModel::Member)
            .data()
            .toString();
    runCommand(std::make_unique<BodyMemberCommand>(commandContext(member->bodyId),
                                                   RecordCommand::Action::Delete, *member,
                                                   BodyMember(), name));
}

void BodiesPage::openMemberDialog(const BodyMember &member)
{
    if (m_memberDialog)
        return;
    const QSqlDatabase db = m_context.database->connection();
    auto *dialog = new BodyMemberDialog(db, this, m_today);
    openRecordForm(
        dialog, m_memberDialog, member, tr("New member"), tr("Edit member"),
        [db](qint64 id) { return BodyRepository(db).member(id); },
        [this, dialog](RecordCommand::Action action, const BodyMember &before,
                       const BodyMember &after) {
            return runCommand(std::make_unique<BodyMemberCommand>(
                commandContext(after.bodyId), action, before, after, dialog->holderName()));
        });
}

void BodiesPage::addMeeting()
{
    const qint64 bodyId = currentBodyId();
    if (bodyId <= 0)
        return;
    BodyMeeting meeting;
    meeting.bodyId = bodyId;
    meeting.heldOn = m_today;
    m_meetingEditor.open(meeting);
}

void BodiesPage::editMeeting()
{
    m_meetingEditor.edit(currentMeetingId());
}

void BodiesPage::deleteMeeting()
{
    m_meetingEditor.remove(currentMeetingId());
}

void BodiesPage::selectRow(int row)
{
    makeRowCurrent(m_view, row);
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
    // Whole sentences, not "dissolved from 09.09.1998 until 09.09.2000" glued from pieces.
    const QString kind = bodyKindName(body->kind);
    const bool dissolved = body->status == BodyStatus::Dissolved;
    QString state;
    if (dissolved && body->activeFrom.isValid() && body->dissolvedOn.isValid())
        state = tr("%1, set up on %2, dissolved on %3")
                    .arg(kind, day(body->activeFrom), day(body->dissolvedOn));
    else if (dissolved && body->dissolvedOn.isValid())
        state = tr("%1, dissolved on %2").arg(kind, day(body->dissolvedOn));
    else if (dissolved && body->activeFrom.isValid())
        state = tr("%1, set up on %2, dissolved (the date it ended is not known)")
                    .arg(kind, day(body->activeFrom));
    else if (dissolved)
        state = tr("%1, dissolved (the date it ended is not known)").arg(kind);
    else if (!dissolved && body->activeFrom.isValid())
        state = tr("%1, active since %2").arg(kind, day(body->activeFrom));
    else
        state = QStringLiteral("%1, %2").arg(kind, bodyStatusName(body->status));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(body->name), esc(state));
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

void BodiesPage::reloadRecords()
{
    refresh(currentBodyId());
}

} // namespace dc

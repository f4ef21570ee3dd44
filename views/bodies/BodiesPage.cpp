#include "BodiesPage.h"

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

namespace {

qint64 currentId(const QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
}

} // namespace

BodiesPage::BodiesPage(const PageContext &context, QWidget *parent, const QDate &today)
    : Page({QStringLiteral("bodies"),
            tr("Bodies", "consultative bodies (councils, colleges, working groups)"),
            {QStringLiteral("system-users")},
            QStyle::SP_FileDialogInfoView},
           parent),
      m_context(context), m_today(today.isValid() ? today : QDate::currentDate())
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

    m_actions = new RecordListActions(this);
    auto button = [this](const QString &text, void (BodiesPage::*slot)()) {
        return m_actions->button(text, [this, slot] { (this->*slot)(); });
    };
    const QList<QPushButton *> bodyButtons{button(tr("&Add body…"), &BodiesPage::addBody),
                                           button(tr("&Edit body…"), &BodiesPage::editBody),
                                           button(tr("Delete body"), &BodiesPage::deleteBody)};
    const QList<QPushButton *> memberButtons{
        button(tr("Add &member…"), &BodiesPage::addMember),
        button(tr("Edit member…"), &BodiesPage::editMember),
        button(tr("E&nd mandate"), &BodiesPage::endMandate),
        button(tr("Delete member"), &BodiesPage::deleteMember)};
    const QList<QPushButton *> meetingButtons{
        button(tr("Add mee&ting…"), &BodiesPage::addMeeting),
        button(tr("Edit meeting…"), &BodiesPage::editMeeting),
        button(tr("Delete meeting"), &BodiesPage::deleteMeeting)};
    m_actions->bindKeys(
        m_view, [this] { addBody(); }, [this] { editBody(); }, [this] { deleteBody(); });
    m_actions->bindKeys(
        m_memberView, [this] { addMember(); }, [this] { editMember(); },
        [this] { deleteMember(); });
    m_actions->bindKeys(
        m_meetingView, [this] { addMeeting(); }, [this] { editMeeting(); },
        [this] { deleteMeeting(); });

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(titledPane(QString(), m_view, this, bodyButtons));
    left->addWidget(titledPane(tr("<b>Members</b> (chair and members count for the quorum)"),
                               m_memberView, this, memberButtons));
    left->addWidget(titledPane(tr("<b>Meetings</b> (attendance, decisions, minutes)"),
                               m_meetingView, this, meetingButtons));
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
    return currentId(m_view);
}

qint64 BodiesPage::currentMemberId() const
{
    return currentId(m_memberView);
}

qint64 BodiesPage::currentMeetingId() const
{
    return currentId(m_meetingView);
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
    showCurrentRow(m_view);
    m_view->setFocus(Qt::OtherFocusReason);
    if (selectRecord(m_memberView, RecordTableModel::IdRole,
                     filter.value(QStringLiteral("memberId")).toLongLong()))
        m_memberView->setFocus(Qt::OtherFocusReason);
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
    return {m_context.database->connection(),
            [this, bodyId](qint64 id) { refresh(bodyId > 0 ? bodyId : id); },
            [this](const QString &message) { Dialogs::warning(this, title(), message); }};
}

void BodiesPage::run(std::unique_ptr<RecordCommand> command)
{
    const bool deletes = command->action() == RecordCommand::Action::Delete;
    const QString text = command->text();
    if (executeAndPush(std::move(command), m_context.undoStack, this, title()) && deletes)
        Q_EMIT notice(tr("%1 — Edit > Undo puts it back.").arg(text));
}

void BodiesPage::addBody()
{
    if (m_actions->isReadOnly())
        return;
    ConsultativeBody body;
    body.activeFrom = m_today;
    openBodyDialog(body);
}

void BodiesPage::editBody()
{
    if (m_actions->isReadOnly())
        return;
    if (const std::optional<ConsultativeBody> body =
            BodyRepository(m_context.database->connection()).body(currentBodyId()))
        openBodyDialog(*body);
}

void BodiesPage::deleteBody()
{
    if (m_actions->isReadOnly())
        return;
    const std::optional<ConsultativeBody> body =
        BodyRepository(m_context.database->connection()).body(currentBodyId());
    if (!body)
        return;
    run(std::make_unique<BodyCommand>(commandContext(0), RecordCommand::Action::Delete, *body,
                                      ConsultativeBody()));
}

void BodiesPage::openBodyDialog(const ConsultativeBody &body)
{
    if (m_bodyDialog)
        return;
    auto *dialog = new BodyDialog(m_context.database->connection(), this, m_today);
    dialog->setBody(body);
    openRecordForm(
        dialog, m_bodyDialog, body.id ? tr("Edit consultative body") : tr("New consultative body"),
        [this, dialog] {
            const ConsultativeBody after = dialog->body();
            if (after.id > 0) {
                const std::optional<ConsultativeBody> before =
                    BodyRepository(m_context.database->connection()).body(after.id);
                if (before)
                    run(std::make_unique<BodyCommand>(commandContext(0),
                                                      RecordCommand::Action::Edit, *before, after));
            } else {
                run(std::make_unique<BodyCommand>(commandContext(0), RecordCommand::Action::Add,
                                                  ConsultativeBody(), after));
            }
        });
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
    run(std::make_unique<BodyMemberCommand>(
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
    run(std::make_unique<BodyMemberCommand>(commandContext(member->bodyId),
                                            RecordCommand::Action::Delete, *member, BodyMember(),
                                            name));
}

void BodiesPage::openMemberDialog(const BodyMember &member)
{
    if (m_memberDialog)
        return;
    auto *dialog = new BodyMemberDialog(m_context.database->connection(), this, m_today);
    dialog->setMember(member);
    openRecordForm(dialog, m_memberDialog, member.id ? tr("Edit member") : tr("New member"),
                   [this, dialog] {
                       const BodyMember after = dialog->member();
                       const QString name = dialog->holderName();
                       if (after.id > 0) {
                           const std::optional<BodyMember> before =
                               BodyRepository(m_context.database->connection()).member(after.id);
                           if (before)
                               run(std::make_unique<BodyMemberCommand>(commandContext(after.bodyId),
                                                                       RecordCommand::Action::Edit,
                                                                       *before, after, name));
                       } else {
                           run(std::make_unique<BodyMemberCommand>(commandContext(after.bodyId),
                                                                   RecordCommand::Action::Add,
                                                                   BodyMember(), after, name));
                       }
                   });
}

void BodiesPage::addMeeting()
{
    const qint64 bodyId = currentBodyId();
    if (m_actions->isReadOnly() || bodyId <= 0)
        return;
    BodyMeeting meeting;
    meeting.bodyId = bodyId;
    meeting.heldOn = m_today;
    openMeetingDialog(meeting);
}

void BodiesPage::editMeeting()
{
    if (m_actions->isReadOnly())
        return;
    if (const std::optional<BodyMeeting> meeting =
            BodyRepository(m_context.database->connection()).meeting(currentMeetingId()))
        openMeetingDialog(*meeting);
}

void BodiesPage::deleteMeeting()
{
    if (m_actions->isReadOnly())
        return;
    const std::optional<BodyMeeting> meeting =
        BodyRepository(m_context.database->connection()).meeting(currentMeetingId());
    if (!meeting)
        return;
    run(std::make_unique<BodyMeetingCommand>(
        commandContext(meeting->bodyId), RecordCommand::Action::Delete, *meeting, BodyMeeting()));
}

void BodiesPage::openMeetingDialog(const BodyMeeting &meeting)
{
    if (m_meetingDialog)
        return;
    auto *dialog = new BodyMeetingDialog(m_context.database->connection(), this);
    dialog->setMeeting(meeting);
    openRecordForm(
        dialog, m_meetingDialog, meeting.id ? tr("Edit meeting") : tr("New meeting"),
        [this, dialog] {
            const BodyMeeting after = dialog->meeting();
            if (after.id > 0) {
                const std::optional<BodyMeeting> before =
                    BodyRepository(m_context.database->connection()).meeting(after.id);
                if (before)
                    run(std::make_unique<BodyMeetingCommand>(
                        commandContext(after.bodyId), RecordCommand::Action::Edit, *before, after));
            } else {
                run(std::make_unique<BodyMeetingCommand>(commandContext(after.bodyId),
                                                         RecordCommand::Action::Add, BodyMeeting(),
                                                         after));
            }
        });
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

} // namespace dc

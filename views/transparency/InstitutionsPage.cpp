#include "InstitutionsPage.h"

#include "DraftActCommands.h"
#include "InstitutionDialog.h"
#include "PublicMeetingDialog.h"
#include "WarningHighlightProxy.h"
#include "common/Dialogs.h"
#include "common/MasterDetail.h"
#include "common/RecordEditing.h"
#include "common/RecordListActions.h"
#include "common/TableSetup.h"
#include "common/TitledPane.h"
#include "registry/Geography.h"
#include "storage/Database.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/InstitutionTableModel.h"
#include "transparency/PublicMeetingRepository.h"
#include "transparency/PublicMeetingTableModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dc {

InstitutionsPage::InstitutionsPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("institutions"), tr("Institutions"),
            themeIcon(QStringLiteral("go-home"), QStyle::SP_DirHomeIcon)},
           parent)
{
    m_model = new InstitutionTableModel(context.database->connection(), this);
    auto *proxy = new WarningHighlightProxy(InstitutionTableModel::Name, 0, this);
    proxy->setSourceModel(m_model);

    m_view = makeTable(proxy, this, {.sortable = true});
    m_view->sortByColumn(InstitutionTableModel::Name, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();

    m_record = makeRecordLabel(this);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_record->setOpenExternalLinks(true);
    m_record->setMinimumWidth(300);

    m_meetings = new PublicMeetingTableModel(context.database->connection(), this);
    m_meetings->setFilter(-1, 0); // none until an institution is chosen
    auto *meetingProxy = new WarningHighlightProxy(PublicMeetingTableModel::Subject, 0, this);
    meetingProxy->setSourceModel(m_meetings);
    m_meetingView = makeTable(meetingProxy, this, {.sortable = true, .singleSelection = false});
    m_meetingView->sortByColumn(PublicMeetingTableModel::Date, Qt::DescendingOrder);
    m_meetingView->setColumnHidden(PublicMeetingTableModel::Institution, true);
    const QSqlDatabase db = context.database->connection();
    m_institutionEditor = {[db](qint64 id) { return InstitutionRepository(db).find(id); },
                           [this, db] { return new InstitutionDialog(db, this); },
                           tr("New institution"), tr("Edit institution"),
                           [this, db](RecordCommand::Action action, const Institution &before,
                                      const Institution &after) {
                               const RecordCommandContext context =
                                   pageCommandContext(db, this, tr("Institutions"),
                                                      [this](qint64 id) { refresh(id); });
                               return executeAndPush(std::make_unique<InstitutionCommand>(
                                                         context, action, before, after),
                                                     m_context.undoStack, this, tr("Institutions"));
                           }};
    m_meetingEditor = {[db](qint64 id) { return PublicMeetingRepository(db).find(id); },
                       [this, db] { return new PublicMeetingDialog(db, this); },
                       tr("New public meeting"), tr("Edit public meeting"),
                       [this, db](RecordCommand::Action action, const PublicMeeting &before,
                                  const PublicMeeting &after) {
                           const RecordCommandContext context = pageCommandContext(
                               db, this, tr("Public meetings"), [this](qint64) { showCurrent(); });
                           return executeAndPush(std::make_unique<PublicMeetingCommand>(
                                                     context, action, before, after),
                                                 m_context.undoStack, this, tr("Public meetings"));
                       }};
    auto *actions = new RecordListActions(this);
    const QList<QPushButton *> meetingButtons{
        actions->button(tr("Add meeting…"), [this] { addMeeting(); }),
        actions->button(tr("Edit meeting…"), [this] { editMeeting(); }),
        actions->button(tr("Delete meeting…"), [this] { deleteMeeting(); })};
    meetingButtons.last()->setToolTip(tr("Delete the chosen meeting (Delete; Undo puts it back)"));
    QWidget *meetingsBox = titledPane(tr("<b>Public meetings</b> (decision-making meetings; "
                                         "art. 8: announced at least 3 days before)"),
                                      m_meetingView, this, meetingButtons);
    // The meetings: Delete only (a new meeting is for the institution chosen above).
    actions->bindKeys(m_meetingView, {}, {}, [this] { deleteMeeting(); });
    connect(m_meetingView, &QTableView::doubleClicked, this, &InstitutionsPage::editMeeting);

    QSplitter *left = splitPanes(Qt::Vertical, {m_view, meetingsBox}, this);
    QSplitter *splitter = splitPanes(Qt::Horizontal, {left, m_record}, this, {3, 1});
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         actions->list(m_view,
                       {tr("&Add institution…"), [this] { addInstitution(); },
                        tr("Add an institution (Insert)")},
                       {tr("&Edit institution…"), [this] { editInstitution(); },
                        tr("Edit the chosen institution (Enter)")},
                       {tr("&Delete institution…"), [this] { deleteInstitution(); },
                        tr("Delete the chosen institution (Delete; Undo puts it back)")}))
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(splitter);

    followCurrentRow(m_view, this, [this] { showCurrent(); });
}

QString InstitutionsPage::statusText() const
{
    return tr("%n institution(s)", nullptr, m_model->rowCount());
}

void InstitutionsPage::applyNavigationFilter(const QVariantMap &filter)
{
    if (const qint64 id = filter.value(QStringLiteral("institutionId")).toLongLong(); id > 0)
        refresh(id);
}

void InstitutionsPage::selectRow(int row)
{
    makeRowCurrent(m_view, row);
}

bool InstitutionsPage::deleteInstitution()
{
    const std::optional<Institution> institution =
        m_institutionEditor.find(currentRecordId(m_view));
    if (!institution)
        return false;
    const QSqlDatabase db = m_context.database->connection();
    // Drafts, meetings, reports, calls and seats are records of their own: refuse, naming them.
    if (const QStringList refs = InstitutionRepository(db).dependents(institution->id);
        !refs.isEmpty()) {
        //: %1 is the institution's name; %2 the records that refer to it, one per line
        Dialogs::warning(
            this, tr("Delete institution"),
            tr("“%1” cannot be deleted while these refer to it:\n%2\nDelete or move those first.")
                .arg(institution->name, refs.join(QLatin1Char('\n'))));
        return false;
    }
    //: %1 is the institution's name
    const std::optional<Institution> confirmed = confirmDelete(
        this, tr("Delete institution"),
        tr("Delete “%1”? You can put it back with Edit > Undo.").arg(institution->name),
        *institution, [this, id = institution->id] { return m_institutionEditor.find(id); });
    if (!confirmed)
        return false;
    const RecordCommandContext context =
        pageCommandContext(db, this, tr("Institutions"), [this](qint64 id) { refresh(id); });
    auto command = std::make_unique<InstitutionCommand>(context, RecordCommand::Action::Delete,
                                                        *confirmed, Institution());
    return executeAndPush(std::move(command), m_context.undoStack, this, tr("Institutions"));
}

bool InstitutionsPage::deleteMeeting()
{
    const std::optional<PublicMeeting> meeting =
        m_meetingEditor.find(currentRecordId(m_meetingView));
    if (!meeting)
        return false;
    //: %1 is the meeting's subject, %2 its date
    const std::optional<PublicMeeting> confirmed = confirmDelete(
        this, tr("Delete public meeting"),
        tr("Delete the meeting “%1” of %2? You can put it back with Edit > Undo.")
            .arg(meeting->subject, meeting->heldOn.toString(QStringLiteral("dd.MM.yyyy"))),
        *meeting, [this, id = meeting->id] { return m_meetingEditor.find(id); });
    if (!confirmed)
        return false;
    const RecordCommandContext context =
        pageCommandContext(m_context.database->connection(), this, tr("Public meetings"),
                           [this](qint64) { showCurrent(); });
    auto command = std::make_unique<PublicMeetingCommand>(context, RecordCommand::Action::Delete,
                                                          *confirmed, PublicMeeting());
    return executeAndPush(std::move(command), m_context.undoStack, this, tr("Public meetings"));
}

void InstitutionsPage::addInstitution()
{
    m_institutionEditor.open(Institution());
}

void InstitutionsPage::editInstitution()
{
    m_institutionEditor.edit(currentRecordId(m_view));
}

void InstitutionsPage::addMeeting()
{
    PublicMeeting meeting;
    meeting.institutionId = currentRecordId(m_view);
    meeting.heldOn = QDate::currentDate();
    meeting.announcedOn = QDate::currentDate();
    m_meetingEditor.open(meeting);
}

void InstitutionsPage::editMeeting()
{
    m_meetingEditor.edit(currentRecordId(m_meetingView));
}

void InstitutionsPage::refresh(qint64 selectId)
{
    m_model->refresh();
    // The count in the status bar, whatever is selected after.
    Q_EMIT statusTextChanged(statusText());
    QAbstractItemModel *model = m_view->model();
    for (int r = 0; selectId > 0 && r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == selectId) {
            selectRow(r);
            return;
        }
    }
    showCurrent();
}

void InstitutionsPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_meetings->setFilter(current.isValid() ? currentRecordId(m_view) : -1, 0);
    m_meetingView->resizeColumnsToContents();
    if (!current.isValid()) {
        m_record->setText(tr("<i>Choose an institution.</i>"));
        return;
    }
    const qint64 id = current.data(RecordTableModel::IdRole).toLongLong();
    const std::optional<Institution> institution =
        InstitutionRepository(m_context.database->connection()).find(id);
    if (!institution)
        return;
    const Geography geography = Geography::load(m_context.database->connection());
    const County *county = geography.county(institution->countyId);
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3><p>%2")
                       .arg(esc(institution->name), esc(institutionKindName(institution->kind)));
    html += QStringLiteral(" (%1)").arg(esc(institutionLevelName(institution->kind)));
    if (county)
        html += QStringLiteral(", ") + tr("county %1").arg(esc(county->name));
    html += QStringLiteral("</p><h4>") + tr("Liaison for civil society") + QStringLiteral("</h4>");
    if (institution->liaisonName.isEmpty()) {
        html += QStringLiteral("<p><i>") + tr("No person designated.") + QStringLiteral("</i></p>");
    } else {
        html += QStringLiteral("<p><b>%1</b>").arg(esc(institution->liaisonName));
        if (!institution->liaisonFunction.isEmpty())
            html += QStringLiteral("<br>") + esc(institution->liaisonFunction);
        if (!institution->liaisonEmail.isEmpty())
            html += QStringLiteral("<br><a href=\"mailto:%1\">%1</a>")
                        .arg(esc(institution->liaisonEmail));
        if (!institution->liaisonPhone.isEmpty())
            html += QStringLiteral("<br>") + esc(institution->liaisonPhone);
        html += QStringLiteral("</p>");
    }
    const QModelIndex warnings = current.siblingAtColumn(InstitutionTableModel::Warnings);
    if (warnings.data().toInt() > 0) {
        html += QStringLiteral("<h4>") + tr("Deadline warnings") +
                QStringLiteral("</h4><p style=\"color:#8c3c00\">") +
                esc(current.data(Qt::ToolTipRole).toString())
                    .replace(QLatin1Char('\n'), QLatin1String("<br>")) +
                QStringLiteral("</p>");
    }
    m_record->setText(html);
}

void InstitutionsPage::reloadRecords()
{
    refresh(currentRecordId(m_view));
}

} // namespace dc

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
    : Page({QStringLiteral("institutions"),
            tr("Institutions"),
            {QStringLiteral("go-home")},
            QStyle::SP_DirHomeIcon},
           parent),
      m_context(context)
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
    auto *meetingsBox = new QWidget(this);
    auto *meetingsLayout = new QVBoxLayout(meetingsBox);
    meetingsLayout->setContentsMargins(0, 4, 0, 0);
    meetingsLayout->addWidget(new QLabel(tr("<b>Public meetings</b> (decision-making meetings; "
                                            "art. 8: announced at least 3 days before)"),
                                         meetingsBox));
    meetingsLayout->addWidget(m_meetingView);
    auto *meetingButtons = new QHBoxLayout;
    auto *addMeetingButton = new QPushButton(tr("Add meeting…"), meetingsBox);
    auto *editMeetingButton = new QPushButton(tr("Edit meeting…"), meetingsBox);
    meetingButtons->addWidget(addMeetingButton);
    meetingButtons->addWidget(editMeetingButton);
    auto *deleteMeetingButton = new QPushButton(tr("Delete meeting…"), meetingsBox);
    deleteMeetingButton->setToolTip(tr("Delete the chosen meeting (Delete; Undo puts it back)"));
    meetingButtons->addWidget(deleteMeetingButton);
    connect(deleteMeetingButton, &QPushButton::clicked, this, &InstitutionsPage::deleteMeeting);
    meetingButtons->addStretch(1);
    meetingsLayout->addLayout(meetingButtons);
    connect(addMeetingButton, &QPushButton::clicked, this, &InstitutionsPage::addMeeting);
    connect(editMeetingButton, &QPushButton::clicked, this, &InstitutionsPage::editMeeting);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_view);
    left->addWidget(meetingsBox);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_record);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add institution…"), this);
    auto *edit = new QPushButton(tr("&Edit institution…"), this);
    add->setToolTip(tr("Add an institution (Insert)"));
    edit->setToolTip(tr("Edit the chosen institution (Enter)"));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    auto *remove = new QPushButton(tr("&Delete institution…"), this);
    remove->setToolTip(tr("Delete the chosen institution (Delete; Undo puts it back)"));
    buttons->addWidget(remove);
    connect(remove, &QPushButton::clicked, this, &InstitutionsPage::deleteInstitution);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(splitter);
    connect(add, &QPushButton::clicked, this, &InstitutionsPage::addInstitution);
    connect(edit, &QPushButton::clicked, this, &InstitutionsPage::editInstitution);
    auto *actions = new RecordListActions(this);
    actions->bindKeys(
        m_view, [this] { addInstitution(); }, [this] { editInstitution(); },
        [this] { deleteInstitution(); });
    // The meetings: Delete only (a new meeting is for the institution chosen above).
    actions->bindKeys(m_meetingView, {}, {}, [this] { deleteMeeting(); });
    connect(m_meetingView, &QTableView::doubleClicked, this, &InstitutionsPage::editMeeting);

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
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    const QSqlDatabase db = m_context.database->connection();
    const std::optional<Institution> institution =
        id > 0 ? InstitutionRepository(db).find(id) : std::nullopt;
    if (!institution)
        return false;
    // Drafts, meetings, reports, calls and seats are records of their own: refuse, naming them.
    if (const QStringList refs = InstitutionRepository(db).dependents(id); !refs.isEmpty()) {
        //: %1 is the institution's name; %2 the records that refer to it, one per line
        Dialogs::warning(
            this, tr("Delete institution"),
            tr("“%1” cannot be deleted while these refer to it:\n%2\nDelete or move those first.")
                .arg(institution->name, refs.join(QLatin1Char('\n'))));
        return false;
    }
    //: %1 is the institution's name
    if (Dialogs::question(
            this, tr("Delete institution"),
            tr("Delete “%1”? You can put it back with Edit > Undo.").arg(institution->name)) !=
        QMessageBox::Yes)
        return false;
    RecordCommandContext context{
        db, [this](qint64 id) { refresh(id); },
        [this](const QString &message) { Dialogs::warning(this, tr("Institutions"), message); }};
    auto command = std::make_unique<DeleteInstitutionCommand>(context, *institution);
    return executeAndPush(std::move(command), m_context.undoStack, this, tr("Institutions"));
}

bool InstitutionsPage::deleteMeeting()
{
    const QModelIndex current = m_meetingView->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    const QSqlDatabase db = m_context.database->connection();
    const std::optional<PublicMeeting> meeting =
        id > 0 ? PublicMeetingRepository(db).find(id) : std::nullopt;
    if (!meeting)
        return false;
    //: %1 is the meeting's subject, %2 its date
    if (Dialogs::question(this, tr("Delete public meeting"),
                          tr("Delete the meeting “%1” of %2? You can put it back with Edit > Undo.")
                              .arg(meeting->subject, meeting->heldOn.toString(QStringLiteral(
                                                         "dd.MM.yyyy")))) != QMessageBox::Yes)
        return false;
    RecordCommandContext context{
        db, [this](qint64) { showCurrent(); },
        [this](const QString &message) { Dialogs::warning(this, tr("Public meetings"), message); }};
    auto command = std::make_unique<DeletePublicMeetingCommand>(context, *meeting);
    return executeAndPush(std::move(command), m_context.undoStack, this, tr("Public meetings"));
}

void InstitutionsPage::addInstitution()
{
    openDialog(Institution());
}

void InstitutionsPage::editInstitution()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    if (id <= 0)
        return;
    if (const std::optional<Institution> institution =
            InstitutionRepository(m_context.database->connection()).find(id))
        openDialog(*institution);
}

void InstitutionsPage::openDialog(const Institution &institution)
{
    if (m_dialog)
        return;
    auto *dialog = new InstitutionDialog(m_context.database->connection(), this);
    dialog->setInstitution(institution);
    openRecordForm(dialog, m_dialog,
                   institution.id ? tr("Edit institution") : tr("New institution"),
                   [this, dialog] { saveDialog(*dialog); });
}

void InstitutionsPage::saveDialog(const InstitutionDialog &dialog)
{
    const Institution after = dialog.institution();
    Institution before;
    if (after.id > 0) {
        const std::optional<Institution> found =
            InstitutionRepository(m_context.database->connection()).find(after.id);
        if (!found)
            return;
        before = *found;
    }
    RecordCommandContext context{
        m_context.database->connection(), [this](qint64 id) { refresh(id); },
        [this](const QString &message) { Dialogs::warning(this, tr("Institutions"), message); }};
    auto command = std::make_unique<InstitutionCommand>(context, before, after);
    executeAndPush(std::move(command), m_context.undoStack, this, tr("Institutions"));
}

void InstitutionsPage::addMeeting()
{
    const QModelIndex current = m_view->currentIndex();
    PublicMeeting meeting;
    meeting.institutionId =
        current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    meeting.heldOn = QDate::currentDate();
    meeting.announcedOn = QDate::currentDate();
    openMeetingDialog(meeting);
}

void InstitutionsPage::editMeeting()
{
    const QModelIndex current = m_meetingView->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : 0;
    if (id <= 0)
        return;
    if (const std::optional<PublicMeeting> meeting =
            PublicMeetingRepository(m_context.database->connection()).find(id))
        openMeetingDialog(*meeting);
}

void InstitutionsPage::openMeetingDialog(const PublicMeeting &meeting)
{
    if (m_meetingDialog)
        return;
    auto *dialog = new PublicMeetingDialog(m_context.database->connection(), this);
    dialog->setMeeting(meeting);
    openRecordForm(dialog, m_meetingDialog,
                   meeting.id ? tr("Edit public meeting") : tr("New public meeting"),
                   [this, dialog] { saveMeeting(*dialog); });
}

void InstitutionsPage::saveMeeting(const PublicMeetingDialog &dialog)
{
    const PublicMeeting after = dialog.meeting();
    PublicMeeting before;
    if (after.id > 0) {
        const std::optional<PublicMeeting> found =
            PublicMeetingRepository(m_context.database->connection()).find(after.id);
        if (!found)
            return;
        before = *found;
    }
    RecordCommandContext context{
        m_context.database->connection(), [this](qint64) { showCurrent(); },
        [this](const QString &message) { Dialogs::warning(this, tr("Public meetings"), message); }};
    auto command = std::make_unique<PublicMeetingCommand>(context, before, after);
    executeAndPush(std::move(command), m_context.undoStack, this, tr("Public meetings"));
}

void InstitutionsPage::refresh(qint64 selectId)
{
    m_model->refresh();
    QAbstractItemModel *model = m_view->model();
    for (int r = 0; selectId > 0 && r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == selectId) {
            selectRow(r);
            return;
        }
    }
    showCurrent();
    Q_EMIT statusTextChanged(statusText());
}

void InstitutionsPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_meetings->setFilter(
        current.isValid() ? current.data(RecordTableModel::IdRole).toLongLong() : -1, 0);
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

} // namespace dc

#include "ServerUsersDialog.h"

#include "common/MessageBar.h"
#include "common/ScreenFit.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"
#include "storage/ServerUsersModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dc {

namespace {

// "civic (db.office:5432)", as the title bar says it.
QString serverTitle(const Database &database)
{
    const Result<ServerAddress> address = ServerAddress::parse(database.path());
    return address ? address->title() : database.path();
}

} // namespace

ServerUsersDialog::ServerUsersDialog(const Database &database, QWidget *parent)
    : QDialog(parent), m_self(postgres::currentUser(database.connection()))
{
    setWindowTitle(tr("Accounts of the database"));
    m_message = new MessageBar(this);
    m_model = new ServerUsersModel(database.connection(), this);

    //: %1 names the shared database (its server address)
    auto *intro = new QLabel(
        tr("The accounts on the server of %1 and what each may do: a reader reads everything, an "
           "editor also adds, changes and deletes records, an administrator also gives these "
           "roles. "
           "New accounts are made by IT on the server.")
            .arg(serverTitle(database)),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    const QStringList roles = postgres::roleNames();
    for (const QString &role : {roles.at(0), roles.at(1), QString()})
        m_role->addItem(ServerUsersModel::roleText(role), role);
    auto *roleLabel = new QLabel(tr("&Role of the selected account:"), this);
    roleLabel->setBuddy(m_role);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("apply"));
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_apply);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ServerUsersDialog::apply);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = selectedRow();
        if (row >= 0) {
            const int index = m_role->findData(m_model->user(row).role);
            if (index >= 0)
                m_role->setCurrentIndex(index);
        }
        updateControls();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &ServerUsersDialog::updateControls);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(roleRow);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(560, 420));

    if (Status s = m_model->refresh(); !s)
        m_message->showMessage(s.error(), MessageBar::Kind::Error);
    m_view->resizeColumnToContents(ServerUsersModel::AccountColumn);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateControls();
}

int ServerUsersDialog::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ServerUsersDialog::updateControls()
{
    const int row = selectedRow();
    bool may = row >= 0;
    QString why;
    if (may && m_model->user(row).name == m_self) {
        may = false;
        why = tr("Your own role is changed by another administrator or by IT.");
    } else if (may && (m_model->user(row).superuser || m_model->user(row).owner)) {
        may = false;
        why = tr("A superuser, or the owner of the database, may do everything, whatever its "
                 "role.");
    }
    m_role->setEnabled(may);
    m_apply->setEnabled(may && m_role->currentData().toString() != m_model->user(row).role);
    m_apply->setToolTip(why);
    m_role->setToolTip(why);
}

bool ServerUsersDialog::apply()
{
    const int row = selectedRow();
    if (row < 0 || !m_apply->isEnabled())
        return false;
    const QString account = m_model->user(row).name;
    const QString role = m_role->currentData().toString();
    if (Status s = m_model->setRole(row, role); !s) {
        m_message->showMessage(s.error(), MessageBar::Kind::Error);
        updateControls();
        return false;
    }
    //: %1 is an account on the database server, %2 its new role (Editor, No access)
    m_message->showMessage(
        tr("The account %1 now has the role: %2.").arg(account, ServerUsersModel::roleText(role)),
        MessageBar::Kind::Information);
    // The list was read again: the same account stays selected.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->user(r).name == account) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            break;
        }
    }
    updateControls();
    return true;
}

} // namespace dc

#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;
class QTableView;

namespace dc {

class Database;
class MessageBar;
class ServerUsersModel;

/// File > Accounts of the database… (an administrator on a server): the server's accounts and
/// the role each has in Dialog Civic, and the reader's or editor's role given to a colleague, or
/// taken back. The accounts themselves are made by IT (CREATE ROLE … LOGIN); the server decides
/// who may change what, and its refusal is shown on top.
class ServerUsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerUsersDialog)

public:
    /// The accounts of @p database's server, which must outlive the dialog.
    explicit ServerUsersDialog(const Database &database, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *applyButton() const { return m_apply; }
    MessageBar *messageBar() const { return m_message; }
    ServerUsersModel *model() const { return m_model; }

    /// Gives the selected account the role chosen in the box; false (the reason on top) when
    /// nothing changed.
    bool apply();

private:
    void updateControls();
    int selectedRow() const;

    QString m_self; ///< the signed-in account: its own role is not changed here
    ServerUsersModel *m_model = nullptr;
    MessageBar *m_message = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace dc

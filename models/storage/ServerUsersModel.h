#pragma once

#include "core/Result.h"
#include "storage/ServerRoles.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace dc {

/// The accounts of the database server and what each may do in Dialog Civic (postgres::users()),
/// for the administrator's window (File > Accounts of the database…). Read-only: a role is
/// changed through setRole(), which reads the list again.
class ServerUsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerUsersModel)

public:
    enum Column
    {
        AccountColumn,
        RoleColumn,
        ColumnCount
    };
    /// The role of the row, as postgres::roleNames() spells it (empty: none).
    static constexpr int RoleNameRole = Qt::UserRole + 1;

    explicit ServerUsersModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Reads the accounts again; fails with the server's reason (the list then stays as it was).
    Status refresh();
    /// Gives account @p row the role @p role (postgres::setRole) and reads the list again.
    Status setRole(int row, const QString &role);
    const postgres::ServerUser &user(int row) const { return m_users.at(row); }

    /// How a role reads in the window ("Editor"; "No access" for none).
    static QString roleText(const QString &role);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<postgres::ServerUser> m_users;
};

} // namespace dc

#include "ServerUsersModel.h"

namespace dc {

ServerUsersModel::ServerUsersModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

Status ServerUsersModel::refresh()
{
    Result<QList<postgres::ServerUser>> read = postgres::users(m_db);
    if (!read)
        return Status::failure(read.error());
    beginResetModel();
    m_users = std::move(read).value();
    endResetModel();
    return {};
}

Status ServerUsersModel::setRole(int row, const QString &role)
{
    if (row < 0 || row >= m_users.size())
        return Status::failure(QStringLiteral("no account at row %1").arg(row));
    if (Status s = postgres::setRole(m_db, m_users.at(row).name, role); !s)
        return s;
    return refresh();
}

QString ServerUsersModel::roleText(const QString &role)
{
    const QStringList names = postgres::roleNames();
    if (role == names.value(0))
        //: The role of an account on the shared database: may read everything, change nothing
        return tr("Reader");
    if (role == names.value(1))
        //: The role of an account on the shared database: may add, change and delete records
        return tr("Editor");
    if (role == names.value(2))
        //: The role of an account on the shared database: an editor who also gives roles
        return tr("Administrator");
    //: An account on the database server that has none of Dialog Civic's roles
    return tr("No access");
}

int ServerUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int ServerUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const postgres::ServerUser &u = m_users.at(index.row());
    if (role == RoleNameRole)
        return u.role;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AccountColumn:
        return u.name;
    case RoleColumn:
        if (u.superuser)
            //: An account that is the server's superuser: every right, whatever its roles
            return tr("Superuser (may do everything)");
        if (u.owner)
            //: The account that owns the shared database (made it): every right on it
            return tr("Owner of the database (may do everything)");
        return roleText(u.role);
    default:
        return {};
    }
}

QVariant ServerUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        //: The column of the accounts (login names) on the database server
        return tr("Account");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

} // namespace dc

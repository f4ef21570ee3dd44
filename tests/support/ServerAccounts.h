#pragma once

#include "PgCluster.h"
#include "ServerTest.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace dc {
class Database;
}

namespace dc::test {

/// Officials' accounts on a test server, for the tests of what each role may do: the three
/// roles of `db init-server` and five login accounts, ana (reader), ion (editor), maria and
/// petra (administrators) and vlad (no role). Roles belong to the whole server: drop() removes
/// them all again, once the test function's database is gone.
class ServerAccounts final
{
public:
    ServerAccounts(const PgCluster &cluster, const QString &database);
    ~ServerAccounts();

    static QStringList names();

    /// The roles granted on the schema of @p owner's database (postgres::setUpRoles), then the
    /// accounts.
    Status create(QSqlDatabase owner);
    /// A connection to the database as @p user (the server trusts local users).
    QSqlDatabase connectAs(const QString &user) const;
    /// The database's address as @p user.
    QString urlAs(const QString &user) const;
    /// The Dialog Civic roles @p account holds itself (not through another role), by name.
    QStringList heldBy(const QString &account) const;
    /// Closes the connections made here (before the database is dropped).
    void close();
    /// Drops the accounts and the roles (after the database is dropped).
    Status drop();

private:
    const PgCluster &m_cluster;
    QString m_database;
};

/// A test program on a server whose every test function has the schema opened by its owner (the
/// cluster's superuser) and the accounts of ServerAccounts, dropped again after it.
class AccountsTest : public ServerTest
{
    Q_OBJECT

public:
    AccountsTest();
    ~AccountsTest() override;

protected:
    void prepare() override;
    void release() override;

    std::unique_ptr<Database> m_owner;
    std::unique_ptr<ServerAccounts> m_accounts;

protected Q_SLOTS:
    void cleanup();
};

} // namespace dc::test

#include "ServerAccounts.h"

#include "storage/Database.h"
#include "storage/ServerRoles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace dc::test {

namespace {

const QString prefix = QStringLiteral("accounts_");

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    return Status::failure(sql + QStringLiteral(": ") + q.lastError().text());
}

} // namespace

ServerAccounts::ServerAccounts(const PgCluster &cluster, const QString &database)
    : m_cluster(cluster), m_database(database)
{
}

ServerAccounts::~ServerAccounts()
{
    close();
}

QStringList ServerAccounts::names()
{
    return {QStringLiteral("ana"), QStringLiteral("ion"), QStringLiteral("maria"),
            QStringLiteral("petra"), QStringLiteral("vlad")};
}

Status ServerAccounts::create(QSqlDatabase owner)
{
    if (const Result<postgres::RolesSummary> roles = postgres::setUpRoles(owner); !roles)
        return Status::failure(roles.error());
    for (const QString &sql : {QStringLiteral("CREATE ROLE ana LOGIN IN ROLE dialogcivic_reader"),
                               QStringLiteral("CREATE ROLE ion LOGIN IN ROLE dialogcivic_editor"),
                               QStringLiteral("CREATE ROLE maria LOGIN IN ROLE dialogcivic_admin"),
                               QStringLiteral("CREATE ROLE petra LOGIN IN ROLE dialogcivic_admin"),
                               QStringLiteral("CREATE ROLE vlad LOGIN")}) {
        if (Status s = exec(owner, sql); !s)
            return s;
    }
    return {};
}

QSqlDatabase ServerAccounts::connectAs(const QString &user) const
{
    const QString name = prefix + user;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    Result<QSqlDatabase> db = m_cluster.connect(m_database, name, user);
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return {};
    }
    return db.value();
}

QString ServerAccounts::urlAs(const QString &user) const
{
    return m_cluster.url(m_database, user);
}

QStringList ServerAccounts::heldBy(const QString &account) const
{
    QSqlQuery q(connectAs(m_cluster.user()));
    q.prepare(QStringLiteral(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? ORDER BY 1"));
    q.addBindValue(account);
    QStringList held;
    if (q.exec()) {
        while (q.next())
            held << q.value(0).toString();
    }
    return held;
}

void ServerAccounts::close()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(prefix))
            QSqlDatabase::removeDatabase(name);
    }
}

Status ServerAccounts::drop()
{
    close();
    const QString name = prefix + QStringLiteral("drop");
    Status status;
    {
        const Result<QSqlDatabase> db = m_cluster.connect(QStringLiteral("postgres"), name);
        if (!db)
            return Status::failure(db.error());
        status = exec(db.value(), QStringLiteral("SET client_min_messages = warning"));
        QStringList roles = names();
        roles << postgres::roleNames();
        for (const QString &role : std::as_const(roles)) {
            if (!status)
                break;
            status = exec(db.value(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

AccountsTest::AccountsTest() = default;
AccountsTest::~AccountsTest() = default;

void AccountsTest::prepare()
{
    auto opened = Database::open(url(), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_owner = std::move(opened).value();
    m_accounts = std::make_unique<ServerAccounts>(m_cluster, m_name);
    const Status made = m_accounts->create(m_owner->connection());
    QVERIFY2(made, qPrintable(made.error()));
}

void AccountsTest::release()
{
    m_owner.reset();
    if (m_accounts)
        m_accounts->close();
}

void AccountsTest::cleanup()
{
    ServerTest::cleanup();
    // The database is gone, and with it every privilege on it: the roles can go too.
    if (m_accounts) {
        const Status dropped = m_accounts->drop();
        m_accounts.reset();
        QVERIFY2(dropped, qPrintable(dropped.error()));
    }
}

} // namespace dc::test

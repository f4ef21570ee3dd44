// Database on a PostgreSQL server: the members of Database that open one (see Database.h). Kept
// apart from Database.cpp, whose SQLite path they do not touch.
#include "ChangeFeed.h"
#include "Database.h"

#include "PostgresSchema.h"
#include "Query.h"
#include "ServerAddress.h"
#include "ServerRoles.h"

#include <QCoreApplication>
#include <QStringList>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace dc {

namespace {

/// The context of these messages: the same as Database.cpp's, which says the same things of a
/// file.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString newConnectionName()
{
    return QStringLiteral("dialogcivic-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// `db check` reads: every transaction of the session is read-only, so the server refuses a write.
bool makeReadOnly(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

// The connection parameters Dialog Civic sets unless the URL does: a server that does not answer
// is given up after seconds, not after the system's TCP time-out (minutes, a frozen window), so
// that ConnectionWatch can say the connection is lost and try again.
QStringList withDefaultOptions(QStringList options)
{
    const QStringList defaults = {
        QStringLiteral("connect_timeout=10"),     QStringLiteral("keepalives_idle=30"),
        QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3"),
        QStringLiteral("tcp_user_timeout=20000"),
    };
    for (const QString &option : defaults) {
        const QString key = option.section(QLatin1Char('='), 0, 0) + QLatin1Char('=');
        const bool given = std::any_of(options.cbegin(), options.cend(),
                                       [&](const QString &o) { return o.startsWith(key); });
        if (!given)
            options.append(option);
    }
    return options;
}

} // namespace

Status Database::reconnect(const QString &hosts, const QString &addresses)
{
    if (!m_server)
        return {};
    QSqlDatabase db = connection();
    db.close();
    const QString hostName = db.hostName();
    const QString options = db.connectOptions();
    if (!addresses.isEmpty() && !hosts.isEmpty()) {
        // Each address under the name, for ~/.pgpass and TLS; the next opening looks up again.
        db.setHostName(hosts);
        db.setConnectOptions(options + QStringLiteral(";hostaddr=") + addresses);
    }
    const bool opened = db.open();
    db.setHostName(hostName);
    db.setConnectOptions(options);
    if (!opened)
        return Status::failure(Messages::tr("%1: the database server cannot be reached: %2")
                                   .arg(m_path, query::errorMessage(db.lastError())));
    if (m_readOnly && !makeReadOnly(db))
        return Status::failure(Messages::tr("%1: the database cannot be opened: %2")
                                   .arg(m_path, query::errorMessage(db.lastError())));
    return {};
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &url,
                                                       const QString &connectionName, OpenMode mode)
{
    using R = Result<std::unique_ptr<Database>>;
    const Result<ServerAddress> parsed = ServerAddress::parse(url);
    if (!parsed)
        return R::failure(parsed.error());
    const ServerAddress &address = parsed.value();
    const QString &shown = address.displayName;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(Messages::tr("%1: Qt's PostgreSQL driver is not installed "
                                       "(libqt6sql6-psql), so no database server can be reached.")
                              .arg(shown));

    std::unique_ptr<Database> database(new Database);
    database->m_server = true;
    database->m_path = shown;
    database->m_connectionName = connectionName.isEmpty() ? newConnectionName() : connectionName;
    database->m_readOnly = mode == OpenMode::Inspect;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setConnectOptions(withDefaultOptions(address.options).join(QLatin1Char(';')));
    if (!db.open())
        return R::failure(Messages::tr("%1: the database server cannot be reached: %2")
                              .arg(shown, query::errorMessage(db.lastError())));
    if (database->m_readOnly && !makeReadOnly(db))
        return R::failure(Messages::tr("%1: the database cannot be opened: %2")
                              .arg(shown, query::errorMessage(db.lastError())));

    int version = postgres::schemaVersion(db);
    if (version < 0)
        return R::failure(Messages::tr("%1: the schema version cannot be read.").arg(shown));
    if (version == 0) {
        // No schema_version: an empty database, where ours may be made, or another program's.
        const Result<QString> table = postgres::firstTable(db);
        if (!table)
            return R::failure(
                Messages::tr("%1: the database cannot be opened: %2").arg(shown, table.error()));
        if (!table.value().isEmpty())
            return R::failure(
                Messages::tr("%1 is a database of another program; it was left untouched.")
                    .arg(shown));
        if (mode != OpenMode::CreateIfMissing)
            return R::failure(Messages::tr("no such database: %1").arg(shown));
        if (Status s = postgres::createSchema(db); !s)
            return R::failure(
                Messages::tr("%1: the database could not be created and was left empty: %2")
                    .arg(shown, s.error()));
        version = postgres::schemaVersion(db);
    }
    const int latest = latestSchemaVersion();
    if (version > latest) {
        return R::failure(
            Messages::tr("%1 was written by a newer version of Dialog Civic (schema %2; this "
                         "version knows up to %3). Update the program to open it.")
                .arg(shown)
                .arg(version)
                .arg(latest));
    }
    if (version < latest && mode != OpenMode::Inspect) {
        // Only the owner of the tables may change them: for anyone else the server refuses and
        // the database stays as it was.
        const Result<int> upgraded = postgres::upgradeSchema(db);
        if (!upgraded) {
            //: %1 names the database; %4 the server's reason; "db init-server" is a command
            return R::failure(
                Messages::tr("%1 needs an update of its structure (schema %2 to %3), which was "
                             "not made: %4. The owner of the database makes it by running "
                             "“dialogcivic --database URL db init-server”.")
                    .arg(shown, QString::number(version), QString::number(latest),
                         upgraded.error()));
        }
        database->m_upgradedFrom = upgraded.value();
    }
    // A user with the reader role (or none): the window greys out every change, the commands
    // that write refuse, and the server would refuse anyway.
    if (!database->m_readOnly && !postgres::mayWrite(db)) {
        database->m_readOnly = true;
        if (!makeReadOnly(db))
            return R::failure(Messages::tr("%1: the database cannot be opened: %2")
                                  .arg(shown, query::errorMessage(db.lastError())));
        //: %2 is the user name on the database server; dialogcivic_editor is a role name, not
        //: translated
        database->m_warnings.append(
            Messages::tr("You may read %1 but not change it: the user %2 has no editor role "
                         "(ask the administrator for dialogcivic_editor).")
                .arg(shown, postgres::currentUser(db)));
    }
    return R(std::move(database));
}

Result<std::unique_ptr<Database>> Database::openAnotherOnServer(const QString &connectionName) const
{
    using R = Result<std::unique_ptr<Database>>;
    std::unique_ptr<Database> database(new Database);
    database->m_server = true;
    database->m_path = m_path;
    database->m_readOnly = m_readOnly;
    database->m_connectionName = connectionName.isEmpty() ? newConnectionName() : connectionName;
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, database->m_connectionName);
    if (!db.open())
        return R::failure(Messages::tr("%1: the database server cannot be reached: %2")
                              .arg(m_path, query::errorMessage(db.lastError())));
    if (m_readOnly && !makeReadOnly(db))
        return R::failure(Messages::tr("%1: the database cannot be opened: %2")
                              .arg(m_path, query::errorMessage(db.lastError())));
    // What this connection writes (an import on a worker thread) is this program's own change.
    if (!m_readOnly)
        ChangeFeed::markAsThisProgram(db);
    return R(std::move(database));
}

} // namespace dc

#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dc::test {

namespace {

// The unprivileged user the server runs as when the tests run as root (nobody on Debian).
constexpr uid_t unprivilegedId = 65534;

// A TCP port of 127.0.0.1 that nothing listens on now (the kernel's choice); 0 on failure. Another
// program could take it before the server does: start() then tries another.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

} // namespace

QString PgCluster::binDir()
{
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

QString PgCluster::unavailableReason()
{
    for (const char *program : {"initdb", "pg_ctl", "postgres"}) {
        const QFileInfo info(QDir(binDir()).filePath(QLatin1String(program)));
        if (!info.isExecutable())
            return QStringLiteral("%1 is missing: install postgresql-15 (.ci/install-deps)")
                .arg(info.filePath());
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is missing: install libqt6sql6-psql "
                              "(.ci/install-deps)");
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return QStringLiteral("running as root without setpriv: PostgreSQL refuses to run as root");
    return {};
}

QString PgCluster::skipReason()
{
    return qEnvironmentVariableIsSet("CI") ? QString() : unavailableReason();
}

QString PgCluster::url(const QString &name, const QString &asUser) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(asUser.isEmpty() ? user() : asUser, host())
        .arg(m_port)
        .arg(name);
}

PgCluster::~PgCluster()
{
    stop();
}

Status PgCluster::runAsOwner(const QString &program, const QStringList &arguments,
                             int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    const QString path = QDir(binDir()).filePath(program);
    if (m_asNobody) {
        process.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                      QStringList{QStringLiteral("--reuid=%1").arg(unprivilegedId),
                                  QStringLiteral("--regid=%1").arg(unprivilegedId),
                                  QStringLiteral("--clear-groups"), path} +
                          arguments);
    } else {
        process.start(path, arguments);
    }
    const bool finished = process.waitForFinished(timeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return Status::failure(QStringLiteral("%1 did not finish in %2 s: %3")
                                   .arg(program)
                                   .arg(timeoutMs / 1000)
                                   .arg(output));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Status::failure(
            QStringLiteral("%1 failed (%2): %3").arg(program).arg(process.exitCode()).arg(output));
    return {};
}

Status PgCluster::start()
{
    if (m_running)
        return {};
    if (const QString why = unavailableReason(); !why.isEmpty())
        return Status::failure(why);
    m_asNobody = ::geteuid() == 0;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/dialogcivic-pg-XXXXXX"));
    if (!m_dir->isValid())
        return Status::failure(QStringLiteral("no temporary folder: %1").arg(m_dir->errorString()));
    // The server's owner makes its data folder and its socket in this one.
    if (m_asNobody &&
        ::chown(QFile::encodeName(m_dir->path()).constData(), unprivilegedId, unprivilegedId) != 0)
        return Status::failure(
            QStringLiteral("%1 cannot be given to the unprivileged user").arg(m_dir->path()));
    m_dataDir = m_dir->filePath(QStringLiteral("data"));

    QElapsedTimer timer;
    timer.start();
    // No fsync (-N): the cluster lives for one test program and is never recovered.
    if (Status s = runAsOwner(QStringLiteral("initdb"),
                              {QStringLiteral("--pgdata=%1").arg(m_dataDir),
                               QStringLiteral("--username=%1").arg(user()),
                               QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                               QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                              120000);
        !s)
        return s;
    m_initdbMs = timer.restart();

    // Durability is of no use here and costs time: fsync off, as the documentation's "non-durable
    // settings". Few connections, little memory: several test programs run at once.
    const QString log = m_dir->filePath(QStringLiteral("server.log"));
    Status started = Status::failure(QStringLiteral("no free port on 127.0.0.1"));
    for (int attempt = 0; attempt < 3 && !started; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            continue;
        const QString options =
            QStringLiteral(
                "-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories='%2' "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=20 -c shared_buffers=16MB")
                .arg(m_port)
                .arg(m_dir->path());
        started = runAsOwner(
            QStringLiteral("pg_ctl"),
            {QStringLiteral("start"), QStringLiteral("--wait"), QStringLiteral("--timeout=60"),
             QStringLiteral("--pgdata=%1").arg(m_dataDir), QStringLiteral("--log=%1").arg(log),
             QStringLiteral("--options=%1").arg(options)},
            90000);
        if (!started) {
            QFile file(log);
            if (file.open(QIODevice::ReadOnly))
                started = Status::failure(started.error() + QStringLiteral("\nserver log:\n") +
                                          QString::fromUtf8(file.readAll()));
        }
    }
    if (!started)
        return started;
    m_startMs = timer.elapsed();
    m_running = true;

    QFile pidFile(QDir(m_dataDir).filePath(QStringLiteral("postmaster.pid")));
    if (pidFile.open(QIODevice::ReadOnly))
        m_postmasterPid = pidFile.readLine().trimmed().toLongLong();
    startWatchdog();

    m_adminConnection = QStringLiteral("dialogcivic-pgcluster-%1").arg(m_port);
    Result<QSqlDatabase> admin = connect(QStringLiteral("postgres"), m_adminConnection);
    if (!admin)
        return Status::failure(admin.error());
    return {};
}

void PgCluster::startWatchdog()
{
    if (m_postmasterPid <= 0)
        return;
    // SIGQUIT is the postmaster's immediate shutdown, as pg_ctl stop -m immediate sends it.
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "kill -QUIT %2 2>/dev/null; sleep 1; rm -rf -- '%3'")
                               .arg(::getpid())
                               .arg(m_postmasterPid)
                               .arg(m_dir->path());
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script});
    // Detached, and holding none of the test's output pipes (ctest waits until they close).
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached(&m_watchdogPid);
}

void PgCluster::stop()
{
    if (!m_adminConnection.isEmpty()) {
        {
            QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_adminConnection);
        m_adminConnection.clear();
    }
    if (m_running) {
        if (!runAsOwner(QStringLiteral("pg_ctl"),
                        {QStringLiteral("stop"), QStringLiteral("--mode=immediate"),
                         QStringLiteral("--wait"), QStringLiteral("--pgdata=%1").arg(m_dataDir)},
                        60000) &&
            m_postmasterPid > 0)
            ::kill(static_cast<pid_t>(m_postmasterPid), SIGQUIT);
        m_running = false;
    }
    if (m_watchdogPid > 0) {
        ::kill(static_cast<pid_t>(m_watchdogPid), SIGTERM);
        m_watchdogPid = 0;
    }
    m_dir.reset();
}

Result<QSqlDatabase> PgCluster::connect(const QString &name, const QString &connectionName,
                                        const QString &asUser) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(asUser.isEmpty() ? user() : asUser);
    db.setDatabaseName(name);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(
            QStringLiteral("cannot connect to %1 on port %2: %3").arg(name).arg(m_port).arg(error));
    }
    return db;
}

Status PgCluster::adminExec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_adminConnection, false));
    if (!q.exec(sql))
        return Status::failure(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    return {};
}

Status PgCluster::createDatabase(const QString &name, const QString &templateName)
{
    if (!isIdentifier(name) || !isIdentifier(templateName))
        return Status::failure(
            QStringLiteral("not a database name: %1 or %2").arg(name, templateName));
    // Identifiers cannot be bound parameters; the names are the test's own, checked above.
    return adminExec(
        QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\"").arg(name, templateName));
}

Status PgCluster::dropDatabase(const QString &name)
{
    if (!isIdentifier(name))
        return Status::failure(QStringLiteral("not a database name: %1").arg(name));
    return adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

Status PgCluster::cutOff(const QString &name, bool off)
{
    if (!isIdentifier(name))
        return Status::failure(QStringLiteral("not a database name: %1").arg(name));
    if (Status s =
            adminExec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                          .arg(name, off ? QStringLiteral("false") : QStringLiteral("true")));
        !s || !off)
        return s;
    return adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                    "datname = '%1' AND pid <> pg_backend_pid()")
                         .arg(name));
}

} // namespace dc::test

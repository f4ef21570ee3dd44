#pragma once

#include "core/Result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dc::test {

/// A throwaway PostgreSQL 15 server for one test program: initdb and pg_ctl (postgresql-15) in a
/// temporary folder, listening on a free port of 127.0.0.1 only, its Unix socket in that folder,
/// run as the unprivileged user nobody (setpriv) when the tests run as root, since initdb and
/// pg_ctl refuse root. Nothing else needs to be running or configured: CI starts from a fresh
/// machine. Started once per program (initTestCase), with a database made per test function
/// (createDatabase / dropDatabase). stop() (or the destructor) stops it at once (pg_ctl stop -m
/// immediate) and removes the folder; should the test program die first (a crash, a kill), a
/// small watchdog process does the same.
class PgCluster final
{
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// The folder of initdb, pg_ctl and postgres.
    static QString binDir();
    /// Empty when a cluster can be started here; else why not (for QSKIP): a missing program or
    /// Qt SQL driver.
    static QString unavailableReason();
    /// Why a test of the server may be skipped here: unavailableReason(), except under CI (the
    /// CI variable set), where .ci/install-deps brings everything and a missing piece must fail
    /// the test, not skip it.
    static QString skipReason();

    /// Makes and starts the cluster; the error says which step failed, with its output.
    Status start();
    /// Stops the server and removes its folder; safe to call twice.
    void stop();

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    /// The cluster's superuser; the server trusts every local connection.
    QString user() const { return QStringLiteral("dialogcivic"); }
    /// The URL of the database @p name, as the application opens it (without a password).
    /// The address of the database @p name, as the cluster's superuser or as @p asUser.
    QString url(const QString &name, const QString &asUser = QString()) const;
    /// Where the server's Unix socket is.
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }
    /// How long initdb and the start took, in milliseconds.
    qint64 initdbMilliseconds() const { return m_initdbMs; }
    qint64 startMilliseconds() const { return m_startMs; }

    /// A new database @p name (letters, digits and '_'), a copy of @p templateName (a database of
    /// this cluster that nobody is connected to; template0 gives an empty one).
    Status createDatabase(const QString &name,
                          const QString &templateName = QStringLiteral("template0"));
    /// Removes the database @p name, closing whatever connections it still has.
    Status dropDatabase(const QString &name);
    /// A server lost, as a client sees it: every connection to the database @p name ended and
    /// new ones refused (@p off), or let in again.
    Status cutOff(const QString &name, bool off);
    /// Opens a QPSQL connection named @p connectionName to the database @p name, as the cluster's
    /// superuser or as @p asUser (the server trusts local users); remove it with
    /// QSqlDatabase::removeDatabase when done.
    Result<QSqlDatabase> connect(const QString &name, const QString &connectionName,
                                 const QString &asUser = QString()) const;

private:
    /// Runs a PostgreSQL program as the cluster's owner; the error holds its output.
    Status runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs) const;
    Status adminExec(const QString &sql);
    void startWatchdog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_adminConnection;
    int m_port = 0;
    bool m_running = false;
    bool m_asNobody = false;
    qint64 m_postmasterPid = 0;
    qint64 m_watchdogPid = 0;
    qint64 m_initdbMs = 0;
    qint64 m_startMs = 0;
};

} // namespace dc::test

#pragma once

#include <QObject>
#include <QSqlError>
#include <QString>
#include <QTimer>

namespace dc {

class Database;

/// Watches the connection of a database on a PostgreSQL server (a file has none to lose): every
/// few seconds a trivial statement; when it fails (the network down, the server restarted) the
/// watch says the connection is lost and, from then on, opens it again at each tick until the
/// server answers, then says it is back; saving works again from then on.
class ConnectionWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWatch)

public:
    static constexpr int defaultIntervalMs = 5000;

    /// Watches @p database, which must outlive the watch.
    explicit ConnectionWatch(Database &database, QObject *parent = nullptr);

    /// Whether there is a connection to watch (a database on a server).
    bool isWatching() const { return m_timer.isActive(); }
    bool isLost() const { return m_lost; }
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    /// Checks the connection now (the timer calls it; so may a caller whose statement failed).
    /// The statement runs on the caller's thread: on a network that drops every packet it waits
    /// until the connection's tcp_user_timeout (20 s) before the loss is told.
    void check();

    /// The database's words for why a statement failed, as the user is told them: on one line,
    /// without the "()" that Qt's QPSQL appends when the server gave no error code
    /// (query::databaseWords()).
    static QString readableReason(const QSqlError &error);

Q_SIGNALS:
    /// The connection failed; @p reason is the server's or the network's.
    void lost(const QString &reason);
    /// The connection is open again.
    void restored();

private:
    Database &m_database;
    QTimer m_timer;
    bool m_lost = false;
};

} // namespace dc

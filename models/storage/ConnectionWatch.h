#pragma once

#include <QObject>
#include <QSqlError>
#include <QString>
#include <QTimer>

#include <memory>

namespace dc {

class Database;
class ServerProbe;

/// Watches the connection of a database on a PostgreSQL server (a file has none to lose): every
/// few seconds a trivial question on a connection of the watch's own (ServerProbe), which never
/// blocks the window. When no answer comes (the network down or dropping every packet, the server
/// restarted or hanging) the watch says the connection is lost and closes the database's own
/// connection when no transaction is open on it, so that a save fails at once, with its form
/// kept, instead of waiting for the network's time-out. It asks again at each tick; once the
/// server answers it opens the database's connection again and says it is back; saving works
/// again from then on.
class ConnectionWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWatch)

public:
    static constexpr int defaultIntervalMs = 5000;

    /// Watches @p database, which must outlive the watch.
    explicit ConnectionWatch(Database &database, QObject *parent = nullptr);
    ~ConnectionWatch() override;

    /// Whether there is a connection to watch (a database on a server).
    bool isWatching() const { return m_timer.isActive(); }
    bool isLost() const { return m_lost; }
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    /// How long a question may wait for its answer before the connection is told lost.
    int answerLimit() const;
    void setAnswerLimit(int milliseconds);

    /// Asks the server now (the timer does at each tick; so may a caller whose statement failed);
    /// returns at once, what follows is told by the signals.
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
    void unanswered(const QString &reason);
    void answered();

    Database &m_database;
    std::unique_ptr<ServerProbe> m_probe;
    QTimer m_timer;
    bool m_lost = false;
};

} // namespace dc

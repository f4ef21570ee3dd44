#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimer>

class QHostInfo;
class QSocketNotifier;
struct pg_conn; // libpq's PGconn

namespace dc {

/// Asks a PostgreSQL server a trivial question (`SELECT 1`) on a connection of its own, without
/// ever blocking the thread it lives on: libpq's asynchronous calls, driven by the event loop.
/// A question not answered within the limit (a network that drops every packet, a server that
/// hangs) is given up at once and told as failed, where a blocking statement would wait for the
/// connection's tcp_user_timeout, or for ever. The connection stays open between questions and is
/// opened again, the same way, after a failure. A server given by name is looked up beside the
/// thread (QHostInfo) and libpq is handed its addresses (`hostaddr`): libpq's own look-up would
/// block the thread for as long as the name server does not answer.
class ServerProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProbe)

public:
    static constexpr int defaultLimitMs = 8000;

    /// Asks the server of @p connection (a QPSQL connection, whose host, port, database, user,
    /// password and options are copied; libpq's own defaults, ~/.pgpass and services apply).
    explicit ServerProbe(const QSqlDatabase &connection, QObject *parent = nullptr);
    ~ServerProbe() override;

    /// Asks once; answered() or failed() follows, within the limit. Does nothing while a question
    /// is out.
    void ask();
    bool isAsking() const { return m_state != State::Idle; }

    /// Where the last look-up found the server, as libpq takes it: `host`, the name once for each
    /// address, and `hostaddr`, the addresses (comma-separated). Empty when the server is not
    /// given by name, or before its first look-up.
    struct Found
    {
        QString hosts;
        QString addresses;
    };
    const Found &found() const { return m_found; }

    int limit() const { return m_limit.interval(); }
    void setLimit(int milliseconds) { m_limit.setInterval(milliseconds); }

Q_SIGNALS:
    void answered();
    /// @p reason: libpq's words (one line), or that no answer came within the limit.
    void failed(const QString &reason);

private:
    enum class State
    {
        Idle,
        LookingUp,
        Connecting,
        Asking
    };

    /// Looks up the server's name first when it has one, then connects.
    void open();
    void lookedUp(const QHostInfo &info);
    /// Connects with the connection's parameters and @p extra ones (the looked-up addresses).
    void startConnecting(const QStringList &extraKeywords = {},
                         const QStringList &extraValues = {});
    void connectStep();
    void sendQuestion();
    void readAnswer();
    void watchSocket(bool forReading);
    void fail(const QString &reason);
    void retireNotifier();
    void drop();

    QStringList m_keywords;
    QStringList m_values;
    /// The server's name to look up (empty: an address, a socket folder, a list of hosts, a
    /// service's or libpq's default, or a hostaddr given).
    QString m_hostName;
    int m_lookupId = -1;
    Found m_found;
    ::pg_conn *m_conn = nullptr;
    State m_state = State::Idle;
    QSocketNotifier *m_notifier = nullptr; ///< a child: it may go while it is telling
    QTimer m_limit;
    bool m_answered = false;
};

} // namespace dc

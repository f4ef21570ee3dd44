#include "ConnectionWatch.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ServerProbe.h"
#include "storage/Transaction.h"

namespace dc {

ConnectionWatch::ConnectionWatch(Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
    if (!m_database.isServer())
        return;
    m_probe = std::make_unique<ServerProbe>(m_database.connection());
    connect(m_probe.get(), &ServerProbe::answered, this, &ConnectionWatch::answered);
    connect(m_probe.get(), &ServerProbe::failed, this, &ConnectionWatch::unanswered);
    m_timer.start();
}

ConnectionWatch::~ConnectionWatch() = default;

int ConnectionWatch::answerLimit() const
{
    return m_probe ? m_probe->limit() : ServerProbe::defaultLimitMs;
}

void ConnectionWatch::setAnswerLimit(int milliseconds)
{
    if (m_probe)
        m_probe->setLimit(milliseconds);
}

void ConnectionWatch::check()
{
    if (m_probe)
        m_probe->ask();
}

void ConnectionWatch::unanswered(const QString &reason)
{
    if (m_lost)
        return;
    m_lost = true;
    // A statement on a connection that no longer answers would wait for the network's time-out
    // (tcp_user_timeout, 20 s) with the window frozen; a closed one fails at once, and the form
    // stays open with what was typed. A transaction under way (an import) ends by its own
    // statements' failure, its work rolled back by the server.
    QSqlDatabase connection = m_database.connection();
    if (!Transaction::isOpenOn(connection))
        connection.close();
    Q_EMIT lost(reason);
}

void ConnectionWatch::answered()
{
    // Not under a transaction's feet: it fails by itself, and the next answer opens it again.
    if (!m_lost || Transaction::isOpenOn(m_database.connection()))
        return;
    // Where the probe has just found the server: the driver's own look-up of its name would block
    // the window while the name server does not answer.
    const ServerProbe::Found &found = m_probe->found();
    if (m_database.reconnect(found.hosts, found.addresses)) {
        m_lost = false;
        Q_EMIT restored();
    }
}

QString ConnectionWatch::readableReason(const QSqlError &error)
{
    return query::databaseWords(error).simplified();
}

} // namespace dc

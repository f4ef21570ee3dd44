#include "ConnectionWatch.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dc {

ConnectionWatch::ConnectionWatch(Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
    if (m_database.isServer())
        m_timer.start();
}

void ConnectionWatch::check()
{
    if (!m_database.isServer())
        return;
    if (!m_lost) {
        QSqlQuery probe(m_database.connection());
        if (probe.exec(QStringLiteral("SELECT 1")))
            return;
        m_lost = true;
        // The driver may have dropped a connection the server ended before this statement: then
        // the statement says nothing, and neither may the connection.
        QString reason = readableReason(probe.lastError());
        if (reason.isEmpty())
            reason = readableReason(m_database.connection().lastError());
        if (reason.isEmpty())
            //: Why the connection to the server is lost, when neither the server nor the network
            //: said why
            reason = tr("the server does not answer");
        Q_EMIT lost(reason);
        return;
    }
    if (m_database.reconnect()) {
        m_lost = false;
        Q_EMIT restored();
    }
}

QString ConnectionWatch::readableReason(const QSqlError &error)
{
    return query::databaseWords(error).simplified();
}

} // namespace dc

#include "ChangeFeed.h"

#include "storage/Query.h"

#include <QLatin1StringView>

#include <algorithm>
#include <utility>

namespace dc {

ChangeFeed::ChangeFeed(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::tell);
    if (!query::isServer(m_db) || !m_db.isOpen())
        return;
    QSqlDriver *driver = m_db.driver();
    m_listening = driver->subscribeToNotification(QString::fromLatin1(channel));
    if (m_listening)
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::received);
}

ChangeFeed::~ChangeFeed()
{
    // A connection opened again (ConnectionWatch) has lost its subscriptions.
    const QString name = QString::fromLatin1(channel);
    if (m_listening && m_db.isOpen() && m_db.driver()->subscribedToNotifications().contains(name))
        m_db.driver()->unsubscribeFromNotification(name);
}

void ChangeFeed::received(const QString &name, QSqlDriver::NotificationSource source,
                          const QVariant &payload)
{
    if (name != QLatin1StringView(channel) || source == QSqlDriver::SelfSource)
        return;
    const QString table = payload.toString();
    if (table.isEmpty() || m_pending.contains(table))
        return;
    m_pending.append(table);
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeFeed::tell()
{
    QStringList tables = std::exchange(m_pending, {});
    if (tables.isEmpty())
        return;
    std::sort(tables.begin(), tables.end());
    Q_EMIT tablesChanged(tables);
}

} // namespace dc

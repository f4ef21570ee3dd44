#include "ChangeFeed.h"

#include "storage/Query.h"

#include <QLatin1StringView>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace dc {

namespace {

/// The property of a server connection's QSqlDriver that marks its transactions.
constexpr char markedProperty[] = "dcMarkedAsThisProgram";

/// What this program's marks carry: one random tag for the process, so that another program's
/// marks are not taken for its own.
const QString &programTag()
{
    static const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return tag;
}

QString mark(bool opening)
{
    return (opening ? QStringLiteral("!begin ") : QStringLiteral("!end ")) + programTag();
}

} // namespace

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

void ChangeFeed::markAsThisProgram(const QSqlDatabase &db)
{
    if (query::isServer(db) && db.isOpen())
        db.driver()->setProperty(markedProperty, true);
}

bool ChangeFeed::isMarked(const QSqlDatabase &db)
{
    return db.isOpen() && db.driver()->property(markedProperty).toBool();
}

bool ChangeFeed::sendMark(const QSqlDatabase &db, bool opening, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(channel));
    q.addBindValue(mark(opening));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

void ChangeFeed::received(const QString &name, QSqlDriver::NotificationSource source,
                          const QVariant &payload)
{
    if (name != QLatin1StringView(channel) || source == QSqlDriver::SelfSource)
        return;
    const QString table = payload.toString();
    if (table.startsWith(QLatin1Char('!'))) {
        // Another program's marks say nothing about this program.
        if (table == mark(true))
            m_inOwnTransaction = true;
        else if (table == mark(false))
            m_inOwnTransaction = false;
        return;
    }
    if (table.isEmpty())
        return;
    if (!m_inOwnTransaction)
        m_othersPending = true;
    if (m_pending.contains(table))
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
    Q_EMIT tablesChanged(tables, !std::exchange(m_othersPending, false));
}

} // namespace dc

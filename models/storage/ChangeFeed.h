#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace dc {

/// Live updates from a database on a PostgreSQL server: what other connections (other officials'
/// windows, a headless import) change. The server schema has a trigger on every table that sends
/// the table's name on the channel `dialogcivic_changes` when a transaction that changed it
/// commits; the feed listens on its connection and tells the tables, each once, a short delay
/// after the first, so that an import of many statements is one change. What this connection
/// writes itself is left out: the page that wrote it has already shown it. On an SQLite file
/// there is nothing to listen to and the feed never tells a change.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    /// The channel the schema's triggers notify.
    static constexpr const char *channel = "dialogcivic_changes";
    /// How long the feed gathers notifications before telling them, by default.
    static constexpr int defaultDelayMs = 250;

    /// Listens on @p db (the connection must stay open while the feed lives).
    explicit ChangeFeed(QSqlDatabase db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Whether the feed receives changes (a server connection that could subscribe).
    bool isListening() const { return m_listening; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    /// Other connections changed @p tables (sorted, each once).
    void tablesChanged(const QStringList &tables);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void tell();

    QSqlDatabase m_db;
    bool m_listening = false;
    QStringList m_pending;
    QTimer m_timer;
};

} // namespace dc

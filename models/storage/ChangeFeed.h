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
/// writes itself is left out: the page that wrote it has already shown it. What the program's
/// other connections write (an import on a worker thread's connection, marked with
/// markAsThisProgram()) is told, and said to be the program's own. On an SQLite file there is
/// nothing to listen to and the feed never tells a change.
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

    /// Marks @p db, another connection of this program to the server (a worker thread's), so that
    /// the changes its transactions commit are told as this program's own: each transaction
    /// (Transaction) sends a notification on the feed's channel when it begins and another just
    /// before it commits, and the changes the server delivers between the two are its own (a
    /// transaction's notifications reach the listeners together, in the order sent).
    static void markAsThisProgram(const QSqlDatabase &db);
    /// Whether the transactions of @p db are marked.
    static bool isMarked(const QSqlDatabase &db);
    /// Sends the mark of a transaction of @p db that begins (@p opening) or is about to commit;
    /// false, with the server's reason in @p error, when the server refused it.
    static bool sendMark(const QSqlDatabase &db, bool opening, QString *error);

Q_SIGNALS:
    /// Other connections changed @p tables (sorted, each once); @p onlyThisProgram when all of
    /// them were this program's other connections (its imports), none another user's.
    void tablesChanged(const QStringList &tables, bool onlyThisProgram);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void tell();

    QSqlDatabase m_db;
    bool m_listening = false;
    QStringList m_pending;
    /// Between the marks of a transaction of this program's other connections.
    bool m_inOwnTransaction = false;
    /// Whether a change of m_pending came from another program.
    bool m_othersPending = false;
    QTimer m_timer;
};

} // namespace dc

#pragma once

#include <QObject>
#include <QString>

#include <mutex>
#include <thread>

struct sqlite3;

namespace dc {

/// `PRAGMA quick_check` of a database file on a thread of its own, over a read-only connection of
/// its own: for a file too large to check while the user waits for the first screen (a million
/// organizations take some 2.4 s). The window starts it once the database is shown and, when it
/// reports damage, turns the database read-only (Database::markDamaged()).
///
/// finished() is delivered in the thread that made the object; destroying the object interrupts a
/// check that is still running and waits for its thread.
class IntegrityCheck final : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheck(QString path, QObject *parent = nullptr);
    ~IntegrityCheck() override;

    /// Starts the check; a second call does nothing.
    void start();
    /// Runs the check in the calling thread: empty when the file is whole, else the first problem
    /// found (or why the check could not run).
    static QString run(const QString &path) { return check(path, nullptr); }

signals:
    /// @p problem is empty when the file is whole. Not emitted for a check interrupted by the
    /// object's destruction.
    void finished(const QString &problem);

private:
    /// The handle a running check reads through, for the destructor to interrupt.
    struct Running
    {
        std::mutex mutex;
        sqlite3 *handle = nullptr;
        bool stopping = false;
    };
    static QString check(const QString &path, Running *running);

    QString m_path;
    Running m_running;
    std::thread m_thread;
};

} // namespace dc

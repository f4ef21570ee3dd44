#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dc {

/// What a long write (an import, the demonstration data, an update of the structure) is doing,
/// left in a small file beside the database while it holds the write lock, so that a second
/// writer told "busy" can say by whom. SQLite cannot carry this itself: what the holder writes
/// inside its transaction is invisible to everyone else until it commits.
///
/// Only the holder of the write lock writes the note (after BEGIN IMMEDIATE succeeded) and it
/// removes it again before it commits or rolls back, so two writers never race for the file. A
/// note left behind by a writer that was killed is stale: its process is gone (same computer),
/// and read() ignores it; the next holder replaces it.
class WriterNote final
{
public:
    enum class Activity
    {
        Import,       ///< an import of organizations, of the national register, of awards
        Demo,         ///< `demo`: the demonstration data
        SchemaUpdate, ///< the migration of an older database
    };

    /// Who holds the write lock, as its note says.
    struct Holder
    {
        Activity activity = Activity::Import;
        qint64 pid = 0;
        QString host;
        QString user;
        QDateTime since;
        /// True when the holder runs on this computer (its process could be checked).
        bool onThisComputer = true;
    };

    /// Leaves the note for the database at @p databasePath. Best effort: when the folder cannot
    /// be written to, there is simply no note.
    WriterNote(const QString &databasePath, Activity activity);
    /// Removes the note (if it is still ours).
    ~WriterNote();
    WriterNote(const WriterNote &) = delete;
    WriterNote &operator=(const WriterNote &) = delete;

    /// The note of the current holder of @p databasePath's write lock; nothing when there is no
    /// note, it cannot be read, or it is stale (its process on this computer has ended).
    static std::optional<Holder> read(const QString &databasePath);

    /// The file of the note: "PATH-writer", beside SQLite's own "PATH-wal" and "PATH-shm".
    static QString pathFor(const QString &databasePath);

private:
    QString m_path;
    QByteArray m_written;
};

} // namespace dc

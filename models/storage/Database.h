#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace dc {

/// One open Dialog Civic database: a named Qt SQL connection to an SQLite file, with the pragmas
/// set and the schema migrated to the version this program knows.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The mark in the header of every Dialog Civic file (PRAGMA application_id, 'DCIV').
    static constexpr qint32 applicationId = 0x44434956;

    /// Files up to this size are checked while they are opened (some 60 ms here); a larger one
    /// would keep the user from the first screen (a million organizations, 600 MB: 2.4 s).
    static constexpr qint64 checkAtOpenBytes = 16 * 1024 * 1024;

    /// What opening may do to the file.
    enum class OpenMode
    {
        CreateIfMissing, ///< File > New, `demo`, `--create`: a missing file is made
        ExistingOnly,    ///< every other command: a missing file is "no such database"
        Inspect,         ///< `db check`: read-only, no WAL switch, no migration, nothing written
    };

    /// Opens (or creates, when the file does not exist) the database at @p path and brings its
    /// schema up to date, taking a copy of the file first. A @p path that is a server address
    /// (`postgresql://user@host:port/database`, `postgresql:///?service=NAME`, see ServerAddress)
    /// opens a database on a PostgreSQL server instead: its schema is created when the database
    /// is empty and opening may create (CreateIfMissing), in one transaction; a database of
    /// another program or of a newer schema is refused and left untouched. Fails with one message
    /// naming the file when it is not an SQLite database, belongs to another program, was written
    /// by a newer version, or cannot be opened; the file is then left untouched. A file that is not
    /// writable, or lies in a read-only folder, opens read-only; so does a file that fails `PRAGMA
    /// quick_check` (isDamaged()). The check reads the whole file: one larger than
    /// checkAtOpenBytes is left to the caller (isCheckPending()), who checks it before writing
    /// (checkNow()) or in the background (IntegrityCheck, then markChecked()).
    static Result<std::unique_ptr<Database>>
    open(const QString &path, const QString &connectionName = QString(),
         const QString &migrationsFolder = defaultMigrationsFolder());
    /// As above, with what opening may do chosen by @p mode.
    static Result<std::unique_ptr<Database>>
    open(const QString &path, OpenMode mode,
         const QString &migrationsFolder = defaultMigrationsFolder());

    /// A second connection to the same file, for another thread (Qt SQL connections are
    /// per-thread). No migration is run.
    Result<std::unique_ptr<Database>> openAnother(const QString &connectionName) const;

    QSqlDatabase connection() const;
    /// Whether the database is on a PostgreSQL server (path() is then its address, without the
    /// password).
    bool isServer() const { return m_server; }
    const QString &connectionName() const { return m_connectionName; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// True when `PRAGMA quick_check` found damage: the file was opened read-only.
    bool isDamaged() const { return m_damaged; }
    /// True while the file, too large to be checked at opening, has not been checked yet.
    bool isCheckPending() const { return m_checkPending; }
    /// Checks a file whose check is pending, now, before a write: fails with the warning when the
    /// file is damaged, which then is read-only (as markChecked()).
    Status checkNow();
    /// The result of a check made elsewhere (IntegrityCheck): an empty @p problem means whole; a
    /// problem makes the database read-only from now on (no statement may write through this
    /// connection) and adds the warning.
    void markChecked(const QString &problem);
    /// Whether opening made the file (it did not exist): a command that then fails removes it.
    bool wasCreated() const { return m_created; }
    /// Removes the database file @p path with its -wal, -shm and -journal files; for a file that
    /// was just created and must not stay half-made. The file must not be open.
    static void removeFiles(const QString &path);
    /// The copy taken before the last migration, or empty when none was needed.
    const QString &backupPath() const { return m_backupPath; }
    /// On a server: opens the connection again after it was lost (the same address, user and
    /// password), the session as it was (read-only); every copy of connection() uses the new one.
    /// Fails with the server's reason. Nothing to do for a file. @p hosts and @p addresses, when
    /// given (ServerProbe::found()), are where the server's name was just looked up: the driver
    /// then connects to them instead of looking the name up itself, a call that blocks the thread
    /// for as long as the name server does not answer.
    Status reconnect(const QString &hosts = QString(), const QString &addresses = QString());
    /// Things the user should know that do not stop the work (read-only, network share).
    const QStringList &warnings() const { return m_warnings; }

    int schemaVersion() const;
    /// The schema version a database on a server had before opening brought it up to date; 0
    /// when opening changed nothing.
    int upgradedFrom() const { return m_upgradedFrom; }
    /// The problems `db check` reports, empty when healthy: SQLite's integrity and foreign-key
    /// checks of a file (sqlite::check), the server's own checks of its database (postgres::check).
    Result<QStringList> check() const;
    static int latestSchemaVersion(const QString &migrationsFolder = defaultMigrationsFolder());
    /// The numbered migration scripts compiled into the program (tests may point at others).
    static QString defaultMigrationsFolder();

    /// The default file under the user's application-data folder.
    static QString defaultPath();

private:
    Database() = default;
    Status migrate(const std::map<int, QString> &migrations);
    static Result<std::unique_ptr<Database>> openWith(const QString &path,
                                                      const QString &connectionName,
                                                      const QString &migrationsFolder,
                                                      OpenMode mode);
    // A database on a PostgreSQL server (DatabaseServer.cpp).
    static Result<std::unique_ptr<Database>>
    openServer(const QString &url, const QString &connectionName, OpenMode mode);
    Result<std::unique_ptr<Database>> openAnotherOnServer(const QString &connectionName) const;

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    bool m_created = false;
    QStringList m_warnings;
    bool m_readOnly = false;
    bool m_damaged = false;
    bool m_checkPending = false;
    bool m_immutable = false; ///< read as a snapshot: read-only file in a read-only folder
    int m_upgradedFrom = 0;
    bool m_server = false; ///< a QPSQL connection to a PostgreSQL server
};

} // namespace dc

#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dc::test {

/// A fresh database in a temporary folder, removed with the object.
class TestDatabase final
{
public:
    TestDatabase();
    bool isValid() const { return m_database != nullptr; }
    const QString &error() const { return m_error; }
    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    QString path() const { return m_database->path(); }
    QString dir() const { return m_dir.path(); }
    /// A path inside the temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Closes the database (e.g. to open the file again).
    void close() { m_database.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_error;
};

/// The name of the demo's fictitious organization that tests tie to every kind of record.
inline constexpr const char16_t *everyRecordOrganization = u"Centrul de Voluntariat Model (fictiv)";

/// On a database with the demo: the demo's fictitious volunteering centre (it holds a seat, an
/// award, recommendations and a debate request) is made, in this test database only, a partner
/// of the 2021 edition and a co-organizer of its first videoconference, so that one organization
/// is tied to every kind of record. The demo itself ties no fictitious organization to the
/// seeds' edition and no real one to an invented record. Returns its id, 0 on failure.
qint64 tieToEveryKindOfRecord(const QSqlDatabase &db);

/// The folder of checked-in fixtures (tests/data).
QString dataPath(const QString &name);

/// Writes @p bytes to @p path (creating or replacing it); false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

/// Turns the closed database at @p path into one that `PRAGMA quick_check` reports as damaged,
/// its schema (page 1) still readable: the first page of a table of its own is overwritten with
/// garbage. False when that could not be done.
bool damageDatabase(const QString &path);

} // namespace dc::test

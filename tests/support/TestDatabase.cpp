#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace dc::test {

TestDatabase::TestDatabase()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("test.sqlite")));
    if (opened)
        m_database = std::move(opened).value();
    else
        m_error = opened.error();
}

QString dataPath(const QString &name)
{
    return QDir(qEnvironmentVariable("DIALOGCIVIC_TEST_DATA")).filePath(name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

bool damageDatabase(const QString &path)
{
    const QString name = QStringLiteral("damage-database");
    qint64 offset = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        bool ok = q.exec(QStringLiteral("CREATE TABLE filler (x TEXT)"));
        for (int i = 0; ok && i < 200; ++i)
            ok = q.exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(500)))"));
        ok = ok &&
             q.exec(QStringLiteral(
                 "SELECT (SELECT rootpage FROM sqlite_master WHERE name = 'filler') - 1, "
                 "(SELECT page_size FROM pragma_page_size())")) &&
             q.next();
        if (ok)
            offset = q.value(0).toLongLong() * q.value(1).toLongLong();
        ok = ok && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
             q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        q.finish();
        db.close();
        if (!ok)
            offset = 0;
    }
    QSqlDatabase::removeDatabase(name);
    QFile file(path);
    if (offset <= 0 || !file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(QByteArray(64, '\xff')) == 64;
}

qint64 tieToEveryKindOfRecord(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM organization WHERE name = :n"));
    q.bindValue(QStringLiteral(":n"), QString::fromUtf16(everyRecordOrganization));
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    QSqlQuery edition(db);
    if (!edition.exec(QStringLiteral("SELECT id FROM edition WHERE year = 2021")) ||
        !edition.next())
        return 0;
    const qint64 editionId = edition.value(0).toLongLong();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO partnership (edition_id, organization_id, role) VALUES (:e, :o, 'promoter')"));
    insert.bindValue(QStringLiteral(":e"), editionId);
    insert.bindValue(QStringLiteral(":o"), id);
    if (!insert.exec())
        return 0;
    insert.prepare(QStringLiteral(
        "INSERT INTO event_coorganizer (event_id, organization_id, position) "
        "SELECT id, :o, 99 FROM event WHERE edition_id = :e ORDER BY event_date, id LIMIT 1"));
    insert.bindValue(QStringLiteral(":e"), editionId);
    insert.bindValue(QStringLiteral(":o"), id);
    if (!insert.exec() || insert.numRowsAffected() != 1)
        return 0;
    return id;
}

} // namespace dc::test

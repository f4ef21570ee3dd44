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

} // namespace dc::test

#include "TestDatabase.h"

#include <QDir>
#include <QFile>

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

} // namespace dc::test

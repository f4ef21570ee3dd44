#include "CliDatabase.h"

#include <QFile>
#include <QTest>

namespace dc::test {

namespace {

const QString databaseName = QStringLiteral("cli.sqlite");

} // namespace

CliRun CliDatabase::seed(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("--database"), m_template.filePath(databaseName)} +
                  arguments);
}

bool CliDatabase::renew()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    const QString seeded = m_template.filePath(databaseName);
    // The binary closed it: its write-ahead log is checkpointed into the file and removed.
    return !QFile::exists(seeded) || QFile::copy(seeded, path());
}

QString CliDatabase::path() const
{
    return filePath(databaseName);
}

QString CliDatabase::filePath(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

CliRun CliDatabase::run(const QStringList &arguments) const
{
    return runCli(QStringList{QStringLiteral("--database"), path()} + arguments);
}

QStringList CliTest::lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void CliTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("DIALOGCIVIC_BINARY")), "no DIALOGCIVIC_BINARY");
    if (m_seed.isEmpty())
        return;
    m_seeded = m_cli.seed(m_seed);
    QVERIFY2(m_seeded.exitCode == 0, qPrintable(m_seeded.out + m_seeded.err));
}

void CliTest::init()
{
    QVERIFY(m_cli.renew());
}

} // namespace dc::test

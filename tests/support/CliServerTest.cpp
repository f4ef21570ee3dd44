#include "CliServerTest.h"

#include <QTest>

namespace dc::test {

void CliServerTest::initTestCase()
{
    if (const QString why = PgCluster::skipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    CliTest::initTestCase();
    const Status started = m_cluster.start();
    QVERIFY2(started, qPrintable(started.error()));
}

void CliServerTest::init()
{
    CliTest::init();
    m_name = QStringLiteral("cli_%1").arg(++m_databases);
    const Status made = m_cluster.createDatabase(m_name);
    QVERIFY2(made, qPrintable(made.error()));
}

void CliServerTest::cleanup()
{
    if (m_cluster.isRunning())
        QVERIFY(m_cluster.dropDatabase(m_name));
}

void CliServerTest::cleanupTestCase()
{
    m_cluster.stop();
}

} // namespace dc::test

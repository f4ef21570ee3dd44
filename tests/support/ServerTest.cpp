#include "ServerTest.h"

#include <QTest>

namespace dc::test {

void ServerTest::initTestCase()
{
    if (const QString why = PgCluster::skipReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const Status started = m_cluster.start();
    QVERIFY2(started, qPrintable(started.error()));
    prepareProgram();
}

void ServerTest::init()
{
    m_name = QStringLiteral("test_%1").arg(++m_databases);
    const Status made = m_cluster.createDatabase(m_name);
    QVERIFY2(made, qPrintable(made.error()));
    prepare();
}

void ServerTest::cleanup()
{
    release();
    if (m_cluster.isRunning()) {
        const Status dropped = m_cluster.dropDatabase(m_name);
        QVERIFY2(dropped, qPrintable(dropped.error()));
    }
}

void ServerTest::cleanupTestCase()
{
    m_cluster.stop();
}

} // namespace dc::test

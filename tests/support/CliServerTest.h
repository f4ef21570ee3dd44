#pragma once

#include "CliDatabase.h"
#include "PgCluster.h"

namespace dc::test {

/// The base of a test program of the command line on a PostgreSQL server: a CliTest (the demo
/// file, a fresh copy per test function) with one throwaway PgCluster for the program (skipped
/// outside CI when PostgreSQL is missing, failed under CI, see PgCluster::skipReason()) and a new
/// empty server database m_name for each test function, dropped after it.
class CliServerTest : public CliTest
{
    Q_OBJECT

protected:
    /// The URL of the running test function's server database.
    QString url() const { return m_cluster.url(m_name); }

    PgCluster m_cluster;
    QString m_name;

protected Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

private:
    int m_databases = 0;
};

} // namespace dc::test

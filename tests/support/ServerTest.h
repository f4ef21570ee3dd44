#pragma once

#include "PgCluster.h"

#include <QObject>
#include <QString>

namespace dc::test {

/// The base of a test program on a PostgreSQL server: initTestCase() starts one throwaway
/// PgCluster for the program (skipped outside CI when the server programs or the QPSQL driver are
/// missing, failed under CI, see PgCluster::skipReason()); init() makes a fresh empty database
/// m_name on it for every test function and cleanup() drops it; cleanupTestCase() stops the
/// server. A program that needs more says so in the hooks.
class ServerTest : public QObject
{
    Q_OBJECT

protected:
    /// What the program needs once, after the server started (a template file, say).
    virtual void prepareProgram() {}
    /// What each test function needs beyond its empty database m_name.
    virtual void prepare() {}
    /// Closes what the test function opened on m_name, before it is dropped.
    virtual void release() {}

    /// The URL of the running test function's database (or of the database @p name).
    QString url(const QString &name = QString()) const
    {
        return m_cluster.url(name.isEmpty() ? m_name : name);
    }

    PgCluster m_cluster;
    /// The database of the running test function.
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

#pragma once

#include "TestDatabase.h"

#include <QObject>

#include <memory>

class QAbstractItemModel;

namespace dc::test {

/// The base of a test program whose functions each work on their own database: QtTest calls
/// init() before every test function, which opens a fresh TestDatabase (with the demo dataset
/// loaded unless the program asks for an empty one), and cleanup() after it, which removes it.
/// A program that needs more in each database (an institution, a fixture) says so in prepare().
class DatabaseTest : public QObject
{
    Q_OBJECT

public:
    /// What the fresh database of each test function holds.
    using Seed = test::Seed;

protected:
    explicit DatabaseTest(Seed seed = Seed::Demo) : m_seed(seed) {}

    /// What each test function's database holds beyond the seed: called by init() once the
    /// database is made. A failed QVERIFY here fails the test function before it runs.
    virtual void prepare() {}

    /// The number the query @p sql gives on the running test function's database (a count);
    /// -1 when it fails.
    int scalar(const QString &sql) const { return test::scalar(m_db->connection(), sql); }

    /// The database of the running test function.
    std::unique_ptr<TestDatabase> m_db;

protected Q_SLOTS:
    void init();
    void cleanup();

private:
    Seed m_seed;
};

/// A DatabaseTest whose test functions each start on an empty database (the schema only): the
/// base of a program that adds its own records in prepare() or in each test function.
class EmptyDatabaseTest : public DatabaseTest
{
    Q_OBJECT

protected:
    EmptyDatabaseTest() : DatabaseTest(Seed::Empty) {}
};

/// The first row of @p model whose @p column displays @p text; -1 when none does.
int rowWith(const QAbstractItemModel &model, int column, const QString &text);

} // namespace dc::test

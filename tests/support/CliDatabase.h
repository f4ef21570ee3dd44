#pragma once

#include "CliProcess.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dc::test {

/// The database a test of the command line runs the real binary on: a template the binary makes
/// once (seed(), from initTestCase) and a fresh copy of it for each test function (renew(), from
/// init()), each copy in a temporary folder of its own, so that no test function sees what
/// another wrote and they pass in any order.
class CliDatabase final
{
public:
    /// Runs the binary with `--database TEMPLATE` and @p arguments (e.g. "demo") to make the
    /// template the test functions start from.
    CliRun seed(const QStringList &arguments);
    /// A new folder for the next test function, with a copy of the template (when seed() made
    /// one) at path(); false when it could not be made.
    bool renew();
    /// The database of the running test function.
    QString path() const;
    /// A path inside the running test function's folder.
    QString filePath(const QString &name) const;
    /// Runs the binary with `--database path()` and @p arguments.
    CliRun run(const QStringList &arguments) const;

private:
    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
};

/// The base of a test program of the command line: initTestCase() checks that the binary under
/// test is there and seeds m_cli by running it with the seed arguments ("demo" unless the program
/// asks for others, none for an empty start), keeping what it printed in m_seeded; init() gives
/// each test function a fresh copy. A program that checks the seeding's output defines its own
/// initTestCase() and calls CliTest::initTestCase() first.
class CliTest : public QObject
{
    Q_OBJECT

protected:
    using Run = CliRun;

    explicit CliTest(QStringList seed = {QStringLiteral("demo")}) : m_seed(std::move(seed)) {}

    /// Runs the binary on the running test function's database.
    Run run(const QStringList &arguments) const { return m_cli.run(arguments); }
    /// The non-empty lines of a command's output.
    static QStringList lines(const QString &text);

    CliDatabase m_cli;
    Run m_seeded; ///< what the seeding printed

protected Q_SLOTS:
    void initTestCase();
    void init();

private:
    QStringList m_seed;
};

} // namespace dc::test

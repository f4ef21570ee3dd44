#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace dc::test {

/// What one run of the real `dialogcivic` binary printed and returned.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish in a minute
    QString out;
    QString err;
};

/// Runs the binary under test (DIALOGCIVIC_BINARY, or @p program) with @p arguments, with no
/// display and a temporary HOME, as a script on a server would.
CliRun runCli(const QStringList &arguments, const QString &program = QString());

/// Starts the binary under test as runCli() does, without waiting for it: for tests that stop
/// it part way (SIGKILL) or run two at once. Null when it could not be started.
std::unique_ptr<QProcess> startCli(const QStringList &arguments);

} // namespace dc::test

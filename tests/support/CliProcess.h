#pragma once

#include <QString>
#include <QStringList>

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

} // namespace dc::test

#include "CliProcess.h"

#include <QDir>
#include <QProcess>

namespace dc::test {

CliRun runCli(const QStringList &arguments, const QString &program)
{
    QProcess process;
    process.setProgram(program.isEmpty() ? qEnvironmentVariable("DIALOGCIVIC_BINARY") : program);
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need one
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace dc::test

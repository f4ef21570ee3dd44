#include "CliProcess.h"

#include <QDir>
#include <QProcess>

namespace dc::test {

namespace {

void prepare(QProcess &process, const QStringList &arguments, const QString &program)
{
    process.setProgram(program.isEmpty() ? qEnvironmentVariable("DIALOGCIVIC_BINARY") : program);
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need one
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(env);
}

} // namespace

CliRun runCli(const QStringList &arguments, const QString &program)
{
    QProcess process;
    prepare(process, arguments, program);
    process.start();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

std::unique_ptr<QProcess> startCli(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    prepare(*process, arguments, QString());
    process->start();
    if (!process->waitForStarted())
        return nullptr;
    return process;
}

} // namespace dc::test

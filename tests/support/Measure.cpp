#include "Measure.h"

#include <QCoreApplication>
#include <QProcess>

#include <sys/resource.h>

namespace dc::test {

QTextStream &benchOut()
{
    static QTextStream s(stdout);
    return s;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QString runStep(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    return QString::fromUtf8(child.readAllStandardOutput());
}

} // namespace dc::test

#include "BoundedChild.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dc::test {

bool runInBoundedChild(qint64 extraBytes, int timeoutMs, const std::function<int()> &body)
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return false;
    const qint64 pages = statm.readAll().split(' ').constFirst().toLongLong();
    const rlim_t limit = rlim_t(pages * sysconf(_SC_PAGESIZE) + extraBytes);
    const pid_t child = fork();
    if (child == 0) {
        // QtTest's crash handler would wait for a debugger: a child out of memory just dies.
        for (const int signal : {SIGABRT, SIGSEGV, SIGBUS})
            std::signal(signal, SIG_DFL);
        const rlimit bound{limit, limit};
        setrlimit(RLIMIT_AS, &bound);
        // An exception must not reach QtTest, which would run the other tests in the child.
        try {
            _exit(body());
        } catch (...) {
            _exit(99);
        }
    }
    if (child < 0)
        return false;
    QElapsedTimer waited;
    waited.start();
    int status = 0;
    while (waitpid(child, &status, WNOHANG) == 0) {
        if (waited.elapsed() > timeoutMs) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            return false;
        }
        QTest::qSleep(20);
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace dc::test

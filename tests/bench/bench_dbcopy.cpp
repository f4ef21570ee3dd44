// Benchmark of `db copy` (run by hand, not by ctest):
//   bench_dbcopy [N]        e.g. bench_dbcopy 100000 (the default)
// Makes a database of N generated organizations (Romanian names with diacritics, fiscal codes,
// counties), starts a throwaway PostgreSQL server (tests/support/PgCluster), then times the real
// binary (DIALOGCIVIC_BINARY, else ../app/dialogcivic beside this program) under /usr/bin/time:
//   - `--database FILE db copy --to URL` (SQLite to the server),
//   - `--database URL db copy --to FILE2` (the server to a new file),
// printing the wall time and peak resident memory of each against the goal of every bulk write
// (under 150 MB).

#include "BenchSupport.h"
#include "PgCluster.h"
#include "TestDatabase.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace dc;

namespace {

void print(const QString &what, const test::ChildRun &run)
{
    std::printf("%s: %.1f s, peak %.0f MB, exit %d\n", qPrintable(what), run.seconds, run.megabytes,
                run.exitCode);
    std::fflush(stdout);
    test::printMemoryGoal(what, run.megabytes);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    const QString binary = qEnvironmentVariableIsSet("DIALOGCIVIC_BINARY")
                               ? qEnvironmentVariable("DIALOGCIVIC_BINARY")
                               : app.applicationDirPath() + QStringLiteral("/../app/dialogcivic");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.dcdb"));
    {
        auto opened = Database::open(file, Database::OpenMode::CreateIfMissing);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (Status s = test::addGeneratedOrganizations(opened.value()->connection(), n); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        std::printf("%d organizations generated in %.1f s\n", n, timer.elapsed() / 1000.0);
    }

    test::PgCluster cluster;
    if (Status s = cluster.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    if (Status s = cluster.createDatabase(QStringLiteral("bench")); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    const QString url = cluster.url(QStringLiteral("bench"));
    const QString db = QStringLiteral("db");
    const QString copy = QStringLiteral("copy");
    const QString to = QStringLiteral("--to");
    const test::ChildRun there =
        test::timed(binary, {QStringLiteral("--database"), file, db, copy, to, url});
    print(QStringLiteral("db copy, the file to the server"), there);
    const test::ChildRun back =
        test::timed(binary, {QStringLiteral("--database"), url, db, copy, to,
                             dir.filePath(QStringLiteral("back.dcdb"))});
    print(QStringLiteral("db copy, the server to a new file"), back);
    std::printf("%s\n", qPrintable(back.output.section(QLatin1Char('\n'), -3).trimmed()));
    std::fflush(stdout);
    cluster.stop();
    return there.exitCode == 0 && back.exitCode == 0 ? 0 : 1;
}

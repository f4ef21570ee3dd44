#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dc::test {

class PgCluster;

// What the import benchmarks (bench_registry, bench_register) share: a child process timed
// under /usr/bin/time, the floor (sqlite3's .import), LibreOffice Calc converting the same file
// headless, and the goals printed with "met" or "missed".

/// Wall time and peak resident memory of one child process (and of the processes it waited
/// for), and what it printed on its standard output.
struct ChildRun
{
    double seconds = 0;
    double megabytes = 0;
    int exitCode = 0;
    QString output;
};

/// Runs @p program under /usr/bin/time, with @p input on its standard input.
ChildRun timed(const QString &program, const QStringList &arguments, const QByteArray &input = {});

/// The floor of an import: the sqlite3 command-line tool's .import of the `;`-separated @p csv
/// into the plain table @p table of a new database @p database.
ChildRun sqliteImport(const QString &csv, const QString &database, const QString &table);

/// The arguments of psql for the database @p database of @p cluster, a statement to follow:
/// no ~/.psqlrc, quiet, stopping at the first error, then -c.
QStringList psqlArguments(const PgCluster &cluster, const QString &database);

/// The floor of an import on a server: psql's \copy (COPY ... FROM STDIN, the fastest way in) of
/// the `;`-separated @p csv, its first line the header, into a new plain table @p table of text
/// columns of @p database. The table is made before the time starts.
ChildRun psqlCopy(const PgCluster &cluster, const QString &database, const QString &csv,
                  const QString &table);

/// Prints "WHAT: Nx (goal: at most LIMITx) -> met|missed", N being @p value / @p base.
void printRatioAtMost(const QString &what, double value, double base, double limit);

/// Prints "WHAT: Nx (goal: at least LIMITx) -> met|missed", N being @p value / @p base.
void printRatioAtLeast(const QString &what, double value, double base, double limit);

/// Prints "memory (WHAT): peak N MB (goal: under 150 MB) -> met|missed": the goal of every import.
void printMemoryGoal(const QString &what, double megabytes);

/// LibreOffice Calc opening a file headless and saving it as CSV (the cheapest save, so that its
/// time is mostly the opening), with a profile of its own in the benchmark's folder: a user's
/// LibreOffice is neither used nor disturbed, and the profile is created before any timed run.
class LibreOffice
{
public:
    /// @p folder holds the profile and the converted files.
    explicit LibreOffice(const QString &folder);

    /// Times LibreOffice converting @p file (read with the import filter @p inFilter when it is
    /// not empty) and prints its time beside @p oursSeconds with the goal (at least 3 times
    /// slower than ours), or that it was skipped because soffice is not installed.
    void compare(const QString &file, double oursSeconds, const QString &inFilter = {});

private:
    ChildRun convert(const QString &file, const QString &inFilter = {});

    QString m_soffice;
    QString m_folder;
    bool m_warm = false;
};

} // namespace dc::test

#include "BenchSupport.h"

#include "Measure.h"
#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace dc::test {

namespace {

const char *verdict(bool met)
{
    return met ? "met" : "missed";
}

void printRatio(const QString &what, double value, double base, const char *goal, double limit,
                bool atMost)
{
    const double ratio = base > 0 ? value / base : 0;
    const bool met = base > 0 && (atMost ? ratio <= limit : ratio >= limit);
    benchOut() << what << ": " << QString::number(ratio, 'f', 2) << "x (goal: " << goal << ' '
               << limit << "x) -> " << verdict(met) << '\n';
}

} // namespace

ChildRun timed(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/time"),
            QStringList{QStringLiteral("-f"), QStringLiteral("@@ %e %M"), program} + arguments);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("@@ ([0-9.]+) ([0-9]+)")).match(err);
    ChildRun r;
    r.seconds = m.captured(1).toDouble();
    r.megabytes = m.captured(2).toDouble() / 1024.0;
    r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return r;
}

ChildRun sqliteImport(const QString &csv, const QString &database, const QString &table)
{
    QFile::remove(database);
    return timed(
        QStringLiteral("sqlite3"), {database},
        QStringLiteral(".mode csv\n.separator ;\n.import '%1' %2\n").arg(csv, table).toUtf8());
}

QStringList psqlArguments(const PgCluster &cluster, const QString &database)
{
    return {QStringLiteral("-X"), QStringLiteral("-q"),
            QStringLiteral("-h"), cluster.host(),
            QStringLiteral("-p"), QString::number(cluster.port()),
            QStringLiteral("-U"), cluster.user(),
            QStringLiteral("-d"), database,
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-c")};
}

ChildRun psqlCopy(const PgCluster &cluster, const QString &database, const QString &csv,
                  const QString &table)
{
    ChildRun failed;
    failed.exitCode = -1;
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return failed;
    const qsizetype columnCount = QString::fromUtf8(file.readLine()).split(QLatin1Char(';')).size();
    file.close();
    QStringList columns;
    for (qsizetype i = 1; i <= columnCount; ++i)
        columns << QStringLiteral("c%1 text").arg(i);
    const QString psql = PgCluster::binDir() + QStringLiteral("/psql");
    QProcess create;
    create.start(psql, psqlArguments(cluster, database) +
                           QStringList{QStringLiteral("CREATE TABLE %1 (%2)")
                                           .arg(table, columns.join(QLatin1String(", ")))});
    create.waitForFinished(-1);
    if (create.exitCode() != 0) {
        failed.output = QString::fromUtf8(create.readAllStandardError());
        return failed;
    }
    return timed(psql, psqlArguments(cluster, database) +
                           QStringList{QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv, "
                                                      "DELIMITER ';', HEADER true)")
                                           .arg(table, csv)});
}

void printRatioAtMost(const QString &what, double value, double base, double limit)
{
    printRatio(what, value, base, "at most", limit, true);
}

void printRatioAtLeast(const QString &what, double value, double base, double limit)
{
    printRatio(what, value, base, "at least", limit, false);
}

void printMemoryGoal(const QString &what, double megabytes)
{
    const double goal = 150;
    benchOut() << "memory (" << what << "): peak " << QString::number(megabytes, 'f', 1)
               << " MB (goal: under " << goal << " MB) -> " << verdict(megabytes < goal) << '\n';
}

LibreOffice::LibreOffice(const QString &folder)
    : m_soffice(QStandardPaths::findExecutable(QStringLiteral("soffice"))), m_folder(folder)
{
}

void LibreOffice::compare(const QString &file, double oursSeconds, const QString &inFilter)
{
    if (m_soffice.isEmpty()) {
        benchOut() << "LibreOffice Calc: skipped: soffice not installed (apt-get install "
                      "libreoffice-calc-nogui)\n";
        return;
    }
    if (!m_warm) {
        // The first start creates the profile, which a user's LibreOffice already has.
        QDir().mkpath(m_folder);
        const QString tiny = m_folder + QStringLiteral("/start.csv");
        QFile csv(tiny);
        if (!csv.open(QIODevice::WriteOnly) || csv.write("a;b\n1;2\n") < 0)
            qFatal("cannot write %s", qPrintable(tiny));
        csv.close();
        const ChildRun first = convert(tiny);
        const ChildRun second = convert(tiny);
        benchOut() << "LibreOffice Calc's first start (creating its profile, not counted): "
                   << first.seconds
                   << " s; its start and exit alone (a 2-line CSV): " << second.seconds << " s\n";
        m_warm = true;
    }
    const ChildRun lo = convert(file, inFilter);
    const QString converted = m_folder + QStringLiteral("/out/") +
                              QFileInfo(file).completeBaseName() + QStringLiteral(".csv");
    if (lo.exitCode != 0 || !QFileInfo::exists(converted)) {
        benchOut() << "LibreOffice Calc: failed (exit code " << lo.exitCode << ", no " << converted
                   << ") [" << lo.output << "]\n";
        return;
    }
    benchOut() << "LibreOffice Calc headless (open the file, save it as CSV): " << lo.seconds
               << " s, peak " << lo.megabytes << " MB\n";
    printRatioAtLeast(QStringLiteral("LibreOffice / ours"), lo.seconds, oursSeconds, 3);
    QFile::remove(converted);
}

ChildRun LibreOffice::convert(const QString &file, const QString &inFilter)
{
    QStringList arguments = {QStringLiteral("-env:UserInstallation=file://") + m_folder +
                                 QStringLiteral("/profile"),
                             QStringLiteral("--headless"), QStringLiteral("--norestore")};
    if (!inFilter.isEmpty())
        arguments << QStringLiteral("--infilter=") + inFilter;
    arguments << QStringLiteral("--convert-to") << QStringLiteral("csv")
              << QStringLiteral("--outdir") << m_folder + QStringLiteral("/out") << file;
    return timed(m_soffice, arguments);
}

} // namespace dc::test

#include "../nationalregister/RegisterWorkbook.h"
#include "TestDatabase.h"

#include "CliProcess.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/WriterNote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <map>
#include <optional>

using namespace dc;

// The crash tests: the real binary is killed (SIGKILL, as a power cut or the OOM killer would)
// in the middle of each long write (a CSV import, a national register import, a migration,
// `demo`), and the file is then checked as the next start of the program finds it: SQLite's
// integrity and foreign key checks, the search index against its table, and all or nothing.
// Kill points are taken from the writer's own note (storage/WriterNote): the note exists exactly
// while the child holds the write lock inside its transaction, so a note left behind by the
// killed child proves the kill landed mid-write; "commit" kills as soon as the note goes, while
// the child commits and checkpoints. Two imports at once, and the busy message, are here too.

namespace {

constexpr int csvRows = 20000;
constexpr int registerRows = 15000;
constexpr int migrationOrganizations = 30000;
constexpr int oldSchemaVersion = 3;

// Organizations first .. first + count - 1, each with its own fiscal code, so that the rows of
// one file can be told from those of another.
bool writeOrganizationsCsv(const QString &path, int first, int count)
{
    static const QStringList counties = {QStringLiteral("Alba"),       QStringLiteral(u"Iași"),
                                         QStringLiteral("Cluj"),       QStringLiteral(u"Timiș"),
                                         QStringLiteral(u"Constanța"), QStringLiteral("Dolj")};
    static const QStringList domains = {QStringLiteral(u"Educație"), QStringLiteral("Mediu"),
                                        QStringLiteral(u"Cultură|Sănătate")};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream s(&file);
    s.setEncoding(QStringConverter::Utf8);
    s << "Denumire;CIF;Judet;Localitate;Domenii\n";
    for (int n = first; n < first + count; ++n) {
        const QString &county = counties.at(n % counties.size());
        s << QStringLiteral(u"Asociația Științifică „Țara Bârsei” %1").arg(n) << ';'
          << test::fiscalCodeFor(n) << ';' << county << ';' << county << ';'
          << domains.at(n % domains.size()) << '\n';
    }
    s.flush();
    return file.error() == QFile::NoError;
}

// A connection of its own to @p path, as another program would open it (not Database::open,
// which would migrate); closed and removed on destruction.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(db());
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    QString m_name;
    bool m_open = false;
};

// What a file holds, as the next start of the program finds it (SQLite first recovers the WAL
// that a killed writer left).
struct FileState
{
    QStringList problems; ///< integrity_check, foreign_key_check and the search index's own check
    int version = -1;
    QStringList schema;                  ///< "type name" of every object, sorted
    std::map<QString, qint64> rowCounts; ///< every ordinary table (not the search index's own)
};

FileState inspect(const QString &path)
{
    FileState state;
    RawConnection raw(path);
    if (!raw.isOpen()) {
        state.problems << QStringLiteral("cannot open");
        return state;
    }
    const QStringList integrity = raw.column(QStringLiteral("PRAGMA integrity_check"));
    if (integrity != QStringList{QStringLiteral("ok")})
        state.problems << integrity;
    for (const QString &table :
         raw.column(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_check")))
        state.problems << QStringLiteral("foreign key broken in ") + table;
    QSqlQuery fts(raw.db());
    if (!fts.exec(QStringLiteral(
            "INSERT INTO organization_fts(organization_fts) VALUES ('integrity-check')")))
        state.problems << QStringLiteral("search index: ") + fts.lastError().text();
    state.version = int(raw.scalar(QStringLiteral("PRAGMA user_version")));
    state.schema =
        raw.column(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1"));
    const QStringList tables = raw.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'%\\_fts%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    for (const QString &table : tables)
        state.rowCounts[table] =
            raw.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    return state;
}

QString describeCounts(const std::map<QString, qint64> &counts, const QStringList &tables)
{
    QStringList parts;
    for (const QString &table : tables)
        parts << QStringLiteral("%1 %2").arg(table).arg(counts.count(table) ? counts.at(table)
                                                                            : -1);
    return parts.join(QStringLiteral(", "));
}

// When the note of the writer appeared and went, in a run left to finish (milliseconds from the
// start; -1 when never seen).
struct Timeline
{
    qint64 noteAppeared = -1;
    qint64 noteGone = -1;
    qint64 finished = -1;
    int exitCode = -1;
    QString err;
};

Timeline runWatchingTheNote(const QStringList &arguments, const QString &database)
{
    Timeline timeline;
    const QString note = WriterNote::pathFor(database);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QProcess> child = test::startCli(arguments);
    if (!child)
        return timeline;
    bool wasPresent = false;
    while (!child->waitForFinished(0) && clock.elapsed() < 60000) {
        const bool present = QFileInfo::exists(note);
        if (present && timeline.noteAppeared < 0)
            timeline.noteAppeared = clock.elapsed();
        if (wasPresent && !present)
            timeline.noteGone = clock.elapsed(); // the last step's end, for a migration
        wasPresent = present;
        QThread::usleep(500);
    }
    if (wasPresent)
        timeline.noteGone = clock.elapsed();
    timeline.finished = clock.elapsed();
    if (child->exitStatus() == QProcess::NormalExit)
        timeline.exitCode = child->exitCode();
    timeline.err = QString::fromUtf8(child->readAllStandardError());
    return timeline;
}

// Where in the write the child is killed.
struct KillPoint
{
    const char *name;
    /// false: after the note appeared, this part of the write's measured time; true: after the
    /// note went (the commit began), this part of the measured time from there to the exit
    /// (the commit, and the checkpoint when the database is closed)
    bool afterTheWrite;
    double fraction;
};

const KillPoint killPoints[] = {
    {"lock taken", false, 0.0},        {"a quarter of the write", false, 0.25},
    {"half of the write", false, 0.5}, {"near the end", false, 0.85},
    {"commit begun", true, 0.0},       {"commit and close", true, 0.5},
};

struct Kill
{
    bool killedRunning = false;  ///< SIGKILL ended it (it had not exited by itself)
    bool noteLeftBehind = false; ///< it died holding the write lock, inside its transaction
    qint64 at = -1;              ///< milliseconds from the start
};

Kill runAndKill(const QStringList &arguments, const QString &database, const KillPoint &point,
                const Timeline &full)
{
    Kill kill;
    const QString note = WriterNote::pathFor(database);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QProcess> child = test::startCli(arguments);
    if (!child)
        return kill;
    auto running = [&child, &clock] {
        return !child->waitForFinished(0) && clock.elapsed() < 60000;
    };
    auto waitFor = [&](qint64 milliseconds) {
        const qint64 until = clock.elapsed() + milliseconds;
        while (running() && clock.elapsed() < until)
            QThread::usleep(200);
    };
    while (running() && !QFileInfo::exists(note))
        QThread::usleep(200);
    if (point.afterTheWrite) {
        while (running() && QFileInfo::exists(note))
            QThread::usleep(200);
        waitFor(qint64(point.fraction * double(full.finished - full.noteGone)));
    } else {
        waitFor(qint64(point.fraction * double(full.noteGone - full.noteAppeared)));
    }
    kill.at = clock.elapsed();
    child->kill(); // SIGKILL
    child->waitForFinished();
    kill.killedRunning = child->exitStatus() == QProcess::CrashExit;
    kill.noteLeftBehind = QFileInfo::exists(note);
    return kill;
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-writer")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

// Kills a run on a fresh copy of @p before at @p point. A short write (demo, 0.1 s) can end
// before a late point when the machine is busy: the point is then tried again nearer the start
// of the write, at most three more times, so that the kill lands where it was aimed.
Kill killOnAFreshCopy(const QString &before, const QString &database, const QStringList &arguments,
                      KillPoint point, const Timeline &full)
{
    Kill kill;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (!copyFresh(before, database))
            return {};
        kill = runAndKill(arguments, database, point, full);
        const bool early = !point.afterTheWrite && point.fraction < 0.3;
        if (kill.killedRunning && (!early || kill.noteLeftBehind))
            return kill;
        // A point at the note itself (fraction 0) missed because the test was kept off the
        // processor while the whole write passed is simply tried again.
        point.fraction /= 2;
    }
    return kill;
}

// The kill must land where it was aimed: inside the transaction for the first points, and
// before the child ended for all.
void checkWhereTheKillLanded(const KillPoint &point, const Kill &kill)
{
    if (!point.afterTheWrite && point.fraction < 0.3)
        QVERIFY2(kill.noteLeftBehind, point.name);
    QVERIFY2(kill.killedRunning, point.name);
}

QString whereItLanded(const Kill &kill)
{
    return kill.noteLeftBehind ? QStringLiteral("inside the transaction")
                               : QStringLiteral("in the commit or the close");
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QStringList on(const QString &database, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--database"), database} + arguments;
    }

    // A database at the latest schema with a few organizations already in it, closed (its WAL
    // checkpointed), to be copied before each run.
    QString m_template;
    // A database at schema 3 holding many organizations: opening it runs the later migrations.
    QString m_oldTemplate;

    // Runs @p arguments once to the end on a copy of @p before, then kills it at every kill point
    // on fresh copies, and checks each file: whole, and either as before or as after the run.
    void killAtEveryPoint(const char *what, const QString &before, const QStringList &arguments,
                          const QStringList &tablesToShow)
    {
        const QString database = file(QStringLiteral("victim.sqlite"));
        QVERIFY(copyFresh(before, database));
        const FileState start = inspect(database);
        QVERIFY2(start.problems.isEmpty(), qPrintable(start.problems.join(QLatin1Char('\n'))));
        // A short write (demo: about 50 ms) can pass between two looks of a test that the other
        // tests of a loaded machine keep off the processor: the run is tried again on a fresh
        // copy, up to five times, until its note has been seen.
        Timeline full;
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (attempt > 0)
                QVERIFY(copyFresh(before, database));
            full = runWatchingTheNote(on(database, arguments), database);
            QVERIFY2(full.exitCode == 0, qPrintable(full.err));
            if (full.noteAppeared >= 0 && full.noteGone > full.noteAppeared)
                break;
        }
        QVERIFY2(full.noteAppeared >= 0 && full.noteGone > full.noteAppeared,
                 "the writer's note was never seen in five runs");
        QVERIFY2(!QFileInfo::exists(WriterNote::pathFor(database)), "the note outlived the write");
        const FileState end = inspect(database);
        QVERIFY2(end.problems.isEmpty(), qPrintable(end.problems.join(QLatin1Char('\n'))));
        QVERIFY(end.rowCounts != start.rowCounts);
        const qint64 writeTime = full.noteGone - full.noteAppeared;
        qInfo("%s: run to the end in %lld ms, write lock held %lld ms; before: %s; after: %s", what,
              full.finished, writeTime, qPrintable(describeCounts(start.rowCounts, tablesToShow)),
              qPrintable(describeCounts(end.rowCounts, tablesToShow)));

        for (const KillPoint &point : killPoints) {
            const Kill kill =
                killOnAFreshCopy(before, database, on(database, arguments), point, full);
            checkWhereTheKillLanded(point, kill);
            if (QTest::currentTestFailed())
                return;
            // The killed writer's note is stale: nobody will be told it still holds the database.
            QVERIFY2(!WriterNote::read(database), point.name);
            const FileState after = inspect(database);
            QVERIFY2(after.problems.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(
                         QLatin1String(point.name), after.problems.join(QLatin1Char('\n')))));
            QCOMPARE(after.schema, end.schema);
            const bool asBefore = after.rowCounts == start.rowCounts;
            const bool asAfter = after.rowCounts == end.rowCounts;
            QVERIFY2(asBefore || asAfter, qPrintable(QStringLiteral("%1: %2").arg(
                                              QLatin1String(point.name),
                                              describeCounts(after.rowCounts, tablesToShow))));
            qInfo("%s killed at %s (%lld ms, %s): %s", what, point.name, kill.at,
                  qPrintable(whereItLanded(kill)), asBefore ? "nothing written" : "all written");
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("DIALOGCIVIC_BINARY")));
        QVERIFY(m_dir.isValid());

        m_template = file(QStringLiteral("template.sqlite"));
        {
            auto db = Database::open(m_template, Database::OpenMode::CreateIfMissing);
            QVERIFY2(db, qPrintable(db.error()));
        }
        const QString few = file(QStringLiteral("few.csv"));
        QVERIFY(writeOrganizationsCsv(few, 900000, 50));
        const test::CliRun seeded =
            test::runCli(on(m_template, {QStringLiteral("ngo"), QStringLiteral("import"), few}));
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));

        QVERIFY(writeOrganizationsCsv(file(QStringLiteral("organizations.csv")), 0, csvRows));

        QList<QStringList> rows;
        static const QStringList counties = {QStringLiteral("Cluj"), QStringLiteral(u"Iași"),
                                             QStringLiteral("Arad")};
        for (int n = 0; n < registerRows; ++n) {
            rows << test::registerRow(QStringLiteral(u"Asociația Registrului %1").arg(n),
                                      QStringLiteral("%1/A/2001").arg(n + 1), {},
                                      counties.at(n % 3),
                                      QStringLiteral(u"Sprijinirea educației și a culturii"));
        }
        QVERIFY(test::writeRegisterWorkbook(file(QStringLiteral("asociatii_1.xlsx")), rows));

        // The old database: only the first migrations applied, then many organizations.
        const QString oldMigrations = file(QStringLiteral("old-migrations"));
        QVERIFY(QDir().mkpath(oldMigrations));
        const QDir all(QStringLiteral(DIALOGCIVIC_SOURCE_DIR "/resources/migrations"));
        for (const QString &script :
             all.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            if (script.left(4).toInt() <= oldSchemaVersion)
                QVERIFY(QFile::copy(all.filePath(script), QDir(oldMigrations).filePath(script)));
        }
        m_oldTemplate = file(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(m_oldTemplate, QString(), oldMigrations);
            QVERIFY2(db, qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), oldSchemaVersion);
            QSqlQuery q(db.value()->connection());
            QVERIFY2(q.exec(QStringLiteral(
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                "WHERE i < %1) "
                                "INSERT INTO organization (name, name_sort, name_folded, "
                                "county_id, locality, cif, "
                                "created_at, updated_at) "
                                "SELECT 'Asociația Veche ' || i, 'asociatia veche ' || i, "
                                "'asociatia veche ' || i, "
                                "1 + i % 42, 'Localitatea ' || (i % 300), 'RO' || (1000000 + i), "
                                "'2024-01-01T00:00:00', '2024-01-01T00:00:00' FROM n")
                                .arg(migrationOrganizations)),
                     qPrintable(q.lastError().text()));
        }
    }

    // A command killed at each point leaves all or nothing: `ngo import` of 20,000 organizations
    // leaves the 50 the database had, or all 20,050, with their domains, audit rows and search
    // index, never a part; so do `ngo import-register` and `demo`.
    void killedCommandLeavesAllOrNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("tablesToShow");
        QTest::newRow("ngo import")
            << QStringList{QStringLiteral("ngo"), QStringLiteral("import"),
                           file(QStringLiteral("organizations.csv"))}
            << QStringList{QStringLiteral("organization"), QStringLiteral("organization_domain"),
                           QStringLiteral("audit_log")};
        QTest::newRow("import-register")
            << QStringList{QStringLiteral("ngo"), QStringLiteral("import-register"),
                           file(QStringLiteral("asociatii_1.xlsx"))}
            << QStringList{QStringLiteral("organization"), QStringLiteral("register_change"),
                           QStringLiteral("audit_log")};
        QTest::newRow("demo") << QStringList{QStringLiteral("demo")}
                              << QStringList{QStringLiteral("organization"),
                                             QStringLiteral("program"), QStringLiteral("event"),
                                             QStringLiteral("consultative_body")};
    }

    void killedCommandLeavesAllOrNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, tablesToShow);
        killAtEveryPoint(QTest::currentDataTag(), m_template, arguments, tablesToShow);
    }

    // Opening a database at schema 3 runs migrations 4 to the last, each in one transaction with
    // the version set last: a kill leaves it at a version it fully reached, whose objects are
    // exactly those of that version, with every organization, and the next start goes on.
    void killedMigrationLeavesAWholeStep()
    {
        const int latest = Database::latestSchemaVersion();
        // The objects of every version, as the migrations make them on an empty file.
        std::map<int, QStringList> schemaAt;
        {
            const QString folder = file(QStringLiteral("reference-migrations"));
            QVERIFY(QDir().mkpath(folder));
            const QDir all(QStringLiteral(DIALOGCIVIC_SOURCE_DIR "/resources/migrations"));
            const QStringList scripts =
                all.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
            for (const QString &script : scripts) {
                QVERIFY(QFile::copy(all.filePath(script), QDir(folder).filePath(script)));
                const int version = script.left(4).toInt();
                const QString reference = file(QStringLiteral("reference-%1.sqlite").arg(version));
                {
                    auto db = Database::open(reference, QString(), folder);
                    QVERIFY2(db, qPrintable(db.error()));
                }
                schemaAt[version] = inspect(reference).schema;
            }
        }
        QCOMPARE(int(schemaAt.size()), latest);

        const QString database = file(QStringLiteral("migrating.sqlite"));
        const QStringList search = {QStringLiteral("ngo"), QStringLiteral("search"),
                                    QStringLiteral("veche")};
        QVERIFY(copyFresh(m_oldTemplate, database));
        const Timeline full = runWatchingTheNote(on(database, search), database);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        QCOMPARE(inspect(database).version, latest);
        qInfo("migration %d -> %d of %d organizations: run to the end in %lld ms, steps from %lld "
              "to %lld ms",
              oldSchemaVersion, latest, migrationOrganizations, full.finished, full.noteAppeared,
              full.noteGone);

        std::map<int, int> versionsSeen;
        for (const KillPoint &point : killPoints) {
            const Kill kill =
                killOnAFreshCopy(m_oldTemplate, database, on(database, search), point, full);
            checkWhereTheKillLanded(point, kill);
            if (QTest::currentTestFailed())
                return;
            const FileState after = inspect(database);
            QVERIFY2(after.problems.isEmpty(), qPrintable(after.problems.join(QLatin1Char('\n'))));
            QVERIFY2(after.version >= oldSchemaVersion && after.version <= latest, point.name);
            QCOMPARE(after.schema, schemaAt[after.version]);
            QCOMPARE(RawConnection(database).scalar(QStringLiteral(
                         "SELECT count(*) FROM organization WHERE name LIKE 'Asociația Veche %'")),
                     qint64(migrationOrganizations));
            ++versionsSeen[after.version];
            qInfo("migration killed at %s (%lld ms, %s): schema version %d", point.name, kill.at,
                  qPrintable(whereItLanded(kill)), after.version);

            // The next start finishes the update from where it stopped.
            const test::CliRun again = test::runCli(on(database, search));
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            const FileState finished = inspect(database);
            QCOMPARE(finished.version, latest);
            QVERIFY(finished.problems.isEmpty());
            QCOMPARE(finished.schema, schemaAt[latest]);
        }
        QVERIFY2(versionsSeen.size() >= 1, "no kill was checked");
    }

    // Two `ngo import` into one database at the same time, the second started once the first
    // holds the write lock: it waits up to the busy timeout, then imports after the first, or
    // gives up with the busy message and exit 1. The database holds exactly the rows of the
    // imports that succeeded.
    void twoImportsAtOnceEndWell()
    {
        const QString database = file(QStringLiteral("two.sqlite"));
        QVERIFY(copyFresh(m_template, database));
        const int before = int(inspect(database).rowCounts.at(QStringLiteral("organization")));
        const QString first = file(QStringLiteral("first.csv"));
        const QString second = file(QStringLiteral("second.csv"));
        QVERIFY(writeOrganizationsCsv(first, 100000, 4000));
        QVERIFY(writeOrganizationsCsv(second, 200000, 3000));

        std::unique_ptr<QProcess> a =
            test::startCli(on(database, {QStringLiteral("ngo"), QStringLiteral("import"), first}));
        QVERIFY(a);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(WriterNote::pathFor(database)) ||
                                     a->state() != QProcess::Running,
                                 20000);
        QVERIFY2(QFileInfo::exists(WriterNote::pathFor(database)),
                 "the first import never held the lock");
        std::unique_ptr<QProcess> b =
            test::startCli(on(database, {QStringLiteral("ngo"), QStringLiteral("import"), second}));
        QVERIFY(b);
        QVERIFY(a->waitForFinished(60000));
        QVERIFY(b->waitForFinished(60000));

        int expected = before;
        const std::pair<QProcess *, int> runs[] = {{a.get(), 4000}, {b.get(), 3000}};
        for (const auto &[run, rows] : runs) {
            QCOMPARE(run->exitStatus(), QProcess::NormalExit);
            const QString err = QString::fromUtf8(run->readAllStandardError());
            const QString out = QString::fromUtf8(run->readAllStandardOutput());
            if (run->exitCode() == 0) {
                QVERIFY2(out.contains(QStringLiteral("imported: %1,").arg(rows)), qPrintable(out));
                expected += rows;
            } else {
                QCOMPARE(run->exitCode(), 1);
                QVERIFY2(err.contains(QLatin1String(
                             "the database is busy: another import is running on this database")),
                         qPrintable(err));
            }
        }
        QCOMPARE(a->exitCode(), 0); // the first one never waits
        const FileState after = inspect(database);
        QVERIFY(after.problems.isEmpty());
        QCOMPARE(after.rowCounts.at(QStringLiteral("organization")), qint64(expected));
        RawConnection raw(database);
        const qint64 ofSecond = raw.scalar(
            QStringLiteral("SELECT count(*) FROM organization WHERE name LIKE '% 2_____'"));
        QCOMPARE(ofSecond, b->exitCode() == 0 ? 3000 : 0);
        qInfo("two imports at once: first exit %d, second exit %d; organizations %d", a->exitCode(),
              b->exitCode(), expected);
    }

    // While another import holds the database past the busy timeout (5 s), `ngo import` waits,
    // then names what holds it and exits 1, having written nothing.
    void busyImportNamesTheImportThatHoldsTheDatabase()
    {
        const QString database = file(QStringLiteral("held.sqlite"));
        QVERIFY(copyFresh(m_template, database));
        const FileState before = inspect(database);
        auto holder = Database::open(database, Database::OpenMode::ExistingOnly);
        QVERIFY2(holder, qPrintable(holder.error()));
        test::CliRun run;
        QElapsedTimer clock;
        {
            Transaction write(holder.value()->connection(), WriterNote::Activity::Import);
            QVERIFY(write.isActive());
            clock.start();
            run = test::runCli(on(database, {QStringLiteral("ngo"), QStringLiteral("import"),
                                             file(QStringLiteral("few.csv"))}));
        }
        QVERIFY2(clock.elapsed() >= 4500, "it did not wait for the busy timeout");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String(
                     "the database is busy: another import is running on this database (user ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String(", since ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(database)), qPrintable(run.err));
        holder.value().reset();
        QCOMPARE(inspect(database).rowCounts, before.rowCounts);
        QVERIFY(!QFileInfo::exists(WriterNote::pathFor(database)));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

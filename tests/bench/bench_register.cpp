// Benchmark of the national register import (run by hand, not by ctest):
//   bench_register [ROWS]          default 125000 rows, the size of the associations workbook
// Generates a register workbook with XlsxWorkbook (constant-memory mode, so inline strings) and
// the same rows as CSV, then times, each in a child process under /usr/bin/time (wall seconds and
// peak resident memory):
//   - ours: `ngo import-register`'s code path into a new database (one transaction, search index,
//     audit log, change feed);
//   - the floor: `unzip -p` of the sheet (and shared strings, when there are any) plus the sqlite3
//     command-line tool's `.import` of the same rows as CSV;
//   - LibreOffice Calc opening the workbook headless (converting it to CSV), when soffice exists;
//   - the next week's edition imported into that database, and its own floor;
//   - on PostgreSQL (issue 18), when its programs are here: a throwaway server on 127.0.0.1
//     (tests/support/PgCluster, as the tests start it), both editions imported the same way into
//     a new server database (its schema made first), against the server's floor: the same
//     `unzip -p` plus psql's \copy (COPY ... FROM STDIN) of the same rows into a plain table;
// and prints each ratio and the peak memory with its goal, met or missed.

#include "../nationalregister/RegisterWorkbook.h"
#include "BenchSupport.h"
#include "Measure.h"
#include "PgCluster.h"
#include "files/XlsxReader.h"
#include "files/XlsxWorkbook.h"
#include "nationalregister/NationalRegisterImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace dc;

namespace {

const char *const counties[] = {"Alba",      "Arad",
                                "Argeș",     "Bacău",
                                "Bihor",     "Bistrița-Năsăud",
                                "Botoșani",  "Brașov",
                                "Brăila",    "Municipiul București",
                                "Buzău",     "Caraș-Severin",
                                "Călărași",  "Cluj",
                                "Constanța", "Covasna",
                                "Dâmbovița", "Dolj",
                                "Galați",    "Giurgiu",
                                "Gorj",      "Harghita",
                                "Hunedoara", "Ialomița",
                                "Iași",      "Ilfov",
                                "Maramureș", "Mehedinți",
                                "Mureș",     "Neamț",
                                "Olt",       "Prahova",
                                "Satu Mare", "Sălaj",
                                "Sibiu",     "Suceava",
                                "Teleorman", "Timiș",
                                "Tulcea",    "Vaslui",
                                "Vâlcea",    "Vrancea"};
const char *const words[] = {"Asociația",  "Culturală",     "Sportivă",   "Tinerilor",
                             "Pentru",     "Dezvoltare",    "Comunitară", "Ștefan",
                             "Țara",       "Mureșului",     "Educație",   "Solidaritate",
                             "Vecinătate", "Întrajutorare", "Mediu",      "Ecologie"};
const char *const statuses[] = {"", "", "", "", "", "", "", "radiata", "in lichidare", "dizolvata"};

/// One register row for row number @p i: every tenth organization stands on two rows. The next
/// week's edition (@p edition 2) strikes off one active organization in 50 and renames one in 200.
QStringList rowFor(int i, int edition = 1)
{
    const int org = i - i / 11; // rows 10 and 11 of each 11 are one organization
    const bool struckOff = edition > 1 && org % 50 == 1;
    const bool renamed = edition > 1 && org % 200 == 3;
    QStringList row;
    row << QStringLiteral("%1 %2 %3 %4%5")
               .arg(QString::fromUtf8(words[0]), QString::fromUtf8(words[1 + org % 15]),
                    QString::fromUtf8(words[1 + (org / 15) % 15]))
               .arg(org)
               .arg(renamed ? QStringLiteral(" Nouă") : QString())
        << QStringLiteral("%1/A/%2").arg(org).arg(1990 + org % 36)
        << (struckOff ? QStringLiteral("radiata") : QString::fromUtf8(statuses[org % 10]))
        << QString::fromUtf8(counties[org % 42]) << QStringLiteral("Localitatea %1").arg(org % 3000)
        << QStringLiteral("Str. Libertății nr. %1, bl. %2").arg(org % 200).arg(org % 50)
        << QStringLiteral(
               "promovarea educației civice, a voluntariatului și a participării publice %1")
               .arg(org % 997)
        << (i % 11 == 10 ? QStringLiteral("protecția mediului și dezvoltare durabilă") : QString())
        << QString() << QString() << QString() << QString()
        << (org % 500 == 0 ? QStringLiteral("HG %1/2010").arg(org % 1000) : QString());
    return row;
}

bool generate(const QString &workbookPath, const QString &csvPath, int rows, int edition = 1)
{
    XlsxWorkbook book(workbookPath, XlsxWorkbook::Memory::Constant);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("Registru"));
    QFile csv(csvPath);
    if (!sheet || !csv.open(QIODevice::WriteOnly))
        return false;
    const QStringList header = test::registerHeader();
    book.writeText(sheet, 0, 0, QStringLiteral(u"REGISTRUL NAȚIONAL ONG - ASOCIAȚII"));
    book.writeRow(sheet, 2, header);
    csv.write(header.join(QLatin1Char(';')).toUtf8() + '\n');
    for (int i = 0; i < rows; ++i) {
        const QStringList row = rowFor(i, edition);
        book.writeRow(sheet, lxw_row_t(3 + i), row);
        csv.write(row.join(QLatin1Char(';')).toUtf8() + '\n');
    }
    return bool(book.close());
}

int stepImport(const QString &workbook, const QString &db, bool keep = false)
{
    if (!keep)
        QFile::remove(db);
    auto database = Database::open(db);
    if (!database)
        qFatal("%s", qPrintable(database.error()));
    NationalRegisterImporter importer(database.value()->connection());
    RegisterImportOptions options;
    options.kind = RegisterKind::Association;
    const auto summaries = importer.importFiles({workbook}, options);
    if (!summaries)
        qFatal("%s", qPrintable(summaries.error()));
    const RegisterImportSummary &s = summaries->constFirst();
    test::benchOut() << "read: " << s.read << ", added: " << s.added << ", changed: " << s.changed
                     << ", status-changed: " << s.statusChanged << ", unchanged: " << s.unchanged
                     << ", rejected: " << s.rejected.size() << '\n';
    return 0;
}

/// Reads the workbook only (no database): the reader's share of the import.
int stepRead(const QString &workbook)
{
    XlsxReader reader;
    if (Status s = reader.open(workbook); !s)
        qFatal("%s", qPrintable(s.error()));
    int rowNumber = 0;
    QStringList cells;
    qint64 rows = 0;
    qint64 characters = 0;
    while (reader.readRow(rowNumber, cells)) {
        ++rows;
        for (const QString &c : std::as_const(cells))
            characters += c.size();
    }
    if (!reader.error().isEmpty())
        qFatal("%s", qPrintable(reader.error()));
    test::benchOut() << "rows: " << rows << ", characters: " << characters << '\n';
    return 0;
}

/// Seconds of `unzip -p` of the sheet of @p workbook (and its shared strings, when there are any).
double unzipSeconds(const QString &workbook)
{
    return test::timed(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("unzip -p '%1' xl/worksheets/sheet1.xml > /dev/null; unzip "
                                       "-p '%1' xl/sharedStrings.xml > /dev/null 2>&1; true")
                            .arg(workbook)})
        .seconds;
}

/// The floor of importing @p workbook: `unzip -p` of its sheet (and shared strings, when there
/// are any) plus the sqlite3 command-line tool's .import of its rows as CSV (@p csv) into a plain
/// table of a new database @p db. Prints it as @p what and returns its seconds.
double printFloor(const QString &what, const QString &workbook, const QString &csv,
                  const QString &db)
{
    const double unzip = unzipSeconds(workbook);
    const test::ChildRun import = test::sqliteImport(csv, db, QStringLiteral("register"));
    const double floor = unzip + import.seconds;
    test::benchOut() << what << " (unzip -p " << unzip << " s + sqlite3 .import " << import.seconds
                     << " s into a plain table): " << floor << " s\n";
    return floor;
}

/// One edition (@p workbook, its rows as @p csv) imported into the server database at @p url in
/// a child process, beside the server's floor: `unzip -p` plus psql's \copy of the rows into the
/// plain table @p table of the database @p floorDatabase. Prints both and the ratio against
/// @p limit.
void serverEdition(const QString &what, const test::PgCluster &cluster, const QString &workbook,
                   const QString &csv, const QString &url, const QString &floorDatabase,
                   const QString &table, double limit)
{
    const test::ChildRun ours = test::timed(QCoreApplication::applicationFilePath(),
                                            {QStringLiteral("--step-import-into"), workbook, url});
    if (ours.exitCode != 0) {
        test::benchOut() << what << ": the import failed  [" << ours.output << "]\n";
        return;
    }
    test::benchOut() << what << ": " << ours.seconds << " s, peak " << ours.megabytes << " MB  ["
                     << ours.output << "]\n";
    const double unzip = unzipSeconds(workbook);
    const test::ChildRun copy = test::psqlCopy(cluster, floorDatabase, csv, table);
    if (copy.exitCode != 0) {
        test::benchOut() << what << ": the floor failed: " << copy.output << '\n';
        return;
    }
    const double floor = unzip + copy.seconds;
    test::benchOut() << what << ", its floor (unzip -p " << unzip << " s + psql \\copy "
                     << copy.seconds << " s into a plain table): " << floor << " s\n";
    test::printRatioAtMost(what + QStringLiteral(" / its floor"), ours.seconds, floor, limit);
    test::printMemoryGoal(what, ours.megabytes);
}

/// Both editions on a throwaway PostgreSQL server, each against its floor there.
void serverSide(const QString &workbook, const QString &csv, const QString &next,
                const QString &nextCsv)
{
    if (const QString why = test::PgCluster::unavailableReason(); !why.isEmpty()) {
        test::benchOut() << "server: skipped (" << why << ")\n";
        return;
    }
    test::PgCluster cluster;
    if (Status started = cluster.start(); !started) {
        test::benchOut() << "server: not started (" << started.error() << ")\n";
        return;
    }
    const QString name = QStringLiteral("register");
    const QString floorName = QStringLiteral("register_floor");
    if (!cluster.createDatabase(name) || !cluster.createDatabase(floorName)) {
        test::benchOut() << "server: the databases could not be made\n";
        return;
    }
    // The schema made first, as a department's database is before its first import.
    if (auto made = Database::open(cluster.url(name)); !made) {
        test::benchOut() << "server: " << made.error() << '\n';
        return;
    }
    test::benchOut() << "-- on PostgreSQL 15 (127.0.0.1) --\n";
    serverEdition(QStringLiteral("server import-register into a new database"), cluster, workbook,
                  csv, cluster.url(name), floorName, QStringLiteral("register1"), 3);
    serverEdition(QStringLiteral("server next edition into that database"), cluster, next, nextCsv,
                  cluster.url(name), floorName, QStringLiteral("register2"), 1.5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--step-import"))
        return stepImport(args.at(2), args.at(3));
    if (args.size() == 4 && args.at(1) == QLatin1String("--step-import-into"))
        return stepImport(args.at(2), args.at(3), true);
    if (args.size() == 3 && args.at(1) == QLatin1String("--step-read"))
        return stepRead(args.at(2));

    const int rows = args.size() > 1 ? args.at(1).toInt() : 125000;
    QTemporaryDir dir;
    // BENCH_REGISTER_KEEP=1 keeps the workbook (to profile: bench_register --step-import FILE DB).
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_REGISTER_KEEP"));
    const QString workbook = dir.filePath(QStringLiteral("asociatii.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("asociatii.csv"));
    QElapsedTimer t;
    t.start();
    if (!generate(workbook, csv, rows))
        qFatal("cannot write the workbook");
    test::benchOut() << "rows " << rows << ", workbook " << QFile(workbook).size() / 1e6
                     << " MB, generated in " << t.elapsed() / 1000.0 << " s\n";
    if (!dir.autoRemove())
        test::benchOut() << "kept in " << dir.path() << '\n';

    const test::ChildRun ours =
        test::timed(app.applicationFilePath(), {QStringLiteral("--step-import"), workbook,
                                                dir.filePath(QStringLiteral("ours.sqlite"))});
    test::benchOut() << "ours (import-register into a new database): " << ours.seconds
                     << " s, peak " << ours.megabytes << " MB  [" << ours.output << "]\n";
    const double floor = printFloor(QStringLiteral("floor"), workbook, csv,
                                    dir.filePath(QStringLiteral("floor.sqlite")));
    test::printRatioAtMost(QStringLiteral("ours / floor"), ours.seconds, floor, 3);
    test::LibreOffice(dir.filePath(QStringLiteral("libreoffice"))).compare(workbook, ours.seconds);
    test::printMemoryGoal(QStringLiteral("ours"), ours.megabytes);

    // The weekly case: the next edition (1 % more organizations, 2 % struck off, 0.5 % renamed)
    // into the database that holds this one.
    const QString next = dir.filePath(QStringLiteral("asociatii-2.xlsx"));
    const QString nextCsv = dir.filePath(QStringLiteral("asociatii-2.csv"));
    if (!generate(next, nextCsv, rows + rows / 100, 2))
        qFatal("cannot write the second workbook");
    const test::ChildRun weekly =
        test::timed(app.applicationFilePath(), {QStringLiteral("--step-import-into"), next,
                                                dir.filePath(QStringLiteral("ours.sqlite"))});
    test::benchOut() << "next edition into that database: " << weekly.seconds << " s, peak "
                     << weekly.megabytes << " MB  [" << weekly.output << "]\n";
    const double nextFloor = printFloor(QStringLiteral("floor of the next edition"), next, nextCsv,
                                        dir.filePath(QStringLiteral("floor-2.sqlite")));
    test::printRatioAtMost(QStringLiteral("next edition / its floor"), weekly.seconds, nextFloor,
                           1.5);
    // Reading the workbook alone, no database: what any import of it pays before comparing a row.
    const test::ChildRun read =
        test::timed(app.applicationFilePath(), {QStringLiteral("--step-read"), next});
    test::benchOut() << "reading the next edition alone (XlsxReader, no database): " << read.seconds
                     << " s = " << QString::number(read.seconds / nextFloor, 'f', 2)
                     << "x its floor  [" << read.output << "]\n";
    test::printMemoryGoal(QStringLiteral("next edition"), weekly.megabytes);
    serverSide(workbook, csv, next, nextCsv);
    return 0;
}

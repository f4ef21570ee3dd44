// Benchmark of the national register import (run by hand, not by ctest):
//   bench_register [ROWS]          default 125000 rows, the size of the associations workbook
// Generates a register workbook with XlsxWorkbook (constant-memory mode, so inline strings) and
// the same rows as CSV, then times, each in a child process under /usr/bin/time (wall seconds and
// peak resident memory):
//   - ours: `ngo import-register`'s code path into a new database (one transaction, search index,
//     audit log, change feed);
//   - the floor: `unzip -p` of the sheet (and shared strings, when there are any) plus the sqlite3
//     command-line tool's `.import` of the same rows as CSV;
//   - LibreOffice Calc opening the workbook headless (converting it to CSV), when soffice exists.

#include "../nationalregister/RegisterWorkbook.h"
#include "Measure.h"
#include "files/XlsxReader.h"
#include "files/XlsxWorkbook.h"
#include "nationalregister/NationalRegisterImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

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

struct Measure
{
    double seconds = 0;
    double megabytes = 0;
    QString output;
};

/// Runs @p program under /usr/bin/time: wall seconds and peak resident memory of the whole tree.
Measure timed(const QString &program, const QStringList &arguments, const QByteArray &input = {})
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
    Measure r;
    r.seconds = m.captured(1).toDouble();
    r.megabytes = m.captured(2).toDouble() / 1024.0;
    r.output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return r;
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

    const Measure ours =
        timed(app.applicationFilePath(), {QStringLiteral("--step-import"), workbook,
                                          dir.filePath(QStringLiteral("ours.sqlite"))});
    test::benchOut() << "ours (import-register into a new database): " << ours.seconds
                     << " s, peak " << ours.megabytes << " MB  [" << ours.output << "]\n";

    const Measure unzip =
        timed(QStringLiteral("/bin/sh"),
              {QStringLiteral("-c"),
               QStringLiteral("unzip -p '%1' xl/worksheets/sheet1.xml > /dev/null; unzip -p '%1' "
                              "xl/sharedStrings.xml > /dev/null 2>&1; true")
                   .arg(workbook)});
    const Measure import =
        timed(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("floor.sqlite"))},
              QStringLiteral(".mode csv\n.separator ;\n.import '%1' register\n").arg(csv).toUtf8());
    const double floor = unzip.seconds + import.seconds;
    test::benchOut() << "floor (unzip -p " << unzip.seconds << " s + sqlite3 .import "
                     << import.seconds << " s): " << floor << " s, peak "
                     << std::max(unzip.megabytes, import.megabytes) << " MB\n";
    test::benchOut() << "ours / floor: " << (floor > 0 ? ours.seconds / floor : 0)
                     << "x (goal: at most 3x)\n";

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        test::benchOut() << "LibreOffice: soffice not installed, skipped (apt-get install "
                            "libreoffice-calc-nogui)\n";
    } else {
        const Measure lo = timed(
            soffice,
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
             QStringLiteral("--headless"), QStringLiteral("--norestore"),
             QStringLiteral("--convert-to"), QStringLiteral("csv"), QStringLiteral("--outdir"),
             dir.filePath(QStringLiteral("lo-out")), workbook});
        test::benchOut() << "LibreOffice Calc headless (open + convert to CSV): " << lo.seconds
                         << " s, peak " << lo.megabytes << " MB; LibreOffice / ours: "
                         << (ours.seconds > 0 ? lo.seconds / ours.seconds : 0)
                         << "x (goal: at least 3x)\n";
    }
    test::benchOut() << "memory goal: under 150 MB -> " << (ours.megabytes < 150 ? "met" : "missed")
                     << '\n';

    // The weekly case: the next edition (1 % more organizations, 2 % struck off, 0.5 % renamed)
    // into the database that holds this one.
    const QString next = dir.filePath(QStringLiteral("asociatii-2.xlsx"));
    if (!generate(next, dir.filePath(QStringLiteral("asociatii-2.csv")), rows + rows / 100, 2))
        qFatal("cannot write the second workbook");
    const Measure weekly =
        timed(app.applicationFilePath(), {QStringLiteral("--step-import-into"), next,
                                          dir.filePath(QStringLiteral("ours.sqlite"))});
    test::benchOut() << "next edition into that database: " << weekly.seconds << " s, peak "
                     << weekly.megabytes << " MB  [" << weekly.output << "]\n";
    return 0;
}

#include "BoundedChild.h"
#include "DatabaseTest.h"
#include "HostileWorkbook.h"
#include "RegisterWorkbook.h"
#include "files/XlsxReader.h"
#include "files/XlsxWorkbook.h"
#include "nationalregister/NationalRegisterImporter.h"
#include "nationalregister/RegisterChangeExporter.h"
#include "nationalregister/RegisterChangeModel.h"
#include "nationalregister/RegisterChangeRepository.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace dc;
using dc::test::registerRow;
using dc::test::writeRegisterWorkbook;

// The national register import: workbooks written in the test (shared and inline strings, title
// rows, several rows per organization, two editions), damaged files, the change feed.
class TestRegisterImport final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_db->filePath(name); }

    Result<RegisterImportSummary>
    import(const QString &file, std::optional<RegisterKind> kind = RegisterKind::Association)
    {
        NationalRegisterImporter importer(m_db->connection());
        RegisterImportOptions options;
        options.kind = kind;
        Result<QList<RegisterImportSummary>> r = importer.importFiles({file}, options);
        if (!r)
            return Result<RegisterImportSummary>::failure(r.error());
        return r->constFirst();
    }

    // The first column of the first row of @p sql (a text, a list); invalid when it fails.
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    QString field(const QString &number, const QString &column)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("SELECT %1 FROM organization WHERE registry_number = ?").arg(column));
        q.addBindValue(number);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    QStringList changeKinds()
    {
        QStringList kinds;
        for (const RegisterChange &c :
             RegisterChangeRepository(m_db->connection()).lastImportChanges())
            kinds << c.kind + QLatin1Char(' ') + c.registryNumber;
        kinds.sort();
        return kinds;
    }

    /// Reads @p file whole in a child process whose address space may grow by 512 MB at most
    /// (a reader that keeps what it inflates dies of bad_alloc there) and that is killed after a
    /// minute; the child writes the reader's error and the milliseconds it took to @p report.
    static bool readInBoundedMemory(const QString &file, const QString &report)
    {
        return test::runInBoundedChild(512 * 1024 * 1024, 60'000, [&] {
            QElapsedTimer timer;
            timer.start();
            XlsxReader reader;
            QString error;
            if (const Status s = reader.open(file); !s) {
                error = s.error();
            } else {
                int row = 0;
                QStringList cells;
                while (reader.readRow(row, cells)) {
                }
                error = reader.error();
            }
            const QByteArray text = QByteArray::number(timer.elapsed()) + '\n' + error.toUtf8();
            return test::writeFile(report, text) ? 0 : 1;
        });
    }

    // asociatii.xlsx with @p n generated associations of Cluj ("Asociația 0", registry number
    // "0/A", purposes "scopul0", ...); its path, empty when it could not be written.
    QString generatedWorkbook(int n) const
    {
        QList<QStringList> rows;
        for (int i = 0; i < n; ++i)
            rows << registerRow(QStringLiteral("Asociația %1").arg(i),
                                QStringLiteral("%1/A").arg(i), {}, QStringLiteral("Cluj"),
                                QStringLiteral("scopul%1").arg(i));
        const QString file = path(QStringLiteral("asociatii.xlsx"));
        return writeRegisterWorkbook(file, rows) ? file : QString();
    }

    QList<QStringList> firstEdition() const
    {
        return {registerRow(QStringLiteral("Asociația Alfa"), QStringLiteral("1/A/2001"), {},
                            QStringLiteral("Cluj"), QStringLiteral("educație civică")),
                registerRow(QStringLiteral("Asociația Beta"), QStringLiteral("2/A/2002"), {},
                            QStringLiteral("Iași")),
                registerRow(QStringLiteral("Asociația Gama"), QStringLiteral("3/A/2003"), {},
                            QStringLiteral("Arad")),
                registerRow(QStringLiteral("Asociația Delta"), QStringLiteral("4/A/2004"), {},
                            QStringLiteral("Dolj")),
                registerRow(QStringLiteral("Asociația Epsilon"), QStringLiteral("5/A/2005"), {},
                            QStringLiteral("Sibiu")),
                registerRow(QStringLiteral("Asociația Zeta"), QStringLiteral("6/A/2006"), {},
                            QStringLiteral("Alba"))};
    }

private Q_SLOTS:
    void readerSkipsEmptyCellsAndConvertsNumbers()
    {
        QVERIFY(writeRegisterWorkbook(
            path(QStringLiteral("a.xlsx")),
            {{QStringLiteral("Nume"), QString(), QStringLiteral("#42"), QStringLiteral("#2.5")}},
            {.inlineStrings = false, .titleRow = true, .trailingEmptyRows = 3}));
        XlsxReader reader;
        QVERIFY(reader.open(path(QStringLiteral("a.xlsx"))));
        int row = 0;
        QStringList cells;
        QVERIFY(reader.readRow(row, cells));
        QCOMPARE(row, 1);
        QVERIFY(cells.constFirst().startsWith(QStringLiteral("REGISTRUL NAȚIONAL")));
        QVERIFY(reader.readRow(row, cells)); // row 2 is empty and skipped
        QCOMPARE(row, 3);
        QCOMPARE(cells.constFirst(), QStringLiteral("Denumire"));
        QVERIFY(reader.readRow(row, cells));
        QCOMPARE(row, 4);
        QCOMPARE(cells, (QStringList{QStringLiteral("Nume"), QString(), QStringLiteral("42"),
                                     QStringLiteral("2.5")}));
        QVERIFY(!reader.readRow(row, cells)); // trailing formatted empty rows are no rows
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    }

    // Issue 19: a workbook that inflates far beyond its size (a "zip bomb") is refused, naming the
    // cap, in a fraction of a second and in bounded memory; a 1 MB workbook with one 1 GiB cell
    // took 3.1 GB of memory, one with a 2 GiB styles.xml 10.5 GB and 40 s. The archive may lie
    // about a part's size: reading stops at the cap all the same.
    void workbookBombsAreRefusedWithTheCapNamed_data()
    {
        QTest::addColumn<QByteArray>("part");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<qint64>("runBytes");
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<qint64>("declaredSize");
        QTest::addColumn<QString>("cap");
        const QByteArray sheet =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        const QByteArray longCell = sheet + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>";
        const QByteArray endCell = "</t></is></c></row></sheetData></worksheet>";
        const QByteArray strings =
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<si><t>Denumire</t></si><si><t>";
        const QByteArray styles =
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        const qint64 huge = 256 * 1024 * 1024;
        const QString cellCap = QStringLiteral(
            ": the workbook is refused: cell B2 holds more than 32767 characters, Excel's limit "
            "for one cell.");
        const QString ratioCap = QStringLiteral(
            ": the workbook is refused: its part xl/worksheets/sheet1.xml inflates to more than "
            "200 times its compressed size, the limit (a \"zip bomb\").");
        QTest::newRow("cell of 40,000 characters")
            << QByteArray("xl/worksheets/sheet1.xml") << longCell << qint64(40'000) << endCell
            << qint64(0) << cellCap;
        QTest::newRow("cell of 256 MB") << QByteArray("xl/worksheets/sheet1.xml") << longCell
                                        << huge << endCell << qint64(0) << ratioCap;
        // minizip inflates no more than the size declared: the rest fails the checksum.
        QTest::newRow("cell of 256 MB, sizes lie")
            << QByteArray("xl/worksheets/sheet1.xml") << longCell << huge << endCell << qint64(1000)
            << QStringLiteral(": the workbook cannot be read; the file is damaged or truncated");
        QTest::newRow("shared string of 40,000 characters")
            << QByteArray("xl/sharedStrings.xml") << strings << qint64(40'000)
            << QByteArray("</t></si></sst>") << qint64(0)
            << QStringLiteral(": the workbook is refused: shared string 2 holds more than 32767 "
                              "characters, Excel's limit for one cell.");
        QTest::newRow("styles of 256 MB")
            << QByteArray("xl/styles.xml") << styles << huge << QByteArray("</styleSheet>")
            << qint64(0)
            << QStringLiteral(": the workbook is refused: its part xl/styles.xml inflates to more "
                              "than 16 MB, the limit for that part.");
        QTest::newRow("sheet of 256 MB")
            << QByteArray("xl/worksheets/sheet1.xml") << sheet << huge
            << QByteArray("</sheetData></worksheet>") << qint64(0) << ratioCap;
    }

    void workbookBombsAreRefusedWithTheCapNamed()
    {
        QFETCH(QByteArray, part);
        QFETCH(QByteArray, prefix);
        QFETCH(qint64, runBytes);
        QFETCH(QByteArray, suffix);
        QFETCH(qint64, declaredSize);
        QFETCH(QString, cap);
        const QString file = path(QStringLiteral("bomb.xlsx"));
        const char run = part == "xl/styles.xml" || suffix.startsWith("</sheetData>") ? ' ' : 'a';
        QVERIFY(test::writeHostileZip(
            file, test::workbookParts({part, prefix, run, runBytes, suffix, declaredSize})));
        QVERIFY(QFileInfo(file).size() < 1024 * 1024);
        const QString report = path(QStringLiteral("report.txt"));
        QVERIFY2(readInBoundedMemory(file, report),
                 "the reader ran out of its 512 MB, crashed or did not stop within a minute");
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const qint64 ms = reportFile.readLine().trimmed().toLongLong();
        const QString error = QString::fromUtf8(reportFile.readAll());
        QVERIFY2(error.startsWith(file + cap), qPrintable(error));
        // A sanity bound for a loaded machine; the refusals take milliseconds.
        QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        qDebug("%s: refused in %lld ms", QTest::currentDataTag(), ms);
    }

    // The register import refuses such a workbook with the reader's message and writes nothing.
    void registerImportRefusesABombAndWritesNothing()
    {
        const QString file = path(QStringLiteral("bomb.xlsx"));
        QVERIFY(test::writeHostileZip(
            file,
            test::workbookParts(
                {"xl/worksheets/sheet1.xml",
                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                 "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>",
                 'a', 256 * 1024 * 1024, "</t></is></c></row></sheetData></worksheet>", 0})));
        const int organizations = scalar(QStringLiteral("SELECT count(*) FROM organization"));
        const auto r = import(file);
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(file + QStringLiteral(": the workbook is refused: ")),
                 qPrintable(r.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_import")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organization")), organizations);
    }

    // Issue 19: a date-formatted 1e308 was converted to qint64 (undefined behaviour); a number that
    // is no Excel date (negative, past 9999-12-31, not finite) is read as the number it is.
    void impossibleDatesAreReadAsNumbers()
    {
        const QString file = path(QStringLiteral("dates.xlsx"));
        XlsxWorkbook book(file);
        QVERIFY(book.isGood());
        lxw_worksheet *sheet = book.addSheet(QStringLiteral("Registru"));
        lxw_format *date = book.addFormat();
        format_set_num_format(date, "yyyy-mm-dd");
        book.writeNumber(sheet, 0, 0, 45000, date);
        book.writeNumber(sheet, 0, 1, 1e308, date);
        book.writeNumber(sheet, 0, 2, -1e308, date);
        book.writeNumber(sheet, 0, 3, 2958466, date);
        const Status closed = book.close();
        QVERIFY2(closed, qPrintable(closed.error()));
        XlsxReader reader;
        QVERIFY(reader.open(file));
        int row = 0;
        QStringList cells;
        QVERIFY(reader.readRow(row, cells));
        QCOMPARE(cells, (QStringList{QStringLiteral("2023-03-15"), QStringLiteral("1e+308"),
                                     QStringLiteral("-1e+308"), QStringLiteral("2958466")}));
    }

    void registryNumberWithoutDigitsIsRejected()
    {
        QVERIFY(writeRegisterWorkbook(
            path(QStringLiteral("nan.xlsx")),
            {registerRow(QStringLiteral("Asociația NaN"), QStringLiteral("NaN"), {},
                         QStringLiteral("Cluj")),
             registerRow(QStringLiteral("Asociația Inf"), QStringLiteral("inf"), {},
                         QStringLiteral("Cluj")),
             registerRow(QStringLiteral("Asociația Bună"), QStringLiteral("7/A/2007"), {},
                         QStringLiteral("Cluj"))},
            {.inlineStrings = false, .titleRow = false, .trailingEmptyRows = 0}));
        const Result<RegisterImportSummary> s =
            import(path(QStringLiteral("nan.xlsx")), RegisterKind::Association);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->added, 1);
        QCOMPARE(s->rejected.size(), 2);
        QVERIFY2(s->rejected.at(0).reason.contains(QLatin1String("'NaN' is not a registry number")),
                 qPrintable(s->rejected.at(0).reason));
        QVERIFY2(s->rejected.at(1).reason.contains(QLatin1String("'inf' is not a registry number")),
                 qPrintable(s->rejected.at(1).reason));
    }

    void sharedStringsTitleRowAndSeveralRowsForOneOrganization()
    {
        QList<QStringList> rows{
            registerRow(QStringLiteral("Asociația Alfa"), QStringLiteral("1/A/2001"), {},
                        QStringLiteral("Cluj"), QStringLiteral("educație civică")),
            registerRow(QStringLiteral("Asociația Alfa"), QStringLiteral("1/A/2001"), {},
                        QStringLiteral("Cluj"), {}, QStringLiteral("protecția mediului")),
            registerRow(QStringLiteral("Fundația Beta"), QStringLiteral("2/A/2002"),
                        QStringLiteral("radiata"), QStringLiteral("Iași"))};
        rows[0] << QString() << QString() << QString() << QString()
                << QStringLiteral("HG 123/2010");
        QVERIFY(writeRegisterWorkbook(
            path(QStringLiteral("asociatii.xlsx")), rows,
            {.inlineStrings = false, .titleRow = true, .trailingEmptyRows = 2}));
        const Result<RegisterImportSummary> s =
            import(path(QStringLiteral("asociatii.xlsx")), std::nullopt);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->kind, RegisterKind::Association); // from the file's name
        QCOMPARE(s->read, 3);
        QCOMPARE(s->added, 2);
        QVERIFY(s->rejected.isEmpty());
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("purposes")),
                 QStringLiteral("educație civică\nprotecția mediului"));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("public_utility")),
                 QStringLiteral("HG 123/2010"));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("legal_form")),
                 QStringLiteral("association"));
        QCOMPARE(field(QStringLiteral("2/A/2002"), QStringLiteral("status")),
                 QStringLiteral("struck_off"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_import")), 1);
        // The purposes are searchable, without diacritics.
        QCOMPARE(test::searchHits(m_db->connection(), QStringLiteral("mediului")), 1);
    }

    void inlineStringsAndNumericRegistryNumbers()
    {
        QVERIFY(writeRegisterWorkbook(
            path(QStringLiteral("registru.xlsx")),
            {registerRow(QStringLiteral("Uniunea Alfa"), QStringLiteral("#12345"), {},
                         QStringLiteral("Municipiul București"))},
            {.inlineStrings = true, .titleRow = true, .trailingEmptyRows = 0}));
        QVERIFY(QFile(path(QStringLiteral("registru.xlsx"))).open(QIODevice::ReadOnly));
        const Result<RegisterImportSummary> s =
            import(path(QStringLiteral("registru.xlsx")), RegisterKind::Union);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->added, 1);
        QCOMPARE(field(QStringLiteral("12345"), QStringLiteral("name")),
                 QStringLiteral("Uniunea Alfa"));
        QCOMPARE(field(QStringLiteral("12345"), QStringLiteral("legal_form")),
                 QStringLiteral("union"));
    }

    void rejectedRowsAreListedAndDoNotStopTheOthers()
    {
        QVERIFY(writeRegisterWorkbook(
            path(QStringLiteral("r.xlsx")),
            {registerRow({}, QStringLiteral("1/A"), {}, QStringLiteral("Cluj")),
             registerRow(QStringLiteral("Fără număr"), {}, {}, QStringLiteral("Cluj")),
             registerRow(QStringLiteral("Atlantis"), QStringLiteral("3/A"), {},
                         QStringLiteral("Atlantida")),
             registerRow(QStringLiteral("Bună"), QStringLiteral("4/A"), {},
                         QStringLiteral("Cluj"))},
            {.inlineStrings = false, .titleRow = true, .trailingEmptyRows = 0}));
        const Result<RegisterImportSummary> s = import(path(QStringLiteral("r.xlsx")));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->read, 4);
        QCOMPARE(s->added, 1);
        QCOMPARE(s->rejected.size(), 3);
        // Sheet row numbers: title row 1, empty row 2, header row 3, data from row 4.
        QCOMPARE(s->rejected.at(0).row, 4);
        QVERIFY(s->rejected.at(0).reason.contains(QLatin1String("Denumire")));
        QCOMPARE(s->rejected.at(1).row, 5);
        QVERIFY(s->rejected.at(1).reason.contains(QLatin1String("Numar inreg Reg National")));
        QCOMPARE(s->rejected.at(2).row, 6);
        QVERIFY(s->rejected.at(2).reason.contains(QLatin1String("Atlantida")));
        QCOMPARE(scalar(QStringLiteral("SELECT rejected FROM register_import")), 3);
    }

    void statusChangesRenamesAndMovesBetweenEditions()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e1.xlsx")), firstEdition()));
        QVERIFY(import(path(QStringLiteral("e1.xlsx"))));
        QList<QStringList> second = firstEdition();
        second[1][2] = QStringLiteral("radiata");
        second[2][2] = QStringLiteral("in lichidare");
        second[3][2] = QStringLiteral("dizolvata");
        second[4][0] = QStringLiteral("Asociația Epsilon Nouă");
        second[5][3] = QStringLiteral("Arad");
        second << registerRow(QStringLiteral("Asociația Eta"), QStringLiteral("7/A/2026"), {},
                              QStringLiteral("Vaslui"));
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e2.xlsx")), second));
        const Result<RegisterImportSummary> s = import(path(QStringLiteral("e2.xlsx")));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->added, 1);
        QCOMPARE(s->statusChanged, 3);
        QCOMPARE(s->changed, 2);
        QCOMPARE(s->unchanged, 1);
        QCOMPARE(changeKinds(), (QStringList{QStringLiteral("added 7/A/2026"),
                                             QStringLiteral("dissolved 4/A/2004"),
                                             QStringLiteral("in_liquidation 3/A/2003"),
                                             QStringLiteral("moved_county 6/A/2006"),
                                             QStringLiteral("renamed 5/A/2005"),
                                             QStringLiteral("struck_off 2/A/2002")}));
        QCOMPARE(field(QStringLiteral("2/A/2002"), QStringLiteral("status")),
                 QStringLiteral("struck_off"));
        QCOMPARE(field(QStringLiteral("6/A/2006"),
                       QStringLiteral("(SELECT name FROM county WHERE id = county_id)")),
                 QStringLiteral("Arad"));
        for (const RegisterChange &c :
             RegisterChangeRepository(m_db->connection()).lastImportChanges()) {
            if (c.kind == QLatin1String("moved_county"))
                QCOMPARE(c.detail(), QStringLiteral("Alba → Arad"));
            if (c.kind == QLatin1String("renamed"))
                QCOMPARE(c.detail(), QStringLiteral("Asociația Epsilon → Asociația Epsilon Nouă"));
        }
    }

    void sameFileTwiceChangesNothingAndSaysSo()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e1.xlsx")), firstEdition()));
        QVERIFY(import(path(QStringLiteral("e1.xlsx"))));
        const int audit = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString updated =
            value(QStringLiteral("SELECT max(updated_at) FROM organization")).toString();
        const Result<RegisterImportSummary> s = import(path(QStringLiteral("e1.xlsx")));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->added + s->changed + s->statusChanged, 0);
        QCOMPARE(s->unchanged, 6);
        QVERIFY(!s->alreadyImportedAt.isEmpty());
        QCOMPARE(s->importId, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_import")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        QCOMPARE(value(QStringLiteral("SELECT max(updated_at) FROM organization")).toString(),
                 updated);
    }

    void officeDataIsNeverOverwritten()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e1.xlsx")), firstEdition()));
        QVERIFY(import(path(QStringLiteral("e1.xlsx"))));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE organization SET email = 'alfa@example.ro', cif = '14186770', "
                           "notes = 'partener', volunteering = 1, phone = '0264000000' "
                           "WHERE registry_number = '1/A/2001'")));
        QList<QStringList> second = firstEdition();
        second[0][0] = QStringLiteral("Asociația Alfa Cluj");
        second[0][2] = QStringLiteral("in lichidare");
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e2.xlsx")), second));
        QVERIFY(import(path(QStringLiteral("e2.xlsx"))));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("name")),
                 QStringLiteral("Asociația Alfa Cluj"));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("email")),
                 QStringLiteral("alfa@example.ro"));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("cif")),
                 QStringLiteral("14186770"));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("notes")),
                 QStringLiteral("partener"));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("volunteering")),
                 QStringLiteral("1"));
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("phone")),
                 QStringLiteral("0264000000"));
    }

    void damagedFilesFailWithOneMessageAndWriteNothing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("corrupt sheet") << QStringLiteral("corrupt");
        QTest::newRow("not a workbook") << QStringLiteral("text");
    }

    void damagedFilesFailWithOneMessageAndWriteNothing()
    {
        QFETCH(QString, damage);
        QList<QStringList> rows;
        for (int i = 0; i < 3000; ++i)
            rows << registerRow(QStringLiteral("Asociația %1").arg(i),
                                QStringLiteral("%1/A/2020").arg(i), {}, QStringLiteral("Cluj"),
                                QStringLiteral("scop %1").arg(i * 7919));
        const QString good = path(QStringLiteral("good.xlsx"));
        QVERIFY(writeRegisterWorkbook(
            good, rows, {.inlineStrings = true, .titleRow = false, .trailingEmptyRows = 0}));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        if (damage == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2);
        } else if (damage == QLatin1String("corrupt")) {
            const qsizetype sheet = bytes.indexOf("xl/worksheets/sheet1.xml");
            QVERIFY(sheet > 0);
            for (qsizetype i = sheet + 2000; i < sheet + 2064; ++i)
                bytes[i] = char(bytes[i] ^ 0x5a);
        } else {
            bytes = "Denumire;Judet\nAlfa;Cluj\n";
        }
        const QString bad = path(QStringLiteral("bad.xlsx"));
        QVERIFY(test::writeFile(bad, bytes));
        const int organizations = scalar(QStringLiteral("SELECT count(*) FROM organization"));
        // The good file first, in the same import: it must be rolled back too.
        NationalRegisterImporter importer(m_db->connection());
        RegisterImportOptions options;
        options.kind = RegisterKind::Association;
        const Result<QList<RegisterImportSummary>> r = importer.importFiles({good, bad}, options);
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(bad + QLatin1Char(':')), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QLatin1String("damaged")) ||
                     r.error().contains(QLatin1String("not an XLSX")),
                 qPrintable(r.error()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organization")), organizations);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_import")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_change")), 0);
    }

    // A known organization on several rows of the new edition is compared once, from the edition
    // before to what its rows make together: counted once, one audit row, its change rows from the
    // old values; rows that end where they began change nothing.
    void severalRowsOfAKnownOrganizationAreComparedOnce()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e1.xlsx")), firstEdition()));
        QVERIFY(import(path(QStringLiteral("e1.xlsx"))));
        QList<QStringList> second = firstEdition();
        QStringList alfaLiquidation = second.at(0);
        alfaLiquidation[2] = QStringLiteral("in lichidare");
        QStringList alfaStruckOff = second.at(0);
        alfaStruckOff[0] = QStringLiteral("Asociația Alfa Nouă");
        alfaStruckOff[2] = QStringLiteral("radiata");
        QStringList betaStruckOff = second.at(1);
        betaStruckOff[2] = QStringLiteral("radiata");
        // Alfa: as before, then in liquidation, then renamed and struck off (apart, in between the
        // others). Beta: struck off, then active again on its latest row.
        second = {second.at(0), alfaLiquidation, betaStruckOff, second.at(1), second.at(2),
                  second.at(3), alfaStruckOff,   second.at(4),  second.at(5)};
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e2.xlsx")), second));
        const qint64 alfa =
            value(QStringLiteral("SELECT id FROM organization WHERE registry_number = '1/A/2001'"))
                .toLongLong();
        const int auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));

        const Result<RegisterImportSummary> s = import(path(QStringLiteral("e2.xlsx")));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->read, 9);
        QCOMPARE(s->added, 0);
        QCOMPARE(s->statusChanged, 1);
        QCOMPARE(s->changed, 0);
        QCOMPARE(s->unchanged, 5);
        QCOMPARE(changeKinds(), (QStringList{QStringLiteral("renamed 1/A/2001"),
                                             QStringLiteral("struck_off 1/A/2001")}));
        for (const RegisterChange &c :
             RegisterChangeRepository(m_db->connection()).lastImportChanges()) {
            if (c.kind == QLatin1String("struck_off"))
                QCOMPARE(c.oldValue, QStringLiteral("active"));
            else
                QCOMPARE(c.detail(), QStringLiteral("Asociația Alfa → Asociația Alfa Nouă"));
            QCOMPARE(c.name, QStringLiteral("Asociația Alfa Nouă"));
        }
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("status")),
                 QStringLiteral("struck_off"));
        QCOMPARE(field(QStringLiteral("2/A/2002"), QStringLiteral("status")),
                 QStringLiteral("active"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT row_id, old_values, new_values, import_id FROM "
                                      "audit_log ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), alfa);
        // The change row carries the id of the import's record, and so does the organization.
        QCOMPARE(q.value(3).toLongLong(),
                 value(QStringLiteral("SELECT max(id) FROM data_import")).toLongLong());
        QCOMPARE(field(QStringLiteral("1/A/2001"), QStringLiteral("import_id")).toLongLong(),
                 q.value(3).toLongLong());
        QVERIFY2(q.value(1).toString().contains(QLatin1String("\"status\":\"active\"")),
                 qPrintable(q.value(1).toString()));
        QVERIFY2(q.value(2).toString().contains(QLatin1String("\"status\":\"struck_off\"")),
                 qPrintable(q.value(2).toString()));
    }

    // A new organization is written at its first row; a later row of it, whether it is still
    // waiting to be written or written already, makes what was added, its audit and change rows.
    void laterRowsOfANewOrganizationMakeWhatIsAdded()
    {
        QList<QStringList> rows;
        rows << registerRow(QStringLiteral("Asociația Primă"), QStringLiteral("1/A/2020"), {},
                            QStringLiteral("Cluj"));
        rows << registerRow(QStringLiteral("Asociația Vecină"), QStringLiteral("2/A/2020"), {},
                            QStringLiteral("Cluj"));
        rows << registerRow(QStringLiteral("Asociația Vecină Nouă"), QStringLiteral("2/A/2020"), {},
                            QStringLiteral("Iași"));
        for (int i = 0; i < 40; ++i)
            rows << registerRow(QStringLiteral("Asociația %1").arg(i),
                                QStringLiteral("%1/B/2020").arg(i), {}, QStringLiteral("Alba"));
        rows << registerRow(QStringLiteral("Asociația Primă Reînnoită"), QStringLiteral("1/A/2020"),
                            QStringLiteral("dizolvata"), QStringLiteral("Sibiu"), {},
                            QStringLiteral("protecția mediului"));
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("asociatii.xlsx")), rows));
        const Result<RegisterImportSummary> s = import(path(QStringLiteral("asociatii.xlsx")));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->read, 44);
        QCOMPARE(s->added, 42);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM organization WHERE registry_number IS NOT NULL")),
                 42);
        QCOMPARE(field(QStringLiteral("1/A/2020"), QStringLiteral("name")),
                 QStringLiteral("Asociația Primă Reînnoită"));
        QCOMPARE(field(QStringLiteral("1/A/2020"), QStringLiteral("status")),
                 QStringLiteral("dissolved"));
        QCOMPARE(field(QStringLiteral("1/A/2020"),
                       QStringLiteral("(SELECT name FROM county WHERE id = county_id)")),
                 QStringLiteral("Sibiu"));
        QCOMPARE(field(QStringLiteral("2/A/2020"), QStringLiteral("name")),
                 QStringLiteral("Asociația Vecină Nouă"));
        QCOMPARE(field(QStringLiteral("2/A/2020"),
                       QStringLiteral("(SELECT name FROM county WHERE id = county_id)")),
                 QStringLiteral("Iași"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_change")), 42);
        QCOMPARE(value(QStringLiteral(
                           "SELECT name FROM register_change WHERE registry_number = '1/A/2020'"))
                     .toString(),
                 QStringLiteral("Asociația Primă Reînnoită"));
        QCOMPARE(
            value(QStringLiteral(
                      "SELECT c.name FROM register_change r JOIN county c ON c.id = r.county_id "
                      "WHERE r.registry_number = '2/A/2020'"))
                .toString(),
            QStringLiteral("Iași"));
        // No audit row per added organization: the import's one record, whose id every
        // organization it added carries, says which file (and its SHA-256) added them.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'insert' "
                                       "AND table_name = 'organization'")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM data_import WHERE kind = "
                                       "'national_register' AND sha256 = '%1'")
                            .arg(s->sha256)),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM organization WHERE import_id = "
                                       "(SELECT id FROM data_import)")),
                 42);
        QVERIFY(value(QStringLiteral("SELECT counts FROM data_import"))
                    .toString()
                    .contains(QLatin1String(R"("added":42)")));
        QCOMPARE(test::searchHits(m_db->connection(), QStringLiteral("reinnoita")), 1);
    }

    // Past a thousand written organizations (into a small table) the indexes and the search index
    // are dropped part way and rebuilt at the end: all there again, every organization found.
    void aLargeImportRebuildsTheIndexesAndTheSearchIndex()
    {
        const QString file = generatedWorkbook(1500);
        QVERIFY(!file.isEmpty());
        const auto schema = [this] {
            return test::indexesAndTriggersOf(m_db->connection(), QStringLiteral("organization"));
        };
        const QStringList before = schema();
        const Result<RegisterImportSummary> s = import(file);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->added, 1500);
        QCOMPARE(schema(), before);
        for (const int i : {0, 999, 1499})
            QCOMPARE(test::searchHits(m_db->connection(), QStringLiteral("scopul%1").arg(i)), 1);
        QCOMPARE(
            test::searchHits(m_db->connection(), QStringLiteral("asociatia")),
            scalar(QStringLiteral("SELECT count(*) FROM organization WHERE name LIKE 'Asocia%'")));
        if (test::onServer())
            return; // the rest checks the file's search index
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO organization_fts(organization_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        const QString file = generatedWorkbook(2000);
        QVERIFY(!file.isEmpty());
        NationalRegisterImporter importer(m_db->connection());
        int calls = 0;
        const auto r = importer.importFiles(
            {file}, {}, [&calls](qint64, qint64, qint64) { return ++calls < 2; });
        QVERIFY(!r);
        QCOMPARE(r.error(), NationalRegisterImporter::cancelledMessage());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM register_import")), 0);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM organization WHERE registry_number IS NOT NULL")),
                 0);
    }

    // Progress: the position in the sheet grows while it is read; once it is read the callback says
    // done == total (the rows are being saved), and that is also the last call.
    void progressSaysWhenTheSheetIsRead()
    {
        const QString file = generatedWorkbook(3000);
        QVERIFY(!file.isEmpty());
        QList<std::array<qint64, 3>> calls;
        NationalRegisterImporter importer(m_db->connection());
        const auto r =
            importer.importFiles({file}, {}, [&calls](qint64 read, qint64 done, qint64 total) {
                calls.append({read, done, total});
                return true;
            });
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(calls.size() >= 3);
        QVERIFY(calls.constFirst()[1] < calls.constFirst()[2]); // part way through the sheet
        QCOMPARE(calls.constLast()[1], calls.constLast()[2]);
        const auto readAll =
            std::find_if(calls.cbegin(), calls.cend(), [](const auto &c) { return c[0] == 3000; });
        QVERIFY(readAll != calls.cend());
        // The first call with every row read is the sheet's own (its size), saying: saving.
        QCOMPARE((*readAll)[2], calls.constFirst()[2]);
        QCOMPARE((*readAll)[1], (*readAll)[2]);
    }

    void unknownKindIsRefused()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("registru.xlsx")), firstEdition()));
        const auto r = import(path(QStringLiteral("registru.xlsx")), std::nullopt);
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("registru.xlsx")));
        QCOMPARE(
            registerKindFromFileName(QStringLiteral("/x/RegistrulNational_Fundatii_2026.xlsx")),
            RegisterKind::Foundation);
        QCOMPARE(registerKindFromFileName(QStringLiteral("federatii.xlsx")),
                 RegisterKind::Federation);
        QCOMPARE(parseRegisterKind(QStringLiteral("Uniune")), RegisterKind::Union);
    }

    void changeModelListsTheLastImportOrBetweenTwoAndFiltersByCounty()
    {
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e1.xlsx")), firstEdition()));
        QVERIFY(import(path(QStringLiteral("e1.xlsx"))));
        QList<QStringList> second = firstEdition();
        second[1][2] = QStringLiteral("radiata");
        second[5][3] = QStringLiteral("Arad");
        QVERIFY(writeRegisterWorkbook(path(QStringLiteral("e2.xlsx")), second));
        QVERIFY(import(path(QStringLiteral("e2.xlsx"))));

        RegisterChangeModel model(m_db->connection());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showLastImport();
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RegisterChangeModel::ColumnCount));
        QCOMPARE(model.index(0, RegisterChangeModel::Kind)
                     .data(RegisterChangeModel::RawValueRole)
                     .toString(),
                 QStringLiteral("struck_off"));
        QCOMPARE(model.index(0, RegisterChangeModel::Kind).data().toString(),
                 QStringLiteral("struck off"));
        QCOMPARE(model.index(0, RegisterChangeModel::County).data().toString(),
                 QStringLiteral("Iași"));
        QVERIFY(model.index(0, 0).data(RegisterChangeModel::IdRole).toLongLong() > 0);

        const int arad = scalar(QStringLiteral("SELECT id FROM county WHERE code = 'AR'"));
        model.setCounty(arad);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RegisterChangeModel::Kind)
                     .data(RegisterChangeModel::RawValueRole)
                     .toString(),
                 QStringLiteral("moved_county"));
        QCOMPARE(model.index(0, RegisterChangeModel::County)
                     .data(RegisterChangeModel::RawValueRole)
                     .toInt(),
                 arad);

        RegisterChangeQuery both; // from the first import to the second: 6 added, 2 changes
        both.untilImportId = RegisterChangeRepository(m_db->connection()).lastImportId();
        model.setQuery(both);
        QCOMPARE(model.rowCount(), 8);

        const QString csv = path(QStringLiteral("changes.csv"));
        QVERIFY(RegisterChangeExporter::exportFile(model.changes(), csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QLatin1String("\r\n")), 9);
        QVERIFY(text.contains(
            QStringLiteral("struck off;2/A/2002;Asociația Beta;Iași;active → struck off")));
        QVERIFY(RegisterChangeExporter::exportFile(model.changes(),
                                                   path(QStringLiteral("changes.xlsx"))));
        XlsxReader reader;
        QVERIFY(reader.open(path(QStringLiteral("changes.xlsx"))));
        int row = 0;
        QStringList cells;
        int rows = 0;
        while (reader.readRow(row, cells))
            ++rows;
        QCOMPARE(rows, 9);
    }
};

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "tst_registerimport.moc"

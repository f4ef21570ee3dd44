#include "DatabaseTest.h"

#include "CliProcess.h"

#include "transparency/AnnualReportRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dc;

// `transparency import-reports` is a contract for scripts: rejected cells as FILE:CELL: reason and
// warnings as FILE:CELL: warning: ... on stderr, then exactly one line on stdout,
// "read: N, imported: I, replaced: R, unchanged: U, rejected: J" (files); exit 0 when all went
// in, 2 when files or cells were rejected and the rest imported, 1 when nothing could be read, 64
// on wrong usage. --dry-run says the same and writes nothing. Each test runs the real binary on a
// fresh database.
class TestImportReportsCli final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    QString m_path;

    Run run(const QStringList &arguments) const
    {
        return test::runCli(QStringList{QStringLiteral("--database"), m_path,
                                        QStringLiteral("transparency"),
                                        QStringLiteral("import-reports")} +
                            arguments);
    }

    QString folder() const { return m_db->filePath(QStringLiteral("primite")); }

    /// Copies the checked-in reports @p names into the folder of received files.
    void copyReports(const QStringList &names) const
    {
        QDir().mkpath(folder());
        for (const QString &name : names)
            QFile::copy(test::dataPath(QStringLiteral("reports/") + name),
                        QDir(folder()).filePath(name));
    }

    QString writeCsv(const QString &name, const QStringList &lines) const
    {
        QDir().mkpath(folder());
        const QString file = QDir(folder()).filePath(name);
        test::writeFile(file, lines.join(QLatin1String("\r\n")).toUtf8());
        return file;
    }

    static QStringList lines(const QString &text)
    {
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    /// The reports stored, as "institution id/year/file".
    QStringList stored() const
    {
        auto opened = Database::open(m_path);
        if (!opened)
            return {QStringLiteral("cannot open: ") + opened.error()};
        QStringList list;
        const QSqlDatabase db = opened.value()->connection();
        for (const Institution &i : InstitutionRepository(db).all()) {
            for (int year : {2020, 2024, 2025}) {
                if (const std::optional<ReceivedReport> r =
                        AnnualReportRepository(db).received(i.id, year))
                    list << i.name + QLatin1Char('/') + QString::number(year) + QLatin1Char('/') +
                                r->fileName;
            }
        }
        return list;
    }

    void prepare() override
    {
        for (const QString &name : {QStringLiteral("Ministerul Formularelor (fictiv)"),
                                    QStringLiteral(u"Primăria Orașului Marea Albă (fictiv)"),
                                    QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)"),
                                    QStringLiteral(u"Prefectura Județului Exemplu (fictiv)"),
                                    QStringLiteral("Ministerul Testelor")}) {
            Institution i;
            i.name = name;
            i.kind = InstitutionKind::Ministry;
            QVERIFY(InstitutionRepository(m_db->connection()).add(i));
        }
        m_path = m_db->path();
        m_db->close(); // the binary opens it
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("DIALOGCIVIC_BINARY"))); }

    void everyLayoutOfAFolderImported()
    {
        copyReports({QStringLiteral("form-anexa-20-2025.xlsx"), QStringLiteral("older-2020.xlsx"),
                     QStringLiteral("anexa-20-2025.xlsx"), QStringLiteral("anexa-20-2024.csv")});
        const Run r = run({folder()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("read: 4, imported: 4, replaced: 0, unchanged: 0, rejected: 0\n"));
        QCOMPARE(r.err, QString());
        QCOMPARE(
            stored(),
            (QStringList{
                QStringLiteral("Ministerul Formularelor (fictiv)/2025/form-anexa-20-2025.xlsx"),
                QStringLiteral(u"Prefectura Județului Exemplu (fictiv)/2024/anexa-20-2024.csv"),
                QStringLiteral(u"Primăria Orașului Câmpia Verde (fictiv)/2025/anexa-20-2025.xlsx"),
                QStringLiteral(u"Primăria Orașului Marea Albă (fictiv)/2020/older-2020.xlsx")}));
        // The same files again, and the ODS of a report already in: nothing changes.
        copyReports({QStringLiteral("anexa-20-2025.ods")});
        const Run again = run({folder()});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out,
                 QStringLiteral("read: 5, imported: 0, replaced: 0, unchanged: 5, rejected: 0\n"));
    }

    void rejectedCellsAndFilesThenTheRestImported()
    {
        const QString bad = writeCsv(
            QStringLiteral("celule.csv"),
            {QStringLiteral(u"Numele autorității sau instituției publice:;Ministerul Testelor"),
             QStringLiteral("Anul:;2025"), QStringLiteral("A1;3"), QStringLiteral("A7;#DIV/0!"),
             QStringLiteral("A8;5"), QStringLiteral("A9_2;-2"), QStringLiteral("B8;1"),
             QStringLiteral("B9;2")});
        const QString unknown = writeCsv(
            QStringLiteral("necunoscut.csv"),
            {QStringLiteral(u"Numele autorității sau instituției publice:;Ministerul Lipsă"),
             QStringLiteral("Anul:;2025"), QStringLiteral("A1;3"), QStringLiteral("A9_2;1")});
        const Run r = run({bad, unknown});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out,
                 QStringLiteral("read: 2, imported: 1, replaced: 0, unchanged: 0, rejected: 1\n"));
        const QStringList err = lines(r.err);
        QCOMPARE(err.size(), 4);
        QVERIFY2(
            err.contains(
                bad +
                QLatin1String(
                    ":L4:C2: A7: the spreadsheet shows the error #DIV/0! instead of a number")),
            qPrintable(r.err));
        QVERIFY2(err.contains(
                     bad + QLatin1String(
                               ":L6:C2: A9_2: -2 is negative; a whole number of 0 or more is due")),
                 qPrintable(r.err));
        QVERIFY2(err.contains(bad + QLatin1String(":L7:C2: warning: B9 = 2 is more than B8 = 1.")),
                 qPrintable(r.err));
        // The closest names first: those sharing a word, then by the letters to change.
        QVERIFY2(
            err.last().startsWith(
                unknown + QStringLiteral(u": \"Ministerul Lipsă\" (L1:C2) is not an institution of "
                                         u"the database; the closest names are: Ministerul "
                                         u"Testelor; Ministerul Formularelor (fictiv); ")),
            qPrintable(r.err));
        QCOMPARE(stored(), QStringList{QStringLiteral("Ministerul Testelor/2025/celule.csv")});
    }

    void aCorrectedFileReplaces()
    {
        const QString file = writeCsv(
            QStringLiteral("raport.csv"),
            {QStringLiteral(u"Numele autorității sau instituției publice:;Ministerul Testelor"),
             QStringLiteral("Anul:;2025"), QStringLiteral("A1;3"), QStringLiteral("A9_2;1")});
        QCOMPARE(run({file}).exitCode, 0);
        const QString corrected = writeCsv(
            QStringLiteral("raport-corectat.csv"),
            {QStringLiteral(u"Numele autorității sau instituției publice:;Ministerul Testelor"),
             QStringLiteral("Anul:;2025"), QStringLiteral("A1;4"), QStringLiteral("A9_2;1")});
        const Run r = run({corrected});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("read: 1, imported: 0, replaced: 1, unchanged: 0, rejected: 0\n"));
        QCOMPARE(stored(),
                 QStringList{QStringLiteral("Ministerul Testelor/2025/raport-corectat.csv")});
    }

    void nothingCouldBeRead()
    {
        const QString pdf = QDir(m_db->dir()).filePath(QStringLiteral("raport.pdf"));
        QVERIFY(test::writeFile(pdf, "%PDF-1.7\n"));
        const Run r = run({pdf});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out,
                 QStringLiteral("read: 1, imported: 0, replaced: 0, unchanged: 0, rejected: 1\n"));
        QCOMPARE(lines(r.err).size(), 1);
        QVERIFY(r.err.startsWith(pdf + QLatin1String(": a PDF document")));

        QDir().mkpath(folder());
        const Run empty = run({folder()});
        QCOMPARE(empty.exitCode, 1);
        QCOMPARE(empty.out,
                 QStringLiteral("read: 0, imported: 0, replaced: 0, unchanged: 0, rejected: 0\n"));
        QVERIFY(empty.err.contains(QLatin1String("no report files")));
    }

    void dryRunWritesNothing()
    {
        copyReports({QStringLiteral("anexa-20-2025.xlsx")});
        const Run dry = run({folder(), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.out,
                 QStringLiteral("read: 1, imported: 1, replaced: 0, unchanged: 0, rejected: 0\n"));
        QCOMPARE(stored(), QStringList());
        const Run real = run({folder()});
        QCOMPARE(real.out,
                 QStringLiteral("read: 1, imported: 1, replaced: 0, unchanged: 0, rejected: 0\n"));
        QCOMPARE(stored().size(), 1);
    }

    void theOptionsSayWhoseReportAndWhichYear()
    {
        const QString file = writeCsv(QStringLiteral("fara-antet.csv"),
                                      {QStringLiteral("A1;3"), QStringLiteral("A9_2;1")});
        const Run refused = run({file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("does not say the year")),
                 qPrintable(refused.err));
        const Run r = run({file, QStringLiteral("--institution"), QStringLiteral("testelor"),
                           QStringLiteral("--year"), QStringLiteral("2025")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("read: 1, imported: 1, replaced: 0, unchanged: 0, rejected: 0\n"));
        QCOMPARE(stored(), QStringList{QStringLiteral("Ministerul Testelor/2025/fara-antet.csv")});
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList();
        QTest::newRow("a year that is not one") << QStringList{
            QStringLiteral("x.csv"), QStringLiteral("--year"), QStringLiteral("last")};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(lines(r.err).size(), 1);
        QVERIFY(r.err.contains(
            QLatin1String("usage: dialogcivic --database PATH transparency import-reports")));
    }

    void unknownInstitutionOption()
    {
        const Run r = run({QStringLiteral("x.csv"), QStringLiteral("--institution"),
                           QStringLiteral("Inexistent")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("no institution matches")));
    }

    void helpListsTheCommand()
    {
        const Run r = test::runCli({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("transparency import-reports FILE|FOLDER...")));
    }
};

QTEST_GUILESS_MAIN(TestImportReportsCli)
#include "tst_importreportscli.moc"

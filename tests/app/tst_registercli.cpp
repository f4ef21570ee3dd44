#include "../nationalregister/RegisterWorkbook.h"
#include "TestDatabase.h"

#include "CliDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using dc::test::registerRow;
using dc::test::writeRegisterWorkbook;

// 'ngo import-register' and 'ngo changes' are a contract for scripts: these tests run the real
// binary and check its output lines and exit codes.
class TestRegisterCli final : public dc::test::CliTest
{
    Q_OBJECT

public:
    TestRegisterCli() : CliTest(QStringList()) {} // no database until the first import

private:
    static Run run(const QStringList &arguments) { return dc::test::runCli(arguments); }

    QTemporaryDir m_files; // the workbooks, written once, only read by the test functions
    QString file(const QString &name) const { return m_files.filePath(name); }
    QStringList with(const QStringList &args) const
    {
        // The first import makes the database: only demo and --create may create one.
        return QStringList{QStringLiteral("--database"), m_cli.path(), QStringLiteral("--create")} +
               args;
    }
    // Imports the first edition of the register (one row rejected).
    bool importFirstEdition() const
    {
        return run(with({QStringLiteral("ngo"), QStringLiteral("import-register"),
                         file(QStringLiteral("asociatii_1.xlsx"))}))
                   .exitCode == 2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CliTest::initTestCase();
        QList<QStringList> first{
            registerRow(QStringLiteral("Asociația Alfa"), QStringLiteral("1/A/2001"), {},
                        QStringLiteral("Cluj")),
            registerRow(QStringLiteral("Asociația Beta"), QStringLiteral("2/A/2002"), {},
                        QStringLiteral("Iași")),
            registerRow({}, QStringLiteral("3/A/2003"), {}, QStringLiteral("Arad"))};
        QVERIFY(writeRegisterWorkbook(
            file(QStringLiteral("asociatii_1.xlsx")), first,
            {.inlineStrings = false, .titleRow = true, .trailingEmptyRows = 0}));
        first[1][2] = QStringLiteral("radiata");
        first.removeLast();
        QVERIFY(writeRegisterWorkbook(file(QStringLiteral("asociatii_2.xlsx")), first));
        QVERIFY(dc::test::writeFile(file(QStringLiteral("asociatii_bad.xlsx")),
                                    QByteArray("PK\x03\x04garbage")));
    }

    void importPrintsRejectedRowsAndTheSummary()
    {
        const QString f1 = file(QStringLiteral("asociatii_1.xlsx"));
        Run r = run(with({QStringLiteral("ngo"), QStringLiteral("import-register"), f1}));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, f1 + QStringLiteral(":6: Denumire: the name is missing\n"));
        QCOMPARE(
            r.out,
            QStringLiteral(
                "read: 3, added: 2, changed: 0, status-changed: 0, unchanged: 0, rejected: 1\n"));

        r = run(with({QStringLiteral("ngo"), QStringLiteral("import-register"), f1}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QLatin1String("already imported on")), qPrintable(r.out));
        QVERIFY(r.out.endsWith(QLatin1String(
            "read: 3, added: 0, changed: 0, status-changed: 0, unchanged: 2, rejected: 1\n")));
    }

    void changesListsTheLastImport()
    {
        QVERIFY(importFirstEdition());
        Run r = run(with({QStringLiteral("ngo"), QStringLiteral("import-register"),
                          file(QStringLiteral("asociatii_2.xlsx"))}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.out,
            QStringLiteral(
                "read: 2, added: 0, changed: 0, status-changed: 1, unchanged: 1, rejected: 0\n"));
        r = run(with({QStringLiteral("ngo"), QStringLiteral("changes")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral(
                            "struck_off\t2/A/2002\tAsociația Beta\tIași\tactive → struck off\n"));
        r = run(with({QStringLiteral("ngo"), QStringLiteral("changes"), QStringLiteral("--since"),
                      QStringLiteral("2000-01-01")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
        QVERIFY(r.out.startsWith(QStringLiteral("added\t1/A/2001\tAsociația Alfa\tCluj\t\n")));
        r = run(with({QStringLiteral("ngo"), QStringLiteral("changes"), QStringLiteral("--since"),
                      QStringLiteral("yesterday")}));
        QCOMPARE(r.exitCode, 64);
    }

    void damagedFileWritesNothing()
    {
        const Run r =
            run(with({QStringLiteral("ngo"), QStringLiteral("import-register"),
                      file(QStringLiteral("asociatii_1.xlsx")),
                      file(QStringLiteral("asociatii_bad.xlsx")), QStringLiteral("--dry-run")}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.contains(QLatin1String("asociatii_bad.xlsx")));
        QVERIFY(r.out.isEmpty());
    }

    void unknownKindIsAUsageError()
    {
        QVERIFY(importFirstEdition());
        QCOMPARE(run(with({QStringLiteral("ngo"), QStringLiteral("import-register"),
                           file(QStringLiteral("asociatii_2.xlsx"))}))
                     .exitCode,
                 0);
        const QString plain = m_cli.filePath(QStringLiteral("registru.xlsx"));
        QVERIFY(QFile::copy(file(QStringLiteral("asociatii_2.xlsx")), plain));
        Run r = run(with({QStringLiteral("ngo"), QStringLiteral("import-register"), plain}));
        QCOMPARE(r.exitCode, 64);
        r = run(with({QStringLiteral("ngo"), QStringLiteral("import-register"), plain,
                      QStringLiteral("--kind"), QStringLiteral("association"),
                      QStringLiteral("--dry-run")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("already imported")), qPrintable(r.out));
    }
};

QTEST_MAIN(TestRegisterCli)
#include "tst_registercli.moc"

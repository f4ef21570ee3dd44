#include "DemoFacts.h"
#include "TestDatabase.h"

#include "CliDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `report synthesis` is a contract for scripts: these tests run the real binary on the demo
// database, read the PDF back with pdftotext and check the figures against the records (seed
// 004: 13 videoconferences and their dates), the CSV, and the exit codes.
class TestReportCli final : public dc::test::CliTest
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments) const
    {
        return m_cli.run(QStringList{QStringLiteral("--lang"), QStringLiteral("ro")} + arguments);
    }

    QString file(const QString &name) const { return m_cli.filePath(name); }

    static QStringList synthesis(const QString &program = QStringLiteral("promotorii"))
    {
        return {QStringLiteral("report"),    QStringLiteral("synthesis"),
                QStringLiteral("--program"), program,
                QStringLiteral("--edition"), QStringLiteral("2021")};
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void helpListsTheCommand()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("report synthesis")));
    }

    void synthesisOf2021ListsThe13VideoconferencesAndTheirDates()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = file(QStringLiteral("synthesis.pdf"));
        const Run r = run(synthesis() << QStringLiteral("--pdf") << pdf);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("pdf: %1 (").arg(pdf)), qPrintable(r.out));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        // The title as the office writes it, the program in the genitive (issue 15).
        QVERIFY2(text.contains(QStringLiteral("Programului Promotorii Voluntariatului în România")),
                 qPrintable(text));
        // "13 regional videoconferences", whatever the words around the number.
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("\\b13\\b[^\\n]*videoconferin|\\b13\\b[^\\n]*videoconference"),
                     QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(text));
        const QStringList dates = dc::test::videoconferenceDays2021(QStringLiteral("dd.MM.yyyy"));
        for (const QString &date : dates)
            QVERIFY2(text.contains(date), qPrintable(date));
        // The closing event (seed 003: 6 December 2021) and the associative structures.
        QVERIFY(text.contains(QLatin1String("06.12.2021")));
        QVERIFY(text.contains(QStringLiteral("Asociația Comunelor din România")));
        // Page numbers "N / M" and the institution in the header.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?\\d+\\b"))));
        QVERIFY(text.contains(QStringLiteral("SECRETARIATUL GENERAL AL GUVERNULUI")));
    }

    void csvHoldsTheFigures()
    {
        const QString csv = file(QStringLiteral("synthesis.csv"));
        const Run r = run(synthesis() << QStringLiteral("--csv") << csv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("none.pdf"))));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 20);
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral(";Videoconferin[^;]*;13\\r\\n|;Videoconferences;13\\r\\n"))),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String(";2021-04-28\r\n")));
        QVERIFY(text.contains(QLatin1String(";2021-11-17\r\n")));
        QVERIFY(text.contains(QLatin1String(";2021-12-06\r\n")));
    }

    void unknownProgramListsTheCandidates()
    {
        const Run r = run(synthesis(QStringLiteral("no such program"))
                          << QStringLiteral("--pdf") << file(QStringLiteral("x.pdf")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Programul Promotorii Voluntariatului în România")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("x.pdf"))));
    }

    void unknownEditionYearIsAFailure()
    {
        QStringList args = synthesis();
        args[5] = QStringLiteral("2030");
        const Run r = run(args << QStringLiteral("--pdf") << file(QStringLiteral("y.pdf")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void noOutputIsAUsageError()
    {
        const Run r = run(synthesis());
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QLatin1String("--pdf")));
    }

    void unwritablePathIsAFailureAndLeavesNoFile()
    {
        const QString pdf = file(QStringLiteral("missing-folder/synthesis.pdf"));
        const Run r = run(synthesis() << QStringLiteral("--pdf") << pdf);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(pdf)), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("missing-folder"))));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"

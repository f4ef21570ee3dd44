#include "CliServerTest.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using dc::test::CliRun;
using dc::test::runCli;

// The headless commands are a contract on both kinds of database: these run each one on the demo
// database in a SQLite file and on the demo database of a throwaway PostgreSQL server, and
// compare what they print, their exit codes and the files they write.
class TestServerCommands final : public dc::test::CliServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // Each test function: a fresh copy of the file and a new server database made by `demo`.
    void init()
    {
        CliServerTest::init();
        m_serverDemo = onServer({QStringLiteral("demo")});
        QVERIFY2(m_serverDemo.exitCode == 0, qPrintable(m_serverDemo.err));
    }

    // `demo` makes the same records on the server, and run again finds them all unchanged there
    // as in the file.
    void demoMakesTheSameRecords()
    {
        QCOMPARE(withoutLastLine(m_serverDemo.out), withoutLastLine(m_seeded.out));
        QCOMPARE(CliTest::lines(m_serverDemo.out).last(), QStringLiteral("database: ") + url());
        QCOMPARE(m_serverDemo.err, m_seeded.err);
        const CliRun again = onServer({QStringLiteral("demo")});
        const CliRun fileAgain = run({QStringLiteral("demo")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.err, fileAgain.err);
        QCOMPARE(withoutLastLine(again.out), withoutLastLine(fileAgain.out));
        QVERIFY(again.out.contains(QStringLiteral("organizations: added 0, updated 0, unchanged")));
    }

    // What a reading command prints and writes is the same on both. "OUT" in an argument stands
    // for the test's folder of outputs; the file named by the row is compared too.
    void readingCommandsAgree_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("written");
        const auto row = [](const char *name, const QString &line, const QString &written = {}) {
            QTest::newRow(name) << line.split(QLatin1Char(' ')) << written;
        };
        row("db check", QStringLiteral("db check"));
        row("ngo export", QStringLiteral("ngo export OUT/orgs.csv"), QStringLiteral("orgs.csv"));
        row("ngo changes", QStringLiteral("ngo changes"));
        row("calendar list", QStringLiteral("calendar list --from 2020-01-01 --to 2027-12-31"));
        row("calendar list of a kind", QStringLiteral("calendar list --from 2020-01-01 --to "
                                                      "2027-12-31 --kind videoconference"));
        row("calendar export",
            QStringLiteral("calendar export OUT/events.csv --from 2020-01-01 --to 2027-12-31"),
            QStringLiteral("events.csv"));
        for (const char *year : {"2023", "2024", "2025"}) {
            row(qPrintable(QStringLiteral("transparency figures %1").arg(QLatin1String(year))),
                QStringLiteral("transparency figures --year %1").arg(QLatin1String(year)));
            row(qPrintable(QStringLiteral("transparency status %1").arg(QLatin1String(year))),
                QStringLiteral("transparency status --year %1").arg(QLatin1String(year)));
        }
        row("transparency warnings", QStringLiteral("transparency warnings --year 2024"));
        row("bodies list", QStringLiteral("bodies list"));
        row("bodies list expiring", QStringLiteral("bodies list --expiring 400"));
        for (const char *by : {"institution", "domain", "county", "region"}) {
            row(qPrintable(QStringLiteral("funding summary by %1").arg(QLatin1String(by))),
                QStringLiteral("funding summary --year 2024 --by %1").arg(QLatin1String(by)));
        }
        row("report synthesis",
            QStringLiteral("report synthesis --program Promotorii --edition 2021 --csv "
                           "OUT/synthesis.csv"),
            QStringLiteral("synthesis.csv"));
        row("report transparency national",
            QStringLiteral("report transparency --year 2024 --csv OUT/national.csv"),
            QStringLiteral("national.csv"));
        row("report transparency of one",
            QStringLiteral("report transparency --year 2024 --institution Ministerul --csv "
                           "OUT/ministry.csv"),
            QStringLiteral("ministry.csv"));
        row("report ngos", QStringLiteral("report ngos --csv OUT/ngos.csv"),
            QStringLiteral("ngos.csv"));
        row("a missing edition", QStringLiteral("report synthesis --program Promotorii --edition "
                                                "2025 --csv OUT/none.csv"));
    }
    void readingCommandsAgree()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, written);
        const CliRun file = run(inFolder(arguments, QStringLiteral("file")));
        const CliRun server = onServer(inFolder(arguments, QStringLiteral("server")));
        QCOMPARE(server.exitCode, file.exitCode);
        QCOMPARE(withoutPlaces(server.out, QStringLiteral("server")),
                 withoutPlaces(file.out, QStringLiteral("file")));
        QCOMPARE(withoutPlaces(server.err, QStringLiteral("server")),
                 withoutPlaces(file.err, QStringLiteral("file")));
        if (written.isEmpty())
            return;
        QByteArray expected = contentsOf(m_cli.filePath(QStringLiteral("out-file/") + written));
        QByteArray actual = contentsOf(m_cli.filePath(QStringLiteral("out-server/") + written));
        QVERIFY(!expected.isEmpty());
        if (written == QLatin1String("events.csv")) {
            // Each `demo` gives its events new UIDs (the last field): all else must agree.
            expected = withoutLastFields(expected);
            actual = withoutLastFields(actual);
        }
        QCOMPARE(actual, expected);
    }

    // The search finds the same organizations without case and diacritics, by the beginning of a
    // word of the name, acronym, locality, fiscal code or purposes. Only the order of equally
    // good matches may differ: FTS5's rank weighs words the server does not count.
    void searchFindsTheSameOrganizations_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"asoc", "ASOCIAȚIA", "asociatia", "voluntari", "cluj asoc", "ro",
                                 "timiș", "bucuresti", "zzz", "a-b", "RO 4221187"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void searchFindsTheSameOrganizations()
    {
        QFETCH(QString, text);
        const QStringList arguments{QStringLiteral("ngo"), QStringLiteral("search"), text,
                                    QStringLiteral("--limit"), QStringLiteral("1000")};
        const CliRun file = run(arguments);
        const CliRun server = onServer(arguments);
        QCOMPARE(server.exitCode, file.exitCode);
        QCOMPARE(server.err, file.err);
        QStringList fileLines = CliTest::lines(file.out);
        QStringList serverLines = CliTest::lines(server.out);
        fileLines.sort();
        serverLines.sort();
        QCOMPARE(serverLines, fileLines);
    }

    // The imports land the same on the server.
    void importsAgree_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString data = QString::fromLocal8Bit(qgetenv("DIALOGCIVIC_TEST_DATA"));
        QTest::newRow("ngo import")
            << QStringList{QStringLiteral("ngo"), QStringLiteral("import"),
                           data + QStringLiteral("/import/organizations-cp1250.csv")};
        QTest::newRow("ngo import-register") << QStringList{
            QStringLiteral("ngo"), QStringLiteral("import-register"),
            QStringLiteral(DIALOGCIVIC_SOURCE_DIR "/tests/fuzz/corpus/xlsx_register/register.xlsx"),
            QStringLiteral("--kind"), QStringLiteral("association")};
        QTest::newRow("funding import")
            << QStringList{QStringLiteral("funding"), QStringLiteral("import"),
                           data + QStringLiteral("/funding/awards.xlsx")};
        QTest::newRow("annual reports")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("import-reports"),
                           data + QStringLiteral("/reports")};
    }
    void importsAgree()
    {
        QFETCH(QStringList, arguments);
        const CliRun file = run(arguments);
        const CliRun server = onServer(arguments);
        QCOMPARE(server.exitCode, file.exitCode);
        QCOMPARE(server.out, file.out);
        QCOMPARE(server.err, file.err);
        for (const QString &year : {QStringLiteral("2024"), QStringLiteral("2025")}) {
            const QStringList figures{QStringLiteral("transparency"), QStringLiteral("figures"),
                                      QStringLiteral("--year"), year};
            QCOMPARE(onServer(figures).out, run(figures).out);
            const QStringList awards{QStringLiteral("funding"), QStringLiteral("summary"),
                                     QStringLiteral("--year"), year};
            QCOMPARE(onServer(awards).out, run(awards).out);
        }
        if (arguments.at(0) != QLatin1String("ngo"))
            return;
        // What the register's import found, as `ngo changes` lists it.
        const QStringList changes{QStringLiteral("ngo"), QStringLiteral("changes")};
        QCOMPARE(onServer(changes).out, run(changes).out);
        // The same organizations, with the same ids, domains and keys, and the file imported
        // again changes nothing on either.
        const QStringList exportTo{QStringLiteral("ngo"), QStringLiteral("export"),
                                   QStringLiteral("OUT/orgs.csv")};
        QCOMPARE(onServer(inFolder(exportTo, QStringLiteral("server"))).exitCode, 0);
        QCOMPARE(run(inFolder(exportTo, QStringLiteral("file"))).exitCode, 0);
        const QByteArray exported = contentsOf(m_cli.filePath(QStringLiteral("out-file/orgs.csv")));
        QVERIFY(exported.size() > 1000);
        QCOMPARE(contentsOf(m_cli.filePath(QStringLiteral("out-server/orgs.csv"))), exported);
        const CliRun again = onServer(arguments);
        QCOMPARE(again.exitCode, server.exitCode);
        QCOMPARE(again.out, run(arguments).out);
        if (arguments.at(1) == QLatin1String("import"))
            QVERIFY2(again.out.startsWith(QStringLiteral("imported: 0, updated: 0,")),
                     qPrintable(again.out));
        else
            QVERIFY2(again.out.contains(QStringLiteral("added: 0, changed: 0, status-changed: 0")),
                     qPrintable(again.out));
    }

private:
    CliRun onServer(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--database"), url()} + arguments);
    }

    // The arguments with "OUT" turned into a folder of the test's own, one per kind of database.
    QStringList inFolder(QStringList arguments, const QString &kind) const
    {
        const QString folder = m_cli.filePath(QStringLiteral("out-") + kind);
        QDir().mkpath(folder);
        for (QString &argument : arguments)
            argument.replace(QStringLiteral("OUT"), folder);
        return arguments;
    }

    // A command's output with the places that differ by nature (the folder, the database) named
    // alike.
    QString withoutPlaces(QString text, const QString &kind) const
    {
        text.replace(m_cli.filePath(QStringLiteral("out-") + kind), QStringLiteral("OUT"));
        text.replace(url(), QStringLiteral("DATABASE"));
        text.replace(m_cli.path(), QStringLiteral("DATABASE"));
        return text;
    }

    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray withoutLastFields(const QByteArray &csv)
    {
        QList<QByteArray> lines = csv.split('\n');
        for (QByteArray &line : lines)
            line.truncate(std::max<qsizetype>(0, line.lastIndexOf(';')));
        return lines.join('\n');
    }

    static QStringList withoutLastLine(const QString &text)
    {
        QStringList all = CliTest::lines(text);
        if (!all.isEmpty())
            all.removeLast();
        return all;
    }

    CliRun m_serverDemo;
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"

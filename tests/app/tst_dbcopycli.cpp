#include "CliServerTest.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using dc::test::runCli;

// `db copy` is a contract for scripts: these tests run the real binary on the demo database and
// on databases of a throwaway PostgreSQL server, and check its output lines and exit codes.
class TestDbCopyCli final : public dc::test::CliServerTest
{
    Q_OBJECT

private Q_SLOTS:
    // There and back: one line per table, the same on the way there and back, then the totals
    // and the target (a server without its password).
    void theDemoGoesToTheServerAndBack()
    {
        const QString withPassword = QStringLiteral("postgresql://%1:secret@127.0.0.1:%2/%3")
                                         .arg(m_cluster.user())
                                         .arg(m_cluster.port())
                                         .arg(m_name);
        const Run there = run(
            {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), withPassword});
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        QCOMPARE(there.err, QString());
        const QStringList lines = CliTest::lines(there.out);
        QVERIFY(lines.size() > 30);
        const QRegularExpression table(QStringLiteral("^[a-z_]+: \\d+ rows, sha256 [0-9a-f]{64}$"));
        const QStringList tables = lines.mid(0, lines.size() - 2);
        qint64 rows = 0;
        for (const QString &line : tables) {
            QVERIFY2(table.match(line).hasMatch(), qPrintable(line));
            rows += line.section(QLatin1Char(' '), 1, 1).toLongLong();
        }
        QVERIFY(tables.filter(QRegularExpression(QStringLiteral("^organization: "))).size() == 1);
        QVERIFY(tables.filter(QStringLiteral("organization_fts")).isEmpty());
        QCOMPARE(lines.at(lines.size() - 2),
                 QStringLiteral("copied: %1 tables, %2 rows").arg(tables.size()).arg(rows));
        QCOMPARE(lines.last(), QStringLiteral("to: ") + url());
        QVERIFY(!there.out.contains(QStringLiteral("secret")));

        // Back to a new file, --database naming the source.
        const QString back = m_cli.filePath(QStringLiteral("back.dcdb"));
        const Run home = runCli({QStringLiteral("--database"), url(), QStringLiteral("db"),
                                 QStringLiteral("copy"), QStringLiteral("--to"), back});
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        const QStringList homeLines = CliTest::lines(home.out);
        QCOMPARE(homeLines.mid(0, homeLines.size() - 1), lines.mid(0, lines.size() - 1));
        QCOMPARE(homeLines.last(), QStringLiteral("to: ") + back);

        // And as the issue writes it, --from naming the source.
        const QString again = m_cli.filePath(QStringLiteral("again.dcdb"));
        const Run fromForm =
            runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), url(),
                    QStringLiteral("--to"), again});
        QVERIFY2(fromForm.exitCode == 0, qPrintable(fromForm.err));
        QCOMPARE(CliTest::lines(fromForm.out).mid(0, lines.size() - 1),
                 lines.mid(0, lines.size() - 1));
        // The file made is a whole database the other commands read.
        const Run check = runCli(
            {QStringLiteral("--database"), again, QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(QStringLiteral("integrity: ok")));
    }

    // A server database holding data is refused: exit 1, one message, nothing written.
    void aTargetThatIsNotEmptyIsRefused()
    {
        const QStringList copy{QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                               url()};
        QCOMPARE(run(copy).exitCode, 0);
        const Run second = run(copy);
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(second.out, QString());
        QCOMPARE(CliTest::lines(second.err).size(), 1);
        QVERIFY2(second.err.startsWith(QStringLiteral("dialogcivic: ") + url() +
                                       QStringLiteral(" is not empty")),
                 qPrintable(second.err));
    }

    // A file that exists is not a target; neither is an unreachable server; nothing is made.
    void aTargetThatCannotBeWrittenFails()
    {
        const Run onto = run(
            {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), m_cli.path()});
        QCOMPARE(onto.exitCode, 1);
        QVERIFY2(onto.err.contains(QStringLiteral("already exists")), qPrintable(onto.err));
        QCOMPARE(CliTest::lines(onto.err).size(), 1);

        const Run unreachable =
            run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                 QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")});
        QCOMPARE(unreachable.exitCode, 1);
        QCOMPARE(unreachable.out, QString());
        QVERIFY2(unreachable.err.startsWith(QStringLiteral("dialogcivic: ")),
                 qPrintable(unreachable.err));

        // A source that cannot be copied (the empty server database is no Dialog Civic one)
        // leaves no new file behind.
        const QString file = m_cli.filePath(QStringLiteral("never.dcdb"));
        const Run empty = runCli({QStringLiteral("db"), QStringLiteral("copy"),
                                  QStringLiteral("--from"), url(), QStringLiteral("--to"), file});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(!QFile::exists(file));
    }

    // Wrong usage: exit 64.
    void wrongUsageIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString db = QStringLiteral("db");
        const QString copy = QStringLiteral("copy");
        QTest::newRow("no target") << QStringList{db, copy};
        QTest::newRow("empty target") << QStringList{db, copy, QStringLiteral("--to"), QString()};
        QTest::newRow("an argument") << QStringList{db, copy, QStringLiteral("x"),
                                                    QStringLiteral("--to"), QStringLiteral("y")};
        QTest::newRow("--from and --database") << QStringList{db,
                                                              copy,
                                                              QStringLiteral("--from"),
                                                              QStringLiteral("postgresql:///x"),
                                                              QStringLiteral("--to"),
                                                              QStringLiteral("y")};
    }
    void wrongUsageIsRefused()
    {
        QFETCH(QStringList, arguments);
        const Run wrong = run(arguments);
        QCOMPARE(wrong.exitCode, 64);
        QVERIFY2(wrong.err.startsWith(QStringLiteral("dialogcivic: usage: ")),
                 qPrintable(wrong.err));
        QCOMPARE(wrong.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestDbCopyCli)
#include "tst_dbcopycli.moc"

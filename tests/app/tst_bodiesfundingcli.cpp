#include "TestDatabase.h"

#include "CliDatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The bodies and funding commands are a contract for scripts: these tests run the real binary on
// the demo database and check the lines and exit codes.
class TestBodiesFundingCli final : public dc::test::CliTest
{
    Q_OBJECT

private:
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_cli.filePath(name);
        return dc::test::writeFile(path, bytes) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        CliTest::initTestCase();
        const Run &r = m_seeded;
        QVERIFY2(r.out.contains(QLatin1String("bodies: added 2, members: added 7, meetings: added "
                                              "2, calls: added 2, awards: added 5")),
                 qPrintable(r.out + r.err));
    }

    void demoAddsNothingTheSecondTime()
    {
        const Run r = run({QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("bodies: added 0, members: added 0, meetings: added "
                                              "0, calls: added 0, awards: added 0")),
                 qPrintable(r.out));
    }

    void helpListsTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        for (const char *text :
             {"bodies list", "funding summary", "funding import", "--expiring", "--by"})
            QVERIFY2(r.out.contains(QLatin1String(text)), text);
    }

    void bodiesList()
    {
        const Run r = run({QStringLiteral("bodies"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList all = lines(r.out);
        QCOMPARE(all.size(), 7); // the 1998 council has no member the seed names
        for (const QString &line : all)
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 6);
        QCOMPARE(all.first(),
                 QStringLiteral(
                     "Grupul de lucru pentru voluntariat (fictiv)\tAsociația Voluntarii Exemplului "
                     "(fictiv)\tLaura Demonstrativ (fictiv)\tchair\t2025-02-03\t2027-02-02"));
        QVERIFY(all.contains(QStringLiteral(
            "Grupul de lucru pentru voluntariat (fictiv)\tAgenția Națională a Modelelor (fictiv)\t"
            "Victor Ipotetic (fictiv)\tmember\t2025-02-03\t")));
    }

    void bodiesListExpiring_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("0") << 0;
        QTest::newRow("90") << 90;
        QTest::newRow("100 years") << 36500;
    }
    void bodiesListExpiring()
    {
        QFETCH(int, days);
        // Worked out again from the full list: the mandates of active bodies (the 1998 council is
        // dissolved) that end between today and today + DAYS.
        const QDate today = QDate::currentDate();
        QStringList expected;
        for (const QString &line :
             lines(run({QStringLiteral("bodies"), QStringLiteral("list")}).out)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            const QDate end = QDate::fromString(f.at(5), Qt::ISODate);
            if (!f.at(0).startsWith(QLatin1String("Consiliul Consultativ")) && end.isValid() &&
                end >= today && end <= today.addDays(days))
                expected << line;
        }
        const Run r = run({QStringLiteral("bodies"), QStringLiteral("list"),
                           QStringLiteral("--expiring"), QString::number(days)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), expected);
    }

    void bodiesListRefusesBadDays()
    {
        const Run r = run({QStringLiteral("bodies"), QStringLiteral("list"),
                           QStringLiteral("--expiring"), QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 64);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void fundingSummary_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QString total = QStringLiteral("total\t4\t375500.74\t180500.75");
        QTest::newRow("default: institution")
            << QStringList{}
            << QStringList{
                   QStringLiteral("Ministerul Exemplului (fictiv)\t3\t350500.49\t155500.50"),
                   QStringLiteral("Primăria Orașului Model (fictiv)\t1\t25000.25\t25000.25"),
                   total};
        QTest::newRow("domain") << QStringList{QStringLiteral("--by"), QStringLiteral("domain")}
                                << QStringList{
                                       QStringLiteral("Tineret\t1\t25000.25\t25000.25"),
                                       QStringLiteral("Voluntariat\t3\t350500.49\t155500.50"),
                                       total};
        QTest::newRow("county") << QStringList{QStringLiteral("--by"), QStringLiteral("county")}
                                << QStringList{QStringLiteral("București\t1\t149999.99\t0.00"),
                                               QStringLiteral("Cluj\t2\t135500.75\t135500.75"),
                                               QStringLiteral("Suceava\t1\t90000.00\t45000.00"),
                                               total};
        QTest::newRow("region") << QStringList{QStringLiteral("--by"), QStringLiteral("region")}
                                << QStringList{
                                       QStringLiteral("București-Ilfov\t1\t149999.99\t0.00"),
                                       QStringLiteral("Nord-Est\t1\t90000.00\t45000.00"),
                                       QStringLiteral("Nord-Vest\t2\t135500.75\t135500.75"), total};
    }
    void fundingSummary()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const Run r = run(QStringList{QStringLiteral("funding"), QStringLiteral("summary"),
                                      QStringLiteral("--year"), QStringLiteral("2025")} +
                          arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), expected);
    }

    void fundingSummaryOfAYearWithoutCalls()
    {
        const Run r = run({QStringLiteral("funding"), QStringLiteral("summary"),
                           QStringLiteral("--year"), QStringLiteral("2019")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), QStringList{QStringLiteral("total\t0\t0.00\t0.00")});
    }

    void fundingSummaryUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no year") << QStringList{};
        QTest::newRow("bad year") << QStringList{QStringLiteral("--year"), QStringLiteral("MMXXV")};
        QTest::newRow("bad key") << QStringList{QStringLiteral("--year"), QStringLiteral("2025"),
                                                QStringLiteral("--by"), QStringLiteral("planet")};
    }
    void fundingSummaryUsage()
    {
        QFETCH(QStringList, arguments);
        const Run r =
            run(QStringList{QStringLiteral("funding"), QStringLiteral("summary")} + arguments);
        QCOMPARE(r.exitCode, 64);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void fundingImport()
    {
        const QString csv =
            file(QStringLiteral("awards.csv"),
                 "Nr. contract;Apel;An;Organizație;Județ;Proiect;Suma acordată;Suma plătită;Stare\n"
                 "CLI-1;Program de finanțare a activităților de voluntariat 2025 "
                 "(fictiv);2025;Asociația Voluntarii Exemplului (fictiv);CJ;"
                 "Proiect nou (fictiv);1.000,50;0;contractat\n"
                 "CLI-2;Apel inexistent;2025;Asociația Voluntarii Exemplului (fictiv);CJ;X;1;0;\n");
        Run r = run({QStringLiteral("funding"), QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QStringLiteral("imported: 1, updated: 0, unchanged: 0, rejected: 1\n"));
        QVERIFY2(
            r.err.startsWith(csv + QStringLiteral(":3: Apel: no call named 'Apel inexistent'")),
            qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        // Again: nothing new.
        r = run({QStringLiteral("funding"), QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QStringLiteral("imported: 0, updated: 0, unchanged: 1, rejected: 1\n"));
        // The granted sum moved by exactly 1 000,50 lei.
        r = run({QStringLiteral("funding"), QStringLiteral("summary"), QStringLiteral("--year"),
                 QStringLiteral("2025")});
        QVERIFY2(r.out.contains(QLatin1String("total\t5\t376501.24\t180500.75\n")),
                 qPrintable(r.out));
        // A clean file: exit 0.
        const QString clean = file(QStringLiteral("clean.csv"),
                                   "Contract,Apel,Organizatie,Proiect,Acordat,Platit\n"
                                   "CLI-1,Program de finanțare a activităților de voluntariat 2025 "
                                   "(fictiv),Asociația Voluntarii Exemplului (fictiv),"
                                   "Proiect nou (fictiv),\"1.000,50\",\"500,25\"\n");
        r = run({QStringLiteral("funding"), QStringLiteral("import"), clean});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported: 0, updated: 1, unchanged: 0, rejected: 0\n"));
        QVERIFY(r.err.isEmpty());
    }

    void fundingImportFailures()
    {
        Run r = run({QStringLiteral("funding"), QStringLiteral("import")});
        QCOMPARE(r.exitCode, 64);
        const QString missing = m_cli.filePath(QStringLiteral("missing.csv"));
        r = run({QStringLiteral("funding"), QStringLiteral("import"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(missing));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        const QString noKey = file(QStringLiteral("nokey.csv"), "Apel;Proiect\nx;y\n");
        r = run({QStringLiteral("funding"), QStringLiteral("import"), noKey});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Nr. contract")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestBodiesFundingCli)
#include "tst_bodiesfundingcli.moc"

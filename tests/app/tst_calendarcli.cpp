#include "DemoFacts.h"
#include "TestDatabase.h"

#include "CliDatabase.h"
#include "programs/EventRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `calendar list` and `calendar export` are a contract for scripts: these tests run the real
// binary on the demo database and check its lines, files and exit codes.
class TestCalendarCli final : public dc::test::CliTest
{
    Q_OBJECT

private:
    QString db() const { return m_cli.path(); }
    QString file(const QString &name) const { return m_cli.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        CliTest::initTestCase();
        Run r = m_seeded;
        QVERIFY2(r.out.contains(QLatin1String("organizations: added 27, updated 0, unchanged 0\n")),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("programs: added 2, updated 0, unchanged 0\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("events: added 14, updated 0, unchanged 0\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("partnerships: added 24, updated 0, unchanged 0\n")),
                 qPrintable(r.out));
        r = m_cli.seed({QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("programs: added 0, updated 0, unchanged 2\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("events: added 0, updated 0, unchanged 14\n")),
                 qPrintable(r.out));
    }

    void helpListsTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("calendar export")));
        QVERIFY(r.out.contains(QLatin1String("calendar list")));
        QVERIFY(r.out.contains(QLatin1String("--program")));
    }

    void listsTheVideoconferencesOf2021()
    {
        const Run r =
            run({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--from"),
                 QStringLiteral("2021-01-01"), QStringLiteral("--to"), QStringLiteral("2021-12-31"),
                 QStringLiteral("--kind"), QStringLiteral("videoconference")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        const QStringList rows = lines(r.out);
        QCOMPARE(rows.size(), 13);
        const QStringList dates = dc::test::videoconferenceDays2021(QStringLiteral("yyyy-MM-dd"));
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList fields = rows.at(i).split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 8);
            QCOMPARE(fields.at(0), dates.at(i));
            QCOMPARE(fields.at(1), QString()); // the seed gives no times
            QCOMPARE(fields.at(2),
                     QStringLiteral(u"Programul Promotorii Voluntariatului în România"));
            QCOMPARE(fields.at(3), QStringLiteral("2021"));
            QCOMPARE(fields.at(4), QString::number(i + 1));
            QCOMPARE(fields.at(7), QStringLiteral("held"));
        }
        const QStringList eighth = rows.at(7).split(QLatin1Char('\t'));
        QCOMPARE(eighth.at(5), QStringLiteral("Nord-Est; Vest; Centru"));
        QVERIFY2(eighth.at(6).startsWith(QStringLiteral(
                     u"Pro Vobis - Centrul Național de Resurse pentru Voluntariat; ")),
                 qPrintable(eighth.at(6)));
        QCOMPARE(eighth.at(6).count(QLatin1String("; ")), 5);
    }

    void listWithoutKindIncludesTheClosingEvent()
    {
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("list"),
                           QStringLiteral("--from"), QStringLiteral("2021-11-01"),
                           QStringLiteral("--to"), QStringLiteral("2021-12-31")});
        QCOMPARE(r.exitCode, 0);
        const QStringList rows = lines(r.out);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(2).startsWith(QLatin1String("2021-12-06\t")));
    }

    void listUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --to") << QStringList{QStringLiteral("--from"),
                                                QStringLiteral("2021-01-01")};
        QTest::newRow("bad date") << QStringList{
            QStringLiteral("--from"), QStringLiteral("28.04.2021"), QStringLiteral("--to"),
            QStringLiteral("2021-12-31")};
        QTest::newRow("to before from")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2021-12-31"),
                           QStringLiteral("--to"), QStringLiteral("2021-01-01")};
        QTest::newRow("unknown kind") << QStringList{
            QStringLiteral("--from"),     QStringLiteral("2021-01-01"), QStringLiteral("--to"),
            QStringLiteral("2021-12-31"), QStringLiteral("--kind"),     QStringLiteral("party")};
    }

    void listUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r =
            run(QStringList{QStringLiteral("calendar"), QStringLiteral("list")} + arguments);
        QCOMPARE(r.exitCode, 64);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(r.out, QString());
    }

    void exportsAnIcsFileThatUpdatesRatherThanDuplicates()
    {
        const QString first = file(QStringLiteral("first.ics"));
        const QString second = file(QStringLiteral("second.ics"));
        const QStringList args = {
            QStringLiteral("calendar"),  QStringLiteral("export"),
            QStringLiteral("--program"), QStringLiteral("promotorii voluntariatului"),
            QStringLiteral("--edition"), QStringLiteral("2021")};
        Run r = run(args + QStringList{first});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("events: 14\n"));
        r = run(args + QStringList{second});
        QCOMPARE(r.exitCode, 0);
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray a = read(first);
        const QByteArray b = read(second);
        QVERIFY(a.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(a.count("BEGIN:VEVENT"), 14);
        QVERIFY(a.contains("DTSTART;VALUE=DATE:20210428\r\n"));
        QVERIFY(a.contains("DTSTART;VALUE=DATE:20211206\r\n"));
        QVERIFY(a.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Bucharest\r\n"));
        auto uids = [](const QByteArray &bytes) {
            QList<QByteArray> found;
            for (const QByteArray &line : bytes.split('\n')) {
                if (line.startsWith("UID:"))
                    found << line;
            }
            return found;
        };
        QCOMPARE(uids(a).size(), 14);
        QCOMPARE(uids(a), uids(b));
        for (const QByteArray &line : a.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
    }

    void exportsCsvAndXlsx()
    {
        const QStringList args = {
            QStringLiteral("calendar"),  QStringLiteral("export"),
            QStringLiteral("--program"), QStringLiteral(u"PROMOTORII VOLUNTARIATULUI ÎN ROMÂNIA"),
            QStringLiteral("--edition"), QStringLiteral("2021")};
        Run r = run(args + QStringList{file(QStringLiteral("calendar.csv"))});
        QCOMPARE(r.exitCode, 0);
        QFile csv(file(QStringLiteral("calendar.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 15);
        r = run(args + QStringList{file(QStringLiteral("calendar.xlsx"))});
        QCOMPARE(r.exitCode, 0);
        QFile xlsx(file(QStringLiteral("calendar.xlsx")));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QCOMPARE(xlsx.read(2), QByteArray("PK"));
    }

    void exportFailures_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("edition");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown program")
            << QStringLiteral("Erasmus") << QStringLiteral("2021") << QStringLiteral("x.ics") << 1
            << QStringLiteral(u"The programs are: Programul Promotorii Voluntariatului în România; "
                              u"Societatea civilă dezvoltă politici publice");
        QTest::newRow("ambiguous program")
            << QStringLiteral("p") << QStringLiteral("2021") << QStringLiteral("x.ics") << 1
            << QStringLiteral("several programs");
        QTest::newRow("no such edition")
            << QStringLiteral("SIPOCA 202") << QStringLiteral("2021") << QStringLiteral("x.ics")
            << 1 << QStringLiteral("Its editions are of: 2018");
        QTest::newRow("unwritable path") << QStringLiteral("promotorii") << QStringLiteral("2021")
                                         << QStringLiteral("/nonexistent-folder/x.ics") << 1
                                         << QStringLiteral("/nonexistent-folder/x.ics");
        QTest::newRow("unknown file type")
            << QStringLiteral("promotorii") << QStringLiteral("2021") << QStringLiteral("x.pdf")
            << 64 << QStringLiteral(".ics");
        QTest::newRow("edition not a year")
            << QStringLiteral("promotorii") << QStringLiteral("II") << QStringLiteral("x.ics") << 64
            << QStringLiteral("--edition");
    }

    void exportFailures()
    {
        QFETCH(QString, program);
        QFETCH(QString, edition);
        QFETCH(QString, out);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString path = out.startsWith(QLatin1Char('/')) ? out : file(out);
        const Run r =
            run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--program"),
                 program, QStringLiteral("--edition"), edition, path});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    // Seed 000: the Service organizes events of its own and supports those of others. Such an
    // event is listed with the same eight fields, the program and edition empty, and exported
    // with the events of a period. (The event is fictitious, added to this function's own copy.)
    void anEventOfNoProgramIsListedWithEmptyProgramAndEdition()
    {
        {
            auto opened = dc::Database::open(db());
            QVERIFY2(opened, qPrintable(opened.error()));
            dc::Event e;
            e.kind = dc::EventKind::RoundTable;
            e.number = 1;
            e.title = QStringLiteral(u"Masă rotundă (fictivă)");
            e.date = QDate(2021, 12, 6); // the day of the closing event
            e.regionIds = {1};
            const dc::Result<qint64> id = dc::EventRepository(opened.value()->connection()).add(e);
            QVERIFY2(id, qPrintable(id.error()));
        }
        Run r = run({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--from"),
                     QStringLiteral("2021-12-06"), QStringLiteral("--to"),
                     QStringLiteral("2021-12-06")});
        QCOMPARE(r.exitCode, 0);
        const QStringList rows = lines(r.out);
        QCOMPARE(rows.size(), 2);
        // Ordered by date, time and program: the event of no program first.
        const QStringList own = rows.at(0).split(QLatin1Char('\t'));
        QCOMPARE(own, (QStringList{QStringLiteral("2021-12-06"), QString(), QString(), QString(),
                                   QStringLiteral("1"), QStringLiteral("Nord-Est"), QString(),
                                   QStringLiteral("planned")}));
        const QStringList closing = rows.at(1).split(QLatin1Char('\t'));
        QCOMPARE(closing.size(), 8);
        QCOMPARE(closing.at(3), QStringLiteral("2021"));

        // The edition's export leaves it out; the period's export has both.
        const QString edition = file(QStringLiteral("edition.ics"));
        r = run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--program"),
                 QStringLiteral("promotorii voluntariatului"), QStringLiteral("--edition"),
                 QStringLiteral("2021"), edition});
        QCOMPARE(r.out, QStringLiteral("events: 14\n"));
        const QString period = file(QStringLiteral("period.ics"));
        r = run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--from"),
                 QStringLiteral("2021-12-01"), QStringLiteral("--to"), QStringLiteral("2021-12-31"),
                 period});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("events: 2\n"));
        QFile f(period);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString ics = QString::fromUtf8(f.readAll());
        QVERIFY2(ics.contains(QStringLiteral(u"SUMMARY:Masă rotundă (fictivă)\r\n")),
                 qPrintable(ics));
        QVERIFY(ics.contains(QStringLiteral("DESCRIPTION:The Service's own event")));

        // The period's form refuses what the edition's form takes, and a half-given period.
        r = run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--from"),
                 QStringLiteral("2021-12-01"), QStringLiteral("--program"), QStringLiteral("x"),
                 file(QStringLiteral("no.ics"))});
        QCOMPARE(r.exitCode, 64);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(file(QStringLiteral("no.ics"))));
    }
};

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendarcli.moc"

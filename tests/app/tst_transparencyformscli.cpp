#include "TestDatabase.h"

#include "CliDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// `transparency forms` and `transparency remind` are a contract for scripts: these tests run the
// real binary on the demo database (four fictitious institutions, one without a liaison e-mail)
// and check the lines, the files and the exit codes.
class TestTransparencyFormsCli final : public dc::test::CliTest
{
    Q_OBJECT

private:
    static QByteArray head(const QString &path, int bytes)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
    }

    // A new empty folder for one test.
    QString folder(const QString &name) const
    {
        const QString path = m_cli.filePath(name);
        QDir(path).removeRecursively();
        QDir().mkpath(path);
        return path;
    }

    const QStringList demoForms = {
        QStringLiteral("Raport-2025-Agentia-Nationala-a-Modelelor-fictiv.xlsx"),
        QStringLiteral("Raport-2025-Consiliul-Judetean-Exemplu-fictiv.xlsx"),
        QStringLiteral("Raport-2025-Ministerul-Exemplului-fictiv.xlsx"),
        QStringLiteral("Raport-2025-Primaria-Orasului-Model-fictiv.xlsx"),
    };

private Q_SLOTS:
    void helpListsTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("transparency forms OUTDIR")));
        QVERIFY(r.out.contains(QLatin1String("transparency remind OUTDIR")));
        QVERIFY(r.out.contains(QLatin1String("--sender")));
    }

    void formsWritesOneFilePerInstitutionAndSaysSo()
    {
        const QString out = folder(QStringLiteral("all"));
        const Run r = run({QStringLiteral("transparency"), QStringLiteral("forms"),
                           QStringLiteral("--year"), QStringLiteral("2025"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QStringList expected;
        for (const QString &name : demoForms)
            expected << QStringLiteral("form: ") +
                            QDir::toNativeSeparators(QDir(out).filePath(name));
        QCOMPARE(lines(r.out), expected);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), demoForms);
        for (const QString &name : demoForms)
            QCOMPARE(head(QDir(out).filePath(name), 4), QByteArray("PK\x03\x04"));
    }

    void formsOfOneInstitution()
    {
        const QString out = folder(QStringLiteral("one"));
        const Run r = run({QStringLiteral("transparency"), QStringLiteral("forms"),
                           QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--institution"), QStringLiteral("ministerul"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out),
                 QStringList{QStringLiteral("form: ") + QDir(out).filePath(demoForms.at(2))});
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{demoForms.at(2)});
    }

    void formsAgainReplacesTheFiles()
    {
        const QString out = folder(QStringLiteral("again"));
        const QStringList arguments{QStringLiteral("transparency"), QStringLiteral("forms"),
                                    QStringLiteral("--year"), QStringLiteral("2025"), out};
        QCOMPARE(run(arguments).exitCode, 0);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).size(), 4);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
                 demoForms); // no copies, no leftovers
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = QDir::tempPath(); // refused before the folder is looked at
        QTest::newRow("forms without --year")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("forms"), out};
        QTest::newRow("forms without a folder")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("forms"),
                           QStringLiteral("--year"), QStringLiteral("2025")};
        QTest::newRow("forms with two folders") << QStringList{QStringLiteral("transparency"),
                                                               QStringLiteral("forms"),
                                                               QStringLiteral("--year"),
                                                               QStringLiteral("2025"),
                                                               out,
                                                               out};
        QTest::newRow("forms with a year that is not one")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("forms"),
                           QStringLiteral("--year"), QStringLiteral("last"), out};
        QTest::newRow("remind without --year")
            << QStringList{QStringLiteral("transparency"), QStringLiteral("remind"), out};
        QTest::newRow("remind with a sender that is not an address")
            << QStringList{QStringLiteral("transparency"),
                           QStringLiteral("remind"),
                           QStringLiteral("--year"),
                           QStringLiteral("2020"),
                           QStringLiteral("--sender"),
                           QStringLiteral("oficiul"),
                           out};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("dialogcivic: ")), qPrintable(r.err));
    }

    void formsFailOnOneLineNamingTheFileOrFolder()
    {
        // No such folder.
        const QString missing = m_cli.filePath(QStringLiteral("no/such/folder"));
        Run r = run({QStringLiteral("transparency"), QStringLiteral("forms"),
                     QStringLiteral("--year"), QStringLiteral("2025"), missing});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 QStringLiteral("dialogcivic: %1: the folder does not exist\n").arg(missing));

        // A folder stands where the first form goes: nothing is written, the file is named.
        const QString out = folder(QStringLiteral("blocked"));
        const QString blocked = QDir(out).filePath(demoForms.at(0));
        QVERIFY(QDir().mkpath(blocked));
        r = run({QStringLiteral("transparency"), QStringLiteral("forms"), QStringLiteral("--year"),
                 QStringLiteral("2025"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("dialogcivic: %1: ").arg(blocked)),
                 qPrintable(r.err));

        // An institution that does not exist.
        r = run({QStringLiteral("transparency"), QStringLiteral("forms"), QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--institution"),
                 QStringLiteral("Ministerul Inexistent"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("no institution matches")));
    }

    void remindWritesAnEmailPerOverdueInstitutionAndNamesTheSkipped()
    {
        // 2020: no demo institution reported, and the deadline (15 May 2021) is long past.
        const QString out = folder(QStringLiteral("remind"));
        const Run r =
            run({QStringLiteral("transparency"), QStringLiteral("remind"), QStringLiteral("--year"),
                 QStringLiteral("2020"), QStringLiteral("--sender"),
                 QStringLiteral("cooperare@sgg.invalid"), out});
        QCOMPARE(r.exitCode, 2);
        const QStringList names = {
            QStringLiteral("Reamintire-2020-Agentia-Nationala-a-Modelelor-fictiv.eml"),
            QStringLiteral("Reamintire-2020-Consiliul-Judetean-Exemplu-fictiv.eml"),
            QStringLiteral("Reamintire-2020-Ministerul-Exemplului-fictiv.eml")};
        QStringList expected;
        for (const QString &name : names)
            expected << QStringLiteral("reminder: ") + QDir(out).filePath(name);
        QCOMPARE(lines(r.out), expected);
        QCOMPARE(lines(r.err),
                 QStringList{QStringLiteral(
                     u"skipped: Primăria Orașului Model (fictiv): no liaison e-mail")});
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), names);
        const QByteArray eml = head(QDir(out).filePath(names.at(2)), 4096);
        QVERIFY(eml.startsWith("From: "));
        QVERIFY(eml.contains("<cooperare@sgg.invalid>"));
        QVERIFY(eml.contains("\r\nX-Unsent: 1\r\n"));
    }

    void remindWithoutASenderWritesThePlaceholder()
    {
        const QString out = folder(QStringLiteral("placeholder"));
        const Run r = run({QStringLiteral("transparency"), QStringLiteral("remind"),
                           QStringLiteral("--year"), QStringLiteral("2020"), out});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lines(r.out).size(), 3);
        QVERIFY(head(QDir(out).filePath(
                         QStringLiteral("Reamintire-2020-Ministerul-Exemplului-fictiv.eml")),
                     4096)
                    .contains("<adresa-oficiului@exemplu.invalid>"));
    }

    void remindWhenNothingIsOverdue()
    {
        // 2025 in the demo: three reports received; the fourth is overdue only once 15 May 2026 has
        // passed, so the answer depends on today's date: check what the status command says.
        const Run status = run({QStringLiteral("transparency"), QStringLiteral("status"),
                                QStringLiteral("--year"), QStringLiteral("2025")});
        QCOMPARE(status.exitCode, 0);
        const bool overdue = status.out.contains(QLatin1String("\tmissing\t\t")) &&
                             !status.out.contains(QLatin1String("\tmissing\t\t0\n"));
        const QString out = folder(QStringLiteral("none"));
        const Run r = run({QStringLiteral("transparency"), QStringLiteral("remind"),
                           QStringLiteral("--year"), QStringLiteral("2025"), out});
        if (overdue) {
            QCOMPARE(r.exitCode, 2); // the one missing has no liaison e-mail
            QVERIFY(r.out.isEmpty());
            QCOMPARE(lines(r.err).size(), 1);
        } else {
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.isEmpty());
            QVERIFY(r.err.isEmpty());
        }
        QVERIFY(QDir(out).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransparencyFormsCli)
#include "tst_transparencyformscli.moc"

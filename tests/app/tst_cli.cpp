#include "TestDatabase.h"

#include "CliDatabase.h"
#include "FileSizeLimit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The headless commands are a contract for scripts: these tests run the real binary and check
// its output lines and exit codes.
class TestCli final : public dc::test::CliTest
{
    Q_OBJECT

private:
    static Run run(const QStringList &arguments, const QString &program = QString())
    {
        return dc::test::runCli(arguments, program);
    }

    QString db() const { return m_cli.path(); }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("dialogcivic ")), qPrintable(r.out));
    }

    void helpListsTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"demo", "db check", "ngo import", "ngo search", "ngo export"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = run({QStringLiteral("--database"), db(), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    // An unknown --lang is refused before anything runs, with or without a command.
    void unknownLanguageIsAUsageError()
    {
        const QString missing = m_cli.filePath(QStringLiteral("new.sqlite"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--lang"), QStringLiteral("xx"),
                          QStringLiteral("--database"), missing, QStringLiteral("db"),
                          QStringLiteral("check")},
              QStringList{QStringLiteral("--lang=de"), QStringLiteral("--database"), missing}}) {
            const Run r = run(arguments);
            QCOMPARE(r.exitCode, 64);
            QVERIFY2(r.err.startsWith(QLatin1String("dialogcivic: unknown language")),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("ro, en, sr")), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
        QVERIFY(!QFile::exists(missing)); // nothing was opened, let alone made
        const Run ok =
            run({QStringLiteral("--lang"), QStringLiteral("SR"), QStringLiteral("--version")});
        QCOMPARE(ok.exitCode, 0);
    }

    void demoIsIdempotent()
    {
        const QString path = m_cli.filePath(QStringLiteral("new.sqlite"));
        Run r = run({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("organizations: added 27, updated 0, unchanged 0")),
                 qPrintable(r.out + r.err));
        r = run({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("organizations: added 0, updated 0, unchanged 27")),
                 qPrintable(r.out));
    }

    void dbCheck()
    {
        const Run r = run(
            {QStringLiteral("--database"), db(), QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(
                QStringLiteral("schema version: %1\n").arg(dc::Database::latestSchemaVersion())),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("integrity: ok")));
    }

    void dbCheckRefusesANonDatabase()
    {
        const QString path = m_cli.filePath(QStringLiteral("text.sqlite"));
        QVERIFY(dc::test::writeFile(path, "not a database at all"));
        const Run r = run(
            {QStringLiteral("--database"), path, QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(path));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void searchFindsDiacriticsBothWays()
    {
        const QStringList base = {QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                                  QStringLiteral("search")};
        Run r = run(base + QStringList{QStringLiteral("asociatia comunelor")});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QStringList fields = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(1), QStringLiteral(u"Asociația Comunelor din România"));
        // Issue 15: no seed gives the seat of the associative structures: undetermined.
        QCOMPARE(fields.at(2), QStringLiteral("undetermined"));

        r = run(base + QStringList{QStringLiteral(u"Freamăţ")}); // cedilla typed
        lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().contains(QStringLiteral(u"Freamăt de Speranță")));

        r = run(base + QStringList{QStringLiteral("asoc"), QStringLiteral("--limit"),
                                   QStringLiteral("3")});
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);

        r = run(base + QStringList{QStringLiteral("asoc"), QStringLiteral("--limit"),
                                   QStringLiteral("zero")});
        QCOMPARE(r.exitCode, 64);
    }

    // Issue 19: text stored with control characters (written by another program) is never
    // printed raw: ESC would start a terminal escape sequence, U+202E would reverse the line.
    void storedControlCharactersAreNeverPrintedRaw()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("controls.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("demo")}).exitCode, 0);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("controls"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE organization SET name = 'Zzeta ' || char(27) || '[2J' || "
                "char(8238) || 'ABC' || char(7) WHERE id = (SELECT min(id) FROM organization)")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("controls"));
        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("ngo"),
                           QStringLiteral("search"), QStringLiteral("zzeta")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("\tZzeta \\x1b[2J\\u{202E}ABC\\x07\t")),
                 qPrintable(r.out));
        for (const QChar c : r.out)
            QVERIFY2(c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
                         (c.unicode() >= 0x20 && c.unicode() != 0x202E),
                     qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    }

    void importReportsRejectedRowsAndExitCodes()
    {
        const QString csv = m_cli.filePath(QStringLiteral("orgs.csv"));
        QVERIFY(dc::test::writeFile(csv,
                                    "Denumire;CIF;Judet;Localitate;E-mail\n"
                                    "Asociatia Alfa;RO 4221187;Cluj;Cluj-Napoca;alfa@exemplu.ro\n"
                                    "Asociatia Beta;4221188;Iasi;Iasi;\n"
                                    "\"Fundatia \"\"Gama\"\"\nsecond line\";;Atlantida;;\n"
                                    "Asociatia Delta;;B;Bucuresti;nu-e-email\n"
                                    "Fundatia Epsilon;;Judetul Timis;Timisoara;\n"));
        const QStringList args = {QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                                  QStringLiteral("import"), csv};
        Run r = run(args + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.out.endsWith(QLatin1String("imported: 2, updated: 0, unchanged: 0, rejected: 3\n")),
            qPrintable(r.out));
        r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                 QStringLiteral("search"), QStringLiteral("alfa")});
        QCOMPARE(r.out, QString()); // the dry run wrote nothing

        r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.out.endsWith(QLatin1String("imported: 2, updated: 0, unchanged: 0, rejected: 3\n")),
            qPrintable(r.out));
        const QStringList errors = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.at(0).startsWith(csv + QLatin1String(":3: ")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(csv + QLatin1String(":4: ")), qPrintable(errors.at(1)));
        QVERIFY2(errors.at(2).startsWith(csv + QLatin1String(":6: ")), qPrintable(errors.at(2)));

        r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.out.endsWith(QLatin1String("imported: 0, updated: 0, unchanged: 2, rejected: 3\n")),
            qPrintable(r.out));

        r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                 QStringLiteral("import"), m_cli.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("missing.csv")));

        r = run(args + QStringList{QStringLiteral("--encoding"), QStringLiteral("latin-9")});
        QCOMPARE(r.exitCode, 64);
    }

    void importCleanFileExitsZero()
    {
        const QString csv = m_cli.filePath(QStringLiteral("clean.csv"));
        QVERIFY(dc::test::writeFile(csv, "Name,County\nAsociatia Zeta,CJ\n"));
        const Run r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                           QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("imported: 1, updated: 0, unchanged: 0, rejected: 0\n"));
    }

    // One invalid byte rejects its line, named as FILE:LINE with the byte and column; the rest of
    // the file is read as UTF-8. A wrong --encoding is warned about on stderr.
    void importRejectsOnlyTheLineWithAnInvalidByte()
    {
        const QString csv = m_cli.filePath(QStringLiteral("one-bad-byte.csv"));
        QVERIFY(dc::test::writeFile(csv, "Denumire;Judet\n"
                                         "Asocia\xC8\x9Bia Teta;Cluj\n"
                                         "Asociatia Iota \xC3 X;Cluj\n"));
        Run r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                     QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, csv + QStringLiteral(":3: invalid UTF-8 (byte 0xC3 at column 16)\n"));
        QCOMPARE(r.out, QStringLiteral("imported: 1, updated: 0, unchanged: 0, rejected: 1\n"));
        r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                 QStringLiteral("search"), QStringLiteral("teta")});
        QVERIFY2(r.out.contains(QStringLiteral(u"Asociația Teta")), qPrintable(r.out));

        r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                 QStringLiteral("import"), csv, QStringLiteral("--dry-run"),
                 QStringLiteral("--encoding"), QStringLiteral("windows-1250")});
        QVERIFY2(r.err.startsWith(
                     QStringLiteral(
                         "dialogcivic: warning: %1: the text looks like UTF-8 read as Windows-1250")
                         .arg(csv)),
                 qPrintable(r.err));
    }

    void exportRoundTrips()
    {
        const QString csv = m_cli.filePath(QStringLiteral("export.csv"));
        Run r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                     QStringLiteral("export"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Freamăt de Speranță"));
        r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                 QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("imported: 0, updated: 0, unchanged: ")),
                 qPrintable(r.out + r.err));

        const QString xlsx = m_cli.filePath(QStringLiteral("export.xlsx"));
        r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                 QStringLiteral("export"), xlsx});
        QCOMPARE(r.exitCode, 0);
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK");

        r = run({QStringLiteral("--database"), db(), QStringLiteral("ngo"),
                 QStringLiteral("export"), QStringLiteral("/nonexistent-dir/out.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("/nonexistent-dir/out.csv")));
    }

    void emptyDatabasePathIsAUsageError()
    {
        const QString csv = m_cli.filePath(QStringLiteral("empty-path.csv"));
        QVERIFY(dc::test::writeFile(csv, "Name,County\nAsociatia Zeta,CJ\n"));
        const Run r = run({QStringLiteral("--database"), QString(), QStringLiteral("ngo"),
                           QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 64);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("dialogcivic: --database needs a file name\n"));
    }

    // Only demo and --create make a database; a mistyped path is refused, folders and all.
    void missingDatabaseIsRefusedUnlessCreated()
    {
        const QString csv = m_cli.filePath(QStringLiteral("new.csv"));
        QVERIFY(dc::test::writeFile(csv, "Name,County\nAsociatia Zeta,CJ\n"));
        const QString path = m_cli.filePath(QStringLiteral("typo/new.sqlite"));
        const QList<QStringList> commands = {
            {QStringLiteral("ngo"), QStringLiteral("import"), csv},
            {QStringLiteral("ngo"), QStringLiteral("search"), QStringLiteral("zeta")},
            {QStringLiteral("ngo"), QStringLiteral("export"),
             m_cli.filePath(QStringLiteral("new-export.csv"))},
            {QStringLiteral("db"), QStringLiteral("check")},
        };
        for (const QStringList &command : commands) {
            const Run r = run(QStringList{QStringLiteral("--database"), path} + command);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err, QStringLiteral("dialogcivic: no such database: %1\n").arg(path));
        }
        QVERIFY(!QFileInfo::exists(m_cli.filePath(QStringLiteral("typo"))));
        QVERIFY(!QFileInfo::exists(m_cli.filePath(QStringLiteral("new-export.csv"))));

        Run r = run({QStringLiteral("--database"), path, QStringLiteral("--create"),
                     QStringLiteral("ngo"), QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(path));
        r = run({QStringLiteral("--database"), m_cli.filePath(QStringLiteral("demo/new.sqlite")),
                 QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
    }

    void databaseOfAnotherProgramIsRefusedUntouched()
    {
        const QString path = m_cli.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = dc::test::fileSha256(path);
        for (const QStringList &command :
             {QStringList{QStringLiteral("demo")},
              QStringList{QStringLiteral("db"), QStringLiteral("check")}}) {
            const Run r = run(QStringList{QStringLiteral("--database"), path} + command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("is an SQLite database of another program")),
                     qPrintable(r.err));
        }
        QCOMPARE(dc::test::fileSha256(path), before);
    }

    // A damaged database can be looked at (read-only) but not written: import and demo refuse.
    // Issue 19: `demo` into a new database on a full disk left the file at schema 2. Whether the
    // disk fills in the first migration (300 kB) or in the demo data (800 kB; a new database has
    // some 470 kB), the file the command made is removed with its journal files.
    void failedDemoLeavesNoNewDatabase_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("full during the migration") << 300 * 1024;
        QTest::newRow("full during the demo data") << 800 * 1024;
    }
    void failedDemoLeavesNoNewDatabase()
    {
        QFETCH(int, limit);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Run r;
        {
            const dc::test::FileSizeLimit full{rlim_t(limit)}; // inherited by the program
            r = run({QStringLiteral("--database"), path, QStringLiteral("demo")});
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("dialogcivic: ")), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A file too large to be checked while it is opened (Database::checkAtOpenBytes) is checked
    // before a write: the import refuses it as it refuses a small damaged file.
    void largeDamagedDatabaseRefusesWrites()
    {
        const QString path = m_cli.filePath(QStringLiteral("large-damaged.sqlite"));
        QVERIFY(QFile::copy(db(), path));
        QVERIFY(dc::test::growDatabase(path, dc::Database::checkAtOpenBytes));
        QVERIFY(dc::test::damageDatabase(path));
        const QByteArray before = dc::test::fileSha256(path);
        const QString csv = m_cli.filePath(QStringLiteral("large-damaged.csv"));
        QVERIFY(dc::test::writeFile(csv, "Name,County\nAsociatia Eta,CJ\n"));
        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("ngo"),
                           QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("is damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was written")), qPrintable(r.err));
        QCOMPARE(dc::test::fileSha256(path), before);
    }

    void damagedDatabaseRefusesEveryWrite()
    {
        const QString path = m_cli.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(db(), path));
        QVERIFY(dc::test::damageDatabase(path));
        const QByteArray before = dc::test::fileSha256(path);
        const QString csv = m_cli.filePath(QStringLiteral("damaged.csv"));
        QVERIFY(dc::test::writeFile(csv, "Name,County\nAsociatia Eta,CJ\n"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("ngo"), QStringLiteral("import"), csv},
              QStringList{QStringLiteral("demo")}}) {
            const Run r = run(QStringList{QStringLiteral("--database"), path} + command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("is damaged")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("nothing was written")), qPrintable(r.err));
            QCOMPARE(r.out, QString());
        }
        Run r = run({QStringLiteral("--database"), path, QStringLiteral("ngo"),
                     QStringLiteral("search"), QStringLiteral("comunelor")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("is damaged")), qPrintable(r.err));
        r = run(
            {QStringLiteral("--database"), path, QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(dc::test::fileSha256(path), before);
    }

    void readOnlyDatabaseOpensReadOnly()
    {
        // The tests run as root in CI, for whom every file is writable: run the command as an
        // unprivileged user in that case.
        QTemporaryDir holder(QDir::tempPath() + QStringLiteral("/dialogcivic-ro-XXXXXX"));
        QVERIFY(holder.isValid());
        const QString dir = holder.path();
        // The unprivileged user must be able to reach the folder.
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                       QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                       QFile::ExeOther);
        const QString path = dir + QStringLiteral("/readonly.sqlite");
        QVERIFY(QFile::copy(db(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                       QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        Run r;
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: cannot test a read-only file");
            r = run({QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                     QStringLiteral("--clear-groups"), qEnvironmentVariable("DIALOGCIVIC_BINARY"),
                     QStringLiteral("--database"), path, QStringLiteral("ngo"),
                     QStringLiteral("search"), QStringLiteral("asociatia")},
                    QStandardPaths::findExecutable(QStringLiteral("setpriv")));
        } else {
            r = run({QStringLiteral("--database"), path, QStringLiteral("ngo"),
                     QStringLiteral("search"), QStringLiteral("asociatia")});
        }
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral(u"Asociația Comunelor din România")));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A writable file in a folder we cannot write to is not damaged: it is read, read-only, and
    // the message says what to do.
    void readOnlyFolderIsNotDamage()
    {
        QTemporaryDir holder(QDir::tempPath() + QStringLiteral("/dialogcivic-rofolder-XXXXXX"));
        QVERIFY(holder.isValid());
        const QString dir = holder.path();
        const QString path = dir + QStringLiteral("/wal.sqlite");
        QVERIFY(QFile::copy(db(), path)); // a WAL database (the header says so)
        const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                         QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QVERIFY(QFile::setPermissions(path, all));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                               QFile::ExeGroup | QFile::ReadOther |
                                               QFile::ExeOther));
        const QByteArray before = dc::test::fileSha256(path);
        const QStringList command = {QStringLiteral("--database"), path, QStringLiteral("ngo"),
                                     QStringLiteral("search"), QStringLiteral("asociatia")};
        Run r;
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: cannot test a read-only folder");
            r = run(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"),
                                qEnvironmentVariable("DIALOGCIVIC_BINARY")} +
                        command,
                    QStandardPaths::findExecutable(QStringLiteral("setpriv")));
        } else {
            r = run(command);
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("The folder %1 is read-only: SQLite needs to create "
                                               "its journal beside the file; "
                                               "copy the file to a writable folder")
                                    .arg(dir)),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral(u"Asociația Comunelor din România")));
        QCOMPARE(dc::test::fileSha256(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

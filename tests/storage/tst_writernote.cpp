#include "DatabaseTest.h"
#include "storage/Transaction.h"
#include "storage/WriterNote.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace dc;

namespace {
// A note as another process would have left it.
bool writeNote(const QString &database, qint64 pid, const QString &host,
               const QString &started = QString())
{
    const QJsonObject note{{QStringLiteral("what"), QStringLiteral("import")},
                           {QStringLiteral("pid"), pid},
                           {QStringLiteral("started"), started},
                           {QStringLiteral("host"), host},
                           {QStringLiteral("user"), QStringLiteral("ana")},
                           {QStringLiteral("since"), QStringLiteral("2026-12-05T14:02:00Z")}};
    return test::writeFile(WriterNote::pathFor(database), QJsonDocument(note).toJson());
}

// The pid of a process that has ended (and been reaped).
qint64 endedProcess()
{
    QProcess child;
    child.start(QStringLiteral("true"), {});
    if (!child.waitForFinished())
        return -1;
    return child.processId() > 0 ? child.processId() : 0x3ffffff0;
}

} // namespace

// The note a long write leaves beside the database, so that a second writer told "busy" learns
// who holds it.
// No server twin (DIALOGCIVIC_NO_SERVER_TWIN): the note lies beside an SQLite file, whose writers
// lock one another; the server's connections do not.
class TestWriterNote final : public test::EmptyDatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void longWriteLeavesItsNoteWhileItHoldsTheLock()
    {
        const QString note = WriterNote::pathFor(m_db->path());
        {
            Transaction write(m_db->connection(), WriterNote::Activity::Demo);
            QVERIFY(write.isActive());
            const std::optional<WriterNote::Holder> holder = WriterNote::read(m_db->path());
            QVERIFY(holder);
            QCOMPARE(holder->activity, WriterNote::Activity::Demo);
            QCOMPARE(holder->pid, QCoreApplication::applicationPid());
            QCOMPARE(holder->host, QSysInfo::machineHostName());
            QVERIFY(holder->onThisComputer);
            QVERIFY(!holder->user.isEmpty());
            QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QVERIFY(write.commit());
            QVERIFY2(!QFileInfo::exists(note), "the note outlived the commit");
        }
        {
            Transaction write(m_db->connection(), WriterNote::Activity::Import);
            QVERIFY(QFileInfo::exists(note));
        } // rolled back
        QVERIFY2(!QFileInfo::exists(note), "the note outlived the rollback");
    }

    // A short edit leaves no note, and a savepoint inside a long write keeps the outer note.
    void onlyTheOuterLongWriteLeavesANote()
    {
        const QString note = WriterNote::pathFor(m_db->path());
        {
            Transaction edit(m_db->connection());
            QVERIFY(edit.isActive());
            QVERIFY(!QFileInfo::exists(note));
        }
        Transaction outer(m_db->connection(), WriterNote::Activity::Demo);
        {
            Transaction inner(m_db->connection(), WriterNote::Activity::Import);
            QVERIFY(inner.isActive());
            QCOMPARE(WriterNote::read(m_db->path())->activity, WriterNote::Activity::Demo);
            QVERIFY(inner.commit());
        }
        QVERIFY(QFileInfo::exists(note));
        QVERIFY(outer.commit());
        QVERIFY(!QFileInfo::exists(note));
    }

    // The note of a writer that was killed is not believed: its process has ended.
    void noteOfAnEndedProcessIsStale()
    {
        const qint64 pid = endedProcess();
        QVERIFY(pid > 0);
        QVERIFY(writeNote(m_db->path(), pid, QSysInfo::machineHostName()));
        QVERIFY(!WriterNote::read(m_db->path()));
    }

    // A pid given again to another process: the start time in the note no longer matches.
    void noteOfAReusedPidIsStale()
    {
#if defined(Q_OS_LINUX)
        QVERIFY(writeNote(m_db->path(), QCoreApplication::applicationPid(),
                          QSysInfo::machineHostName(), QStringLiteral("1")));
        QVERIFY(!WriterNote::read(m_db->path()));
#else
        QSKIP("the start time of a process is read from /proc");
#endif
    }

    // Another computer's process cannot be checked: its note is believed, and says where.
    void noteFromAnotherComputerIsBelieved()
    {
        QVERIFY(writeNote(m_db->path(), 1234, QStringLiteral("pc-birou-7")));
        const std::optional<WriterNote::Holder> holder = WriterNote::read(m_db->path());
        QVERIFY(holder);
        QVERIFY(!holder->onThisComputer);
        QCOMPARE(holder->user, QStringLiteral("ana"));
        QCOMPARE(holder->host, QStringLiteral("pc-birou-7"));
        QCOMPARE(holder->since, QDateTime(QDate(2026, 12, 5), QTime(14, 2), Qt::UTC));
    }

    void unreadableNoteIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("pid=12");
        QTest::newRow("unknown activity")
            << QByteArray(R"({"what":"format","pid":1,"host":"x","since":"2026-12-05T14:02:00Z"})");
        QTest::newRow("no time") << QByteArray(R"({"what":"import","pid":1,"host":"x"})");
    }
    void unreadableNoteIsIgnored()
    {
        QFETCH(QByteArray, content);
        QVERIFY(test::writeFile(WriterNote::pathFor(m_db->path()), content));
        QVERIFY(!WriterNote::read(m_db->path()));
    }

    // The second writer is told what holds the database, by whom and since when; a stale note
    // changes nothing: the message is the general one.
    void busyWriterIsToldWhoHoldsTheDatabase()
    {
        auto other = m_db->database().openAnother(QString());
        QVERIFY2(other, qPrintable(other.error()));
        QSqlQuery pragma(other.value()->connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 200")));
        {
            const QString sinceBefore =
                QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
            Transaction first(m_db->connection(), WriterNote::Activity::Import);
            QVERIFY(first.isActive());
            Transaction second(other.value()->connection());
            QVERIFY(!second.isActive());
            const QString sinceAfter =
                QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
            const QString expected = QStringLiteral("%1: the database is busy: another import is "
                                                    "running on this database (user %2, since ")
                                         .arg(m_db->path(), WriterNote::read(m_db->path())->user);
            QVERIFY2(second.error().startsWith(expected), qPrintable(second.error()));
            QVERIFY2(second.error().endsWith(sinceBefore + QLatin1Char(')')) ||
                         second.error().endsWith(sinceAfter + QLatin1Char(')')),
                     qPrintable(second.error()));
        }
        {
            Transaction first(m_db->connection(), WriterNote::Activity::Demo);
            Transaction second(other.value()->connection());
            QVERIFY2(second.error().contains(
                         QLatin1String("the demonstration data is being added to it (user ")),
                     qPrintable(second.error()));
        }
        {
            Transaction first(m_db->connection(), WriterNote::Activity::SchemaUpdate);
            Transaction second(other.value()->connection());
            QVERIFY2(second.error().contains(
                         QLatin1String("the structure of the database is being updated (user ")),
                     qPrintable(second.error()));
        }
        {
            Transaction first(m_db->connection());
            QVERIFY(writeNote(m_db->path(), endedProcess(), QSysInfo::machineHostName()));
            Transaction second(other.value()->connection());
            QCOMPARE(second.error(),
                     QStringLiteral(
                         "%1: the database is busy: another program or import is writing to it")
                         .arg(m_db->path()));
        }
        {
            Transaction first(m_db->connection());
            QVERIFY(writeNote(m_db->path(), 1234, QStringLiteral("pc-birou-7")));
            Transaction second(other.value()->connection());
            QVERIFY2(second.error().contains(
                         QLatin1String("another import is running on this database (user ana on "
                                       "the computer pc-birou-7, since ")),
                     qPrintable(second.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestWriterNote)
#include "tst_writernote.moc"

#include "FileSizeLimit.h"
#include "TestDatabase.h"
#include "programs/CalendarExporter.h"
#include "programs/ICalendarWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace dc;

// The iCalendar file that Outlook, Thunderbird and Google Calendar import: RFC 5545 line
// folding, escaping, the time zone, and UIDs that stay the same from one export to the next.
class TestICalendar final : public QObject
{
    Q_OBJECT

private:
    static CalendarEntry entry()
    {
        CalendarEntry e;
        e.eventId = 7;
        e.editionId = 2;
        e.programName = QStringLiteral(u"Programul Promotorii Voluntariatului în România");
        e.editionNumber = 2;
        e.editionYear = 2021;
        e.kind = EventKind::Videoconference;
        e.number = 3;
        e.date = QDate(2021, 5, 27);
        e.startTime = QTime(10, 0);
        e.durationMinutes = 120;
        e.regions = {QStringLiteral("Nord-Vest"), QStringLiteral("Centru")};
        e.coorganizers = {
            QStringLiteral(u"Pro Vobis - Centrul Național de Resurse pentru Voluntariat"),
            QStringLiteral("Centrul de Voluntariat Cluj-Napoca")};
        e.link = QStringLiteral("https://meet.example.ro/vc3");
        e.status = EventStatus::Held;
        e.uid = QStringLiteral("0f8e7a4c-1111-2222-3333-444455556666@dialogcivic");
        e.sequence = 2;
        e.updatedAt = QDateTime(QDate(2021, 5, 20), QTime(8, 30), Qt::UTC);
        return e;
    }

    // The content lines after unfolding (RFC 5545 3.1).
    static QStringList unfolded(const QByteArray &bytes)
    {
        QByteArray joined = bytes;
        joined.replace("\r\n ", "");
        return QString::fromUtf8(joined).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void foldsAt75Octets_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("short") << QStringLiteral("Videoconference no. 3");
        QTest::newRow("ascii, long") << QString(300, QLatin1Char('x'));
        QTest::newRow("two-byte letters") << QString(200, QChar(0x0219)); // ș
        QTest::newRow("mixed, odd offset")
            << (QStringLiteral("a") + QString(150, QChar(0x021B)) + QStringLiteral("b"));
        QTest::newRow("three-byte") << QString(100, QChar(0x20AC)); // €
        QTest::newRow("romanian text")
            << QStringLiteral(u"Asociația Militarilor Participanți în Teatrele de Operații, "
                              u"Freamăt de Speranță; Mă bucur de Viață; Comunitatea ONedu România");
    }

    void foldsAt75Octets()
    {
        QFETCH(QString, value);
        const QByteArray line = "DESCRIPTION:" + value.toUtf8();
        const QByteArray folded = ICalendarWriter::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.left(folded.size() - 2).split('\n');
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray l = physical.at(i);
            if (l.endsWith('\r'))
                l.chop(1);
            QVERIFY2(l.size() <= 75,
                     qPrintable(QStringLiteral("line %1 has %2 octets").arg(i).arg(l.size())));
            if (i > 0)
                QVERIFY(l.startsWith(' '));
            // Each physical line is valid UTF-8 on its own: no letter was cut.
            QVERIFY2(QString::fromUtf8(l).toUtf8() == l,
                     qPrintable(QStringLiteral("line %1 splits a letter").arg(i)));
        }
        QByteArray back = folded;
        back.replace("\r\n ", "");
        QCOMPARE(back, line + "\r\n");
    }

    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("comma") << QStringLiteral("Vest, Centru")
                               << QStringLiteral("Vest\\, Centru");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("C:\\dir") << QStringLiteral("C:\\\\dir");
        QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("crlf") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("colon stays")
            << QStringLiteral("Link: https://x.ro") << QStringLiteral("Link: https://x.ro");
        QTest::newRow("diacritics stay") << QStringLiteral(u"ăâîșț") << QStringLiteral(u"ăâîșț");
    }

    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ICalendarWriter::escapeText(text), escaped);
    }

    void writesAnEventWithTimeZone()
    {
        const QByteArray bytes =
            ICalendarWriter::document({entry()}, QStringLiteral("Calendar; test"),
                                      QDateTime(QDate(2021, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QVERIFY2(!bytes.contains("\n") || bytes.count("\n") == bytes.count("\r\n"),
                 "every line ends with CRLF");
        const QStringList lines = unfolded(bytes);
        QVERIFY(lines.contains(QStringLiteral("DTSTART;TZID=Europe/Bucharest:20210527T100000")));
        QVERIFY(lines.contains(QStringLiteral("DURATION:PT120M")));
        QVERIFY(
            lines.contains(QStringLiteral("UID:0f8e7a4c-1111-2222-3333-444455556666@dialogcivic")));
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20210601T120000Z")));
        QVERIFY(lines.contains(QStringLiteral("SEQUENCE:2")));
        QVERIFY(lines.contains(QStringLiteral("LAST-MODIFIED:20210520T083000Z")));
        QVERIFY(lines.contains(QStringLiteral("STATUS:CONFIRMED")));
        QVERIFY(lines.contains(QStringLiteral("X-WR-CALNAME:Calendar\\; test")));
        QVERIFY(lines.contains(QStringLiteral("LOCATION:Nord-Vest\\, Centru")));
        QVERIFY(lines.contains(QStringLiteral("URL:https://meet.example.ro/vc3")));
        QString description;
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("DESCRIPTION:")))
                description = l;
        }
        QVERIFY2(description.contains(
                     QStringLiteral(u"Co-organizers: Pro Vobis - Centrul Național de Resurse "
                                    u"pentru Voluntariat\\; Centrul de Voluntariat Cluj-Napoca")),
                 qPrintable(description));
        QVERIFY2(description.contains(QLatin1String("\\nLink: https://meet.example.ro/vc3")),
                 qPrintable(description));
        // The time zone: EU rules, last Sunday of March and October.
        for (const char *tz :
             {"BEGIN:VTIMEZONE", "TZID:Europe/Bucharest", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
              "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
              "DTSTART:19970330T030000", "DTSTART:19971026T040000", "END:VTIMEZONE"})
            QVERIFY2(lines.contains(QLatin1String(tz)), tz);
        QVERIFY(bytes.indexOf("END:VTIMEZONE") < bytes.indexOf("BEGIN:VEVENT"));
    }

    void wholeDayEventsAndOtherStatuses()
    {
        CalendarEntry e = entry();
        e.startTime = QTime();
        e.place = QStringLiteral("online");
        e.status = EventStatus::Cancelled;
        const QStringList lines =
            unfolded(ICalendarWriter::document({e}, QString(), QDateTime::currentDateTimeUtc()));
        QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20210527")));
        QVERIFY(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20210528")));
        QVERIFY(lines.contains(QStringLiteral("LOCATION:online")));
        QVERIFY(lines.contains(QStringLiteral("STATUS:CANCELLED")));
    }

    // Found by tests/fuzz/fuzz_icalendar: the description's first line was made with chained
    // arg() calls, so a "%2" in the program's name took the edition number and the year.
    void percentSignsInTheProgramNameStayAsWritten()
    {
        CalendarEntry e = entry();
        e.programName = QStringLiteral("Program %1 %2 100%");
        const QStringList lines =
            unfolded(ICalendarWriter::document({e}, QString(), QDateTime::currentDateTimeUtc()));
        QString description;
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("DESCRIPTION:")))
                description = l;
        }
        QVERIFY2(description.startsWith(
                     QLatin1String("DESCRIPTION:Program %1 %2 100%\\, edition 2 (2021)\\n")),
                 qPrintable(description));
        QVERIFY(
            lines.contains(QStringLiteral(u"SUMMARY:Videoconference no. 3 – Program %1 %2 100%")));
    }

    // Found by tests/fuzz/fuzz_icalendar: the URL line left out a link with a line feed but not one
    // with a carriage return, which then stood alone inside the line and ended it for a reader.
    void aLinkWithACarriageReturnBreaksNoLine()
    {
        CalendarEntry e = entry();
        e.link = QStringLiteral("https://meet.example.ro/vc3\rX-EVIL:1");
        const QByteArray bytes =
            ICalendarWriter::document({e}, QString(), QDateTime::currentDateTimeUtc());
        QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));
        const QStringList lines = unfolded(bytes);
        QVERIFY(!bytes.contains("URL:"));
        QString description;
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("DESCRIPTION:")))
                description = l;
        }
        QVERIFY2(
            description.contains(QLatin1String("\\nLink: https://meet.example.ro/vc3\\nX-EVIL:1")),
            qPrintable(description));
    }

    void theUidIsTheSameInEveryExport()
    {
        CalendarEntry e = entry();
        const QByteArray first = ICalendarWriter::document(
            {e}, QString(), QDateTime(QDate(2021, 6, 1), QTime(0, 0), Qt::UTC));
        e.date = QDate(2021, 5, 28); // moved
        e.sequence = 3;
        const QByteArray second = ICalendarWriter::document(
            {e}, QString(), QDateTime(QDate(2021, 6, 2), QTime(0, 0), Qt::UTC));
        auto uids = [](const QByteArray &b) {
            QStringList found;
            for (const QString &l : unfolded(b)) {
                if (l.startsWith(QLatin1String("UID:")))
                    found << l;
            }
            return found;
        };
        QCOMPARE(uids(first), uids(second));
        QCOMPARE(uids(first).size(), 1);
        QVERIFY(unfolded(second).contains(QStringLiteral("SEQUENCE:3")));
    }

    void anUnwritablePathIsAClearFailure_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent-folder/calendar.ics");
        QTest::newRow("a folder") << QStringLiteral("/tmp");
    }

    void anUnwritablePathIsAClearFailure()
    {
        QFETCH(QString, path);
        const Status s = ICalendarWriter::writeFile(path, {entry()}, QString());
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(path), qPrintable(s.error()));
        QVERIFY(!s.error().contains(QLatin1Char('\n')));
    }

    void aReadOnlyFolderLeavesNoFile()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only folders");
        test::TestDatabase db;
        const QString dir = db.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        const QString path = dir + QStringLiteral("/calendar.ics");
        QVERIFY(!ICalendarWriter::writeFile(path, {entry()}, QString()));
        QVERIFY(!QFileInfo::exists(path));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void writesAFileAndReplacesIt()
    {
        test::TestDatabase db;
        const QString path = db.filePath(QStringLiteral("calendar.ics"));
        QVERIFY(test::writeFile(path, "old"));
        QVERIFY(ICalendarWriter::writeFile(path, {entry()}, QStringLiteral("Test")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    }

    void exportsCsvAndXlsx()
    {
        test::TestDatabase db;
        const QString csv = db.filePath(QStringLiteral("calendar.csv"));
        QVERIFY(CalendarExporter::exportFile({entry()}, csv, QString()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith(QLatin1String("2021-05-27;10:00;120;Programul")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QLatin1String("\"Nord-Vest; Centru\"")),
                 qPrintable(lines.at(1)));
        const QString xlsx = db.filePath(QStringLiteral("calendar.xlsx"));
        QVERIFY(CalendarExporter::exportFile({entry()}, xlsx, QString()));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.read(2), QByteArray("PK"));
        const Status unknown = CalendarExporter::exportFile(
            {entry()}, db.filePath(QStringLiteral("calendar.pdf")), QString());
        QVERIFY(!unknown);
        QVERIFY(!CalendarExporter::exportFile(
            {entry()}, QStringLiteral("/nonexistent-folder/c.xlsx"), QString()));
    }

    // A full disk while the workbook is written (here a file size limit) fails the export and
    // leaves the previous file as it was.
    void failedXlsxExportKeepsThePreviousFile()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString xlsx = db.filePath(QStringLiteral("keep.xlsx"));
        QList<CalendarEntry> entries;
        for (int i = 0; i < 40; ++i)
            entries << entry();
        QVERIFY(CalendarExporter::exportFile(entries, xlsx, QString()));
        QFile good(xlsx);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray before = good.readAll();
        good.close();
        {
            const test::FileSizeLimit limit(512);
            const Status s = CalendarExporter::exportFile(entries, xlsx, QString());
            QVERIFY(!s);
        }
        QVERIFY(good.open(QIODevice::ReadOnly));
        QCOMPARE(good.readAll(), before);
        QCOMPARE(QDir(db.dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"

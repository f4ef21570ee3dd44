#include "ICalendarWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)
};

QByteArray utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray icsStatus(EventStatus status)
{
    switch (status) {
    case EventStatus::Cancelled:
        return "CANCELLED";
    case EventStatus::Postponed:
        return "TENTATIVE";
    case EventStatus::Planned:
    case EventStatus::Held:
        return "CONFIRMED";
    }
    return "CONFIRMED";
}

QString description(const CalendarEntry &e)
{
    QStringList lines;
    if (e.hasProgram()) {
        // One arg() call: chained ones would fill a "%2" written in the program's name.
        lines << QCoreApplication::translate("ICalendarWriter", "%1, edition %2 (%3)")
                     .arg(e.programName, QString::number(e.editionNumber),
                          QString::number(e.editionYear));
    } else {
        lines << e.belongsTo(); // who organizes an event of no program
    }
    if (!e.regions.isEmpty())
        lines << Messages::tr("Regions: %1").arg(e.regions.join(QLatin1String(", ")));
    if (!e.coorganizers.isEmpty())
        lines << Messages::tr("Co-organizers: %1").arg(e.coorganizers.join(QLatin1String("; ")));
    if (!e.link.isEmpty())
        lines << Messages::tr("Link: %1").arg(e.link);
    if (!e.centralTheme.isEmpty())
        lines << Messages::tr("Central theme: %1").arg(e.centralTheme);
    if (!e.otherThemes.isEmpty())
        lines << Messages::tr("Other themes: %1").arg(e.otherThemes.join(QLatin1String("; ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ';':
            out += QLatin1String("\\;");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::foldLine(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    int limit = maxLineOctets; // the first line; continuation lines lose one octet to the space
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Never cut before a UTF-8 continuation byte (10xxxxxx): step back to the letter's start.
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = maxLineOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray ICalendarWriter::timeZone()
{
    // Romania: EET (UTC+2) in winter, EEST (UTC+3) in summer, switching with the EU at 01:00 UTC
    // on the last Sunday of March and of October (03:00 and 04:00 local time).
    return QByteArrayLiteral("BEGIN:VTIMEZONE\r\n"
                             "TZID:Europe/Bucharest\r\n"
                             "BEGIN:DAYLIGHT\r\n"
                             "TZOFFSETFROM:+0200\r\n"
                             "TZOFFSETTO:+0300\r\n"
                             "TZNAME:EEST\r\n"
                             "DTSTART:19970330T030000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                             "END:DAYLIGHT\r\n"
                             "BEGIN:STANDARD\r\n"
                             "TZOFFSETFROM:+0300\r\n"
                             "TZOFFSETTO:+0200\r\n"
                             "TZNAME:EET\r\n"
                             "DTSTART:19971026T040000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                             "END:STANDARD\r\n"
                             "END:VTIMEZONE\r\n");
}

QByteArray ICalendarWriter::document(const QList<CalendarEntry> &entries,
                                     const QString &calendarName, const QDateTime &stamp)
{
    QByteArray out;
    auto line = [&out](const QByteArray &name, const QString &value) {
        out += foldLine(name + ':' + value.toUtf8());
    };
    auto textLine = [&line](const QByteArray &name, const QString &value) {
        line(name, escapeText(value));
    };

    out += "BEGIN:VCALENDAR\r\n";
    out += "VERSION:2.0\r\n";
    out += "PRODID:-//Dialog Civic//Dialog Civic " DIALOGCIVIC_VERSION "//EN\r\n";
    out += "CALSCALE:GREGORIAN\r\n";
    out += "METHOD:PUBLISH\r\n";
    if (!calendarName.isEmpty())
        textLine("X-WR-CALNAME", calendarName);
    line("X-WR-TIMEZONE", timeZoneId());
    out += timeZone();
    const QByteArray dtstamp = utcStamp(stamp);
    for (const CalendarEntry &e : entries) {
        out += "BEGIN:VEVENT\r\n";
        line("UID", e.uid);
        out += "DTSTAMP:" + dtstamp + "\r\n";
        if (e.startTime.isValid()) {
            const QDateTime start(e.date, e.startTime);
            line("DTSTART;TZID=" + timeZoneId().toLatin1(),
                 start.toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
            if (e.durationMinutes)
                out += "DURATION:PT" + QByteArray::number(*e.durationMinutes) + "M\r\n";
        } else {
            out += "DTSTART;VALUE=DATE:" + e.date.toString(QStringLiteral("yyyyMMdd")).toLatin1() +
                   "\r\n";
            out += "DTEND;VALUE=DATE:" +
                   e.date.addDays(1).toString(QStringLiteral("yyyyMMdd")).toLatin1() + "\r\n";
        }
        out += "SEQUENCE:" + QByteArray::number(e.sequence) + "\r\n";
        if (e.updatedAt.isValid())
            out += "LAST-MODIFIED:" + utcStamp(e.updatedAt) + "\r\n";
        textLine("SUMMARY", e.hasProgram()
                                ? e.displayTitle() + QStringLiteral(u" – ") + e.programName
                                : e.displayTitle());
        textLine("DESCRIPTION", description(e));
        const QString location = !e.place.isEmpty() ? e.place : e.regions.join(QLatin1String(", "));
        if (!location.isEmpty())
            textLine("LOCATION", location);
        // A URI is not escaped: a link with a line break (or any control character) would break
        // the line, so it goes in the description only.
        const bool linkIsUri = std::none_of(e.link.cbegin(), e.link.cend(), [](QChar c) {
            return c.unicode() < 0x20 || c.unicode() == 0x7F;
        });
        if (!e.link.isEmpty() && linkIsUri)
            line("URL", e.link);
        textLine("CATEGORIES", eventKindName(e.kind));
        out += "STATUS:" + icsStatus(e.status) + "\r\n";
        out += "TRANSP:OPAQUE\r\n";
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

Status ICalendarWriter::writeFile(const QString &path, const QList<CalendarEntry> &entries,
                                  const QString &calendarName)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(
            Messages::tr("%1: this is a folder; give a file name for the calendar.").arg(shown));
    if (!info.absoluteDir().exists())
        return Status::failure(
            Messages::tr("%1: the calendar cannot be written (the folder does not exist).")
                .arg(shown));
    const QByteArray bytes = document(entries, calendarName, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Messages::tr("%1: the calendar cannot be written (%2).")
                                   .arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Status::failure(Messages::tr("%1: the calendar cannot be written (%2).")
                                   .arg(shown, file.errorString()));
    }
    if (!file.commit())
        return Status::failure(Messages::tr("%1: the calendar cannot be written (%2).")
                                   .arg(shown, file.errorString()));
    return {};
}

} // namespace dc

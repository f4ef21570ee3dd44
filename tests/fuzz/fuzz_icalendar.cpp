// The iCalendar writer, round trip: events made of fuzzed text are written with
// ICalendarWriter::document(), and the file is read back by the strict reader below (RFC 5545:
// CRLF line ends, lines of at most 75 octets folded without splitting a UTF-8 sequence, TEXT
// escapes). Every field must come back as it was given (a line break as "\n").
//
// The input: events separated by the byte 0x1D; the fields of an event separated by 0x1F (title,
// program, place, link, central theme, other themes, regions, co-organizers, calendar name,
// numbers); the items of a list separated by 0x1E. The UID is the program's own (a UUID).

#include "FuzzSupport.h"

#include "programs/ICalendarWriter.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace {

using dc::fuzz::fail;

/// What the reader found in one VEVENT: each property's value, TEXT values unescaped.
using Properties = QHash<QByteArray, QString>;

QString unescapeText(const QString &value, const QByteArray &property)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char(','))
            fail("an unescaped ; or , in the TEXT of",
                 QString::fromLatin1(property) + QLatin1String(": ") + value);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i == value.size())
            fail("a TEXT value ends with a backslash:", value);
        switch (value.at(i).unicode()) {
        case '\\':
            out += QLatin1Char('\\');
            break;
        case ';':
            out += QLatin1Char(';');
            break;
        case ',':
            out += QLatin1Char(',');
            break;
        case 'n':
        case 'N':
            out += QLatin1Char('\n');
            break;
        default:
            fail("an unknown escape in", value);
        }
    }
    return out;
}

/// Reads the document back, strictly; the VEVENTs' properties in order.
QList<Properties> readCalendar(const QByteArray &document, QString *calendarName)
{
    if (!document.endsWith("\r\n"))
        fail("the document does not end with CRLF");
    const QList<QByteArray> physical = document.chopped(1).split('\n');
    QList<QByteArray> logical;
    for (QByteArray line : physical) {
        if (!line.endsWith('\r'))
            fail("a line break without CR:", QString::fromUtf8(line));
        line.chop(1);
        if (line.contains('\r'))
            fail("a CR inside a line:", QString::fromUtf8(line));
        if (line.size() > dc::ICalendarWriter::maxLineOctets)
            fail("a line longer than 75 octets:", QString::fromUtf8(line));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(line);
        if (decoder.hasError())
            fail("a line that is not UTF-8 by itself (a fold split a character):", text);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty())
                fail("the document starts with a continuation line");
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    QList<Properties> events;
    bool inEvent = false;
    for (const QByteArray &line : logical) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            fail("a content line without a name and value:", QString::fromUtf8(line));
        const QByteArray head = line.left(colon);
        const QByteArray name = head.left(head.indexOf(';') < 0 ? head.size() : head.indexOf(';'));
        for (const char c : name) {
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                fail("a property name that is not a name:", QString::fromUtf8(line));
        }
        const QString value = QString::fromUtf8(line.mid(colon + 1));
        if (name == "BEGIN" && value == QLatin1String("VEVENT")) {
            if (inEvent)
                fail("a VEVENT inside a VEVENT");
            inEvent = true;
            events << Properties();
        } else if (name == "END" && value == QLatin1String("VEVENT")) {
            inEvent = false;
        } else if (inEvent) {
            static const QList<QByteArray> textProperties{"SUMMARY", "DESCRIPTION", "LOCATION",
                                                          "CATEGORIES"};
            if (events.last().contains(name))
                fail("a property twice in one event:", QString::fromLatin1(name));
            events.last().insert(name,
                                 textProperties.contains(name) ? unescapeText(value, name) : value);
        } else if (name == "X-WR-CALNAME") {
            *calendarName = unescapeText(value, name);
        }
    }
    if (inEvent)
        fail("a VEVENT without its END");
    return events;
}

/// A line break as the writer gives it back: CRLF and a lone CR become LF.
QString lineBreaks(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

/// The DESCRIPTION the writer should make (in English: no translation is loaded).
QString expectedDescription(const dc::CalendarEntry &e)
{
    QStringList lines;
    if (e.hasProgram())
        lines << e.programName + QLatin1String(", edition ") + QString::number(e.editionNumber) +
                     QLatin1String(" (") + QString::number(e.editionYear) + QLatin1Char(')');
    else
        lines << QLatin1String("The Service's own event"); // an event of no program
    if (!e.regions.isEmpty())
        lines << QLatin1String("Regions: ") + e.regions.join(QLatin1String(", "));
    if (!e.coorganizers.isEmpty())
        lines << QLatin1String("Co-organizers: ") + e.coorganizers.join(QLatin1String("; "));
    if (!e.link.isEmpty())
        lines << QLatin1String("Link: ") + e.link;
    if (!e.centralTheme.isEmpty())
        lines << QLatin1String("Central theme: ") + e.centralTheme;
    if (!e.otherThemes.isEmpty())
        lines << QLatin1String("Other themes: ") + e.otherThemes.join(QLatin1String("; "));
    return lineBreaks(lines.join(QLatin1Char('\n')));
}

QStringList list(const QString &field)
{
    return field.isEmpty() ? QStringList() : field.split(QChar(0x1E));
}

void check(const QString &what, const QString &found, const QString &expected)
{
    if (found != expected)
        fail(qPrintable(what), QLatin1String("came back as \"") + found +
                                   QLatin1String("\" instead of \"") + expected + QLatin1Char('"'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dc;
    fuzz::initialize();
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<CalendarEntry> entries;
    QString calendarName;
    int index = 0;
    for (const QByteArray &event : input.split('\x1d')) {
        QStringList f = fuzz::fields(reinterpret_cast<const uint8_t *>(event.constData()),
                                     size_t(event.size()));
        while (f.size() < 10)
            f << QString();
        // The numbers: the bytes of the last field, as small integers.
        const QByteArray n = f.at(9).toUtf8() + QByteArray(8, '\0');
        CalendarEntry e;
        e.title = f.at(0);
        e.programName = f.at(1);
        e.place = f.at(2);
        e.link = f.at(3);
        e.centralTheme = f.at(4);
        e.otherThemes = list(f.at(5));
        e.regions = list(f.at(6));
        e.coorganizers = list(f.at(7));
        if (!f.at(8).isEmpty())
            calendarName = f.at(8);
        e.number = uchar(n.at(0));
        e.editionNumber = uchar(n.at(1));
        e.editionId = e.editionNumber > 0 ? 1 : 0; // edition 0: an event of no program
        e.editionYear = 2000 + uchar(n.at(2));
        e.kind = EventKind(uchar(n.at(3)) % 7);
        e.status = EventStatus(uchar(n.at(4)) % 4);
        e.date = QDate(2020, 1, 1).addDays(uchar(n.at(5)) * 7);
        if (uchar(n.at(6)) % 2)
            e.startTime = QTime(uchar(n.at(6)) % 24, uchar(n.at(7)) % 60);
        if (uchar(n.at(7)) % 3)
            e.durationMinutes = uchar(n.at(7));
        e.sequence = uchar(n.at(0)) % 5;
        e.uid = QStringLiteral("00000000-0000-4000-8000-%1@dialogcivic")
                    .arg(++index, 12, 10, QLatin1Char('0'));
        entries << e;
    }

    const QByteArray document = ICalendarWriter::document(
        entries, calendarName, QDateTime(QDate(2025, 3, 30), QTime(1, 30), Qt::UTC));
    QString nameRead;
    const QList<Properties> events = readCalendar(document, &nameRead);
    check(QStringLiteral("the calendar's name"), nameRead, lineBreaks(calendarName));
    if (events.size() != entries.size())
        fail("events lost or added:", QString::number(events.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CalendarEntry &e = entries.at(i);
        const Properties &p = events.at(i);
        check(QStringLiteral("UID"), p.value("UID"), e.uid);
        check(QStringLiteral("SUMMARY"), p.value("SUMMARY"),
              lineBreaks(e.hasProgram() ? e.displayTitle() + QStringLiteral(u" – ") + e.programName
                                        : e.displayTitle()));
        check(QStringLiteral("DESCRIPTION"), p.value("DESCRIPTION"), expectedDescription(e));
        const QString location = !e.place.isEmpty() ? e.place : e.regions.join(QLatin1String(", "));
        check(QStringLiteral("LOCATION"), p.value("LOCATION"), lineBreaks(location));
        const bool linkIsUri = std::none_of(e.link.cbegin(), e.link.cend(), [](QChar c) {
            return c.unicode() < 0x20 || c.unicode() == 0x7F;
        });
        if (!e.link.isEmpty() && linkIsUri)
            check(QStringLiteral("URL"), p.value("URL"), e.link);
        else if (p.contains("URL"))
            fail("a URL line for a link that is not a URI:", e.link);
        check(QStringLiteral("CATEGORIES"), p.value("CATEGORIES"), eventKindName(e.kind));
        check(QStringLiteral("SEQUENCE"), p.value("SEQUENCE"), QString::number(e.sequence));
        const QString start =
            e.startTime.isValid()
                ? QDateTime(e.date, e.startTime).toString(QStringLiteral("yyyyMMdd'T'HHmmss"))
                : e.date.toString(QStringLiteral("yyyyMMdd"));
        if (!p.contains("DTSTART"))
            fail("an event without DTSTART");
        check(QStringLiteral("DTSTART"), p.value("DTSTART"), start);
    }
    return 0;
}

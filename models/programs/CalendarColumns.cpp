#include "CalendarColumns.h"

#include "CalendarExporter.h"
#include "core/Dates.h"

#include <QLocale>

namespace dc::calendarcolumns {

Spec date(const char *title)
{
    return {title, [](const CalendarEntry &e) { return QVariant(e.date.toString(Qt::ISODate)); },
            [](const CalendarEntry &e) { return QVariant(shortDate(QLocale(), e.date)); }};
}

Spec time(const char *title)
{
    return {title,
            [](const CalendarEntry &e) {
                return QVariant(e.startTime.isValid()
                                    ? e.startTime.toString(QStringLiteral("HH:mm"))
                                    : QString());
            },
            [](const CalendarEntry &e) {
                return QVariant(e.startTime.isValid()
                                    ? QLocale().toString(e.startTime, QLocale::ShortFormat)
                                    : QString());
            }};
}

Spec kind(const char *title)
{
    return {title, [](const CalendarEntry &e) { return QVariant(eventKindCode(e.kind)); },
            [](const CalendarEntry &e) { return QVariant(eventKindName(e.kind)); }};
}

Spec number(const char *title)
{
    return {title, [](const CalendarEntry &e) { return QVariant(e.number); }, {}, true};
}

Spec regions(const char *title)
{
    return {title, [](const CalendarEntry &e) { return QVariant(e.regions); },
            [](const CalendarEntry &e) {
                return QVariant(e.regions.join(CalendarExporter::listSeparator()));
            }};
}

Spec coorganizers(const char *title)
{
    return {
        title, [](const CalendarEntry &e) { return QVariant(e.coorganizers); },
        [](const CalendarEntry &e) {
            return QVariant(e.coorganizers.join(CalendarExporter::listSeparator()));
        },
        false,
        [](const CalendarEntry &e) { return QVariant(e.coorganizers.join(QLatin1Char('\n'))); }};
}

Spec status(const char *title)
{
    return {title, [](const CalendarEntry &e) { return QVariant(eventStatusCode(e.status)); },
            [](const CalendarEntry &e) { return QVariant(eventStatusName(e.status)); }};
}

} // namespace dc::calendarcolumns

#include "RomanianCalendar.h"

namespace dc {

QDate RomanianCalendar::orthodoxEaster(int year)
{
    if (year < 1900 || year > 2099)
        return {};
    const int a = year % 4;
    const int b = year % 7;
    const int c = year % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31;
    const int day = (d + e + 114) % 31 + 1;
    // A Julian calendar date; the Gregorian calendar is 13 days ahead from 1900 to 2099.
    return QDate(year, month, day).addDays(13);
}

bool RomanianCalendar::isLegalHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    // The fixed days, with the year each became a legal holiday.
    struct Fixed
    {
        int month;
        int day;
        int since;
    };
    static constexpr Fixed fixed[] = {
        {1, 1, 0},    {1, 2, 0},     {1, 6, 2024},   {1, 7, 2024}, {1, 24, 2017}, {5, 1, 0},
        {6, 1, 2017}, {8, 15, 2009}, {11, 30, 2012}, {12, 1, 0},   {12, 25, 0},   {12, 26, 0},
    };
    for (const Fixed &f : fixed) {
        if (f.month == m && f.day == d && y >= f.since)
            return true;
    }
    const QDate easter = orthodoxEaster(y);
    if (!easter.isValid())
        return false;
    const qint64 offset = easter.daysTo(date);
    if (offset == 0 || offset == 1) // Easter Sunday and Monday
        return true;
    if (offset == -2 && y >= 2018) // Good Friday
        return true;
    if ((offset == 49 || offset == 50) && y >= 2009) // Pentecost Sunday and Monday
        return true;
    return false;
}

bool RomanianCalendar::isWorkingDay(const QDate &date)
{
    return date.isValid() && date.dayOfWeek() < 6 && !isLegalHoliday(date);
}

QDate RomanianCalendar::addWorkingDays(const QDate &from, int days)
{
    if (!from.isValid())
        return {};
    QDate d = from;
    while (days > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --days;
    }
    return d;
}

int RomanianCalendar::workingDaysBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++count;
    }
    return count;
}

} // namespace dc

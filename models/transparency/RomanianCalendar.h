#pragma once

#include <QDate>

namespace dc {

/// Romania's working days: no weekends and no legal holidays (Labour Code art. 139, with the days
/// added over the years: 24 January since 2017, 1 June since 2017, Good Friday since 2018, 6 and
/// 7 January since 2024...). Orthodox Easter and Pentecost are computed, never looked up.
class RomanianCalendar final
{
public:
    /// Orthodox Easter Sunday (Meeus' Julian algorithm, shifted to the Gregorian calendar by 13
    /// days); an invalid date outside 1900-2099, where the shift differs.
    static QDate orthodoxEaster(int year);
    static bool isLegalHoliday(const QDate &date);
    static bool isWorkingDay(const QDate &date);
    /// The day that is @p days working days after @p from (from itself not counted).
    static QDate addWorkingDays(const QDate &from, int days);
    /// The working days d with from < d <= to (0 when to <= from).
    static int workingDaysBetween(const QDate &from, const QDate &to);
};

} // namespace dc

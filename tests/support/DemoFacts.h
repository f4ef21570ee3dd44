#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dc::test {

// What the demo dataset holds from the seeds, as the tests check it.

/// The days of the 13 regional videoconferences of the 2021 edition (seed 004's calendar), in
/// order, each written with @p format (e.g. "dd.MM.yyyy", "yyyy-MM-dd").
inline QStringList videoconferenceDays2021(const QString &format)
{
    const QList<QDate> days{{2021, 4, 28}, {2021, 5, 12}, {2021, 5, 27},  {2021, 6, 11},
                            {2021, 6, 25}, {2021, 7, 15}, {2021, 7, 27},  {2021, 9, 8},
                            {2021, 9, 22}, {2021, 10, 6}, {2021, 10, 20}, {2021, 11, 3},
                            {2021, 11, 17}};
    QStringList written;
    for (const QDate &day : days)
        written << day.toString(format);
    return written;
}

} // namespace dc::test

#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QVariant>

#include <optional>

namespace dc::sqlvalues {

// How the programs' repositories write and read values: ISO text for dates, 'HH:MM' for times,
// NULL for empty text and unknown numbers. One place, so that PostgreSQL has one place to adapt.

QString nowIso();
QVariant text(const QString &s);
QVariant date(const QDate &d);
QVariant time(const QTime &t);
QVariant number(std::optional<int> n);
QVariant number(std::optional<qint64> n);

QDate readDate(const QVariant &v);
QTime readTime(const QVariant &v);
std::optional<int> readInt(const QVariant &v);
std::optional<qint64> readInt64(const QVariant &v);

} // namespace dc::sqlvalues

#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QVariant>

#include <optional>

namespace dc::sqlvalues {

// How every repository writes and reads values: ISO text for dates, 'HH:MM' for times, NULL for
// empty text, unknown numbers and unset ids, 0/1 for flags. One place, so that PostgreSQL has one
// place to adapt.

/// The current UTC time as ISO text, as the created_at/updated_at columns hold it.
QString nowIso();
QVariant text(const QString &s);
QVariant date(const QDate &d);
QVariant time(const QTime &t);
QVariant number(std::optional<int> n);
QVariant number(std::optional<qint64> n);
/// A reference to another row: NULL when the id is 0 or negative (no row).
QVariant id(qint64 value);
QVariant flag(bool value);

QDate readDate(const QVariant &v);
QTime readTime(const QVariant &v);
std::optional<int> readInt(const QVariant &v);
std::optional<qint64> readInt64(const QVariant &v);

} // namespace dc::sqlvalues

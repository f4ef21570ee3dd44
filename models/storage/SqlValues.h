#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
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

/// Reads a row of a query column after column, each converted as its destination needs (the
/// read* functions above for dates, times and unknown numbers; 0/1 for flags), so that a record
/// is read in the order of its column list without counting columns:
///     Columns row(q);
///     row >> c.id >> c.name >> c.openedOn;
///     c.status = statusFromCode(row.text());
class Columns
{
public:
    explicit Columns(const QSqlQuery &query, int first = 0) : m_query(query), m_at(first) {}

    Columns &operator>>(qint64 &v);
    Columns &operator>>(int &v);
    Columns &operator>>(bool &v);
    Columns &operator>>(QString &v);
    Columns &operator>>(QDate &v);
    Columns &operator>>(QTime &v);
    Columns &operator>>(QDateTime &v);
    Columns &operator>>(std::optional<int> &v);
    Columns &operator>>(std::optional<qint64> &v);
    /// The next column as it is (a code to parse, a value to test for NULL).
    QVariant next();
    QString text() { return next().toString(); }

private:
    const QSqlQuery &m_query;
    int m_at;
};

} // namespace dc::sqlvalues

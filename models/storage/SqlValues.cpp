#include "SqlValues.h"

#include <QDateTime>

namespace dc::sqlvalues {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QVariant time(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType::fromType<QString>());
}

QVariant number(std::optional<int> n)
{
    return n ? QVariant(*n) : QVariant(QMetaType::fromType<int>());
}

QVariant number(std::optional<qint64> n)
{
    return n ? QVariant(*n) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

QDate readDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QTime readTime(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

std::optional<int> readInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return int(v.toLongLong());
}

std::optional<qint64> readInt64(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant Columns::next()
{
    return m_query.value(m_at++);
}

Columns &Columns::operator>>(qint64 &v)
{
    v = next().toLongLong();
    return *this;
}

Columns &Columns::operator>>(int &v)
{
    v = next().toInt();
    return *this;
}

Columns &Columns::operator>>(bool &v)
{
    v = next().toLongLong() != 0;
    return *this;
}

Columns &Columns::operator>>(QString &v)
{
    v = next().toString();
    return *this;
}

Columns &Columns::operator>>(QDate &v)
{
    v = readDate(next());
    return *this;
}

Columns &Columns::operator>>(QTime &v)
{
    v = readTime(next());
    return *this;
}

Columns &Columns::operator>>(QDateTime &v)
{
    v = QDateTime::fromString(next().toString(), Qt::ISODate);
    return *this;
}

Columns &Columns::operator>>(std::optional<int> &v)
{
    v = readInt(next());
    return *this;
}

Columns &Columns::operator>>(std::optional<qint64> &v)
{
    v = readInt64(next());
    return *this;
}

} // namespace dc::sqlvalues

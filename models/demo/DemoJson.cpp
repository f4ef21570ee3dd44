#include "DemoJson.h"

namespace dc::demojson {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(text(o, key), Qt::ISODate);
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

int number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

std::optional<int> optionalInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<qint64> optionalNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return qint64(v.toDouble());
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

} // namespace dc::demojson

#include "AuditJson.h"

namespace dc {

void AuditJson::insert(const char *key, const QJsonValue &value)
{
    m_json.insert(QLatin1String(key), value);
}

void AuditJson::text(const char *key, const QString &value)
{
    if (!value.isEmpty())
        insert(key, value);
}

void AuditJson::date(const char *key, const QDate &date)
{
    if (date.isValid())
        insert(key, date.toString(Qt::ISODate));
}

void AuditJson::id(const char *key, qint64 id)
{
    if (id > 0)
        insert(key, id);
}

void AuditJson::count(const char *key, int count)
{
    if (count != 0)
        insert(key, count);
}

void AuditJson::number(const char *key, const std::optional<int> &number)
{
    if (number)
        insert(key, *number);
}

void AuditJson::flag(const char *key, bool value)
{
    if (value)
        insert(key, true);
}

QString AuditJson::isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace dc

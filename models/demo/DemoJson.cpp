#include "DemoJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

namespace dc::demojson {

namespace {

/// The context of this file's messages: the demo dataset's, whose data files it reads.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataset)
};

} // namespace

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

QString addedLine(std::initializer_list<std::pair<const char *, int>> counts)
{
    QStringList parts;
    for (const auto &[name, count] : counts)
        parts << QStringLiteral("%1: added %2").arg(QLatin1String(name)).arg(count);
    return parts.join(QLatin1String(", "));
}

Result<QJsonObject> read(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(
            Messages::tr("The demo data %1 is missing.").arg(resource));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return Result<QJsonObject>::failure(
            Messages::tr("The demo data %1 is damaged: %2").arg(resource, error.errorString()));
    return doc.object();
}

} // namespace dc::demojson

#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

/// Reading the demo data files (resources/demo/*.json): a field of an object by its key, a missing
/// field read as empty, 0 or false.
namespace dc::demojson {

QString text(const QJsonObject &o, const char *key);
/// yyyy-MM-dd; invalid when missing.
QDate date(const QJsonObject &o, const char *key);
bool flag(const QJsonObject &o, const char *key);
int number(const QJsonObject &o, const char *key);
/// Empty when the field is missing or not a number.
std::optional<int> optionalInt(const QJsonObject &o, const char *key);
/// Empty when the field is missing or null.
std::optional<qint64> optionalNumber(const QJsonObject &o, const char *key);
QJsonArray array(const QJsonObject &o, const char *key);

/// "bodies: added 2, members: added 20, ...": the counts of what a demo loader added, as the demo
/// command prints them.
QString addedLine(std::initializer_list<std::pair<const char *, int>> counts);

/// The object of the demo data file @p resource (":/demo/....json"), or why it cannot be read.
Result<QJsonObject> read(const QString &resource);

/// Runs @p loader (its `Status run(const QJsonObject &)`) on the demo data file @p resource: its
/// summary, or the first failure.
template <typename Loader>
Result<decltype(Loader::summary)> load(const QString &resource, Loader &loader)
{
    using R = Result<decltype(Loader::summary)>;
    const Result<QJsonObject> json = read(resource);
    if (!json)
        return R::failure(json.error());
    if (Status s = loader.run(json.value()); !s)
        return R::failure(s.error());
    return loader.summary;
}

/// Runs @p load on each object of the array @p key, in order, up to the first failure.
template <typename Load> Status eachObject(const QJsonObject &o, const char *key, Load load)
{
    for (const QJsonValue &value : array(o, key)) {
        if (Status s = load(value.toObject()); !s)
            return s;
    }
    return {};
}

} // namespace dc::demojson

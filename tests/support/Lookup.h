#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace dc::test {

/// The first item of @p items that @p matches accepts; nullptr when none does.
template <typename T, typename Match> const T *findFirst(const QList<T> &items, Match matches)
{
    const auto found = std::find_if(items.cbegin(), items.cend(), matches);
    return found == items.cend() ? nullptr : &*found;
}

/// The first item of @p items whose code is @p code (a figure, a value of a report, an area).
template <typename T> const T *withCode(const QList<T> &items, const QString &code)
{
    return findFirst(items, [&code](const T &item) { return item.code == code; });
}

} // namespace dc::test

#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace dc {

/// A date in the short format of @p locale but always with a four-digit year ("20.01.2026" in
/// Romanian, "20.1.2026." in Serbian, "1/20/2026" in English): Qt's short formats keep two digits,
/// which an official document must not.
QString shortDate(const QLocale &locale, const QDate &date);

} // namespace dc

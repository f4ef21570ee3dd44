#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace dc {

/// A date in the short format of @p locale but always with a four-digit year ("20.01.2026" in
/// Romanian, "20.1.2026." in Serbian, "1/20/2026" in English): Qt's short formats keep two digits,
/// which an official document must not.
QString shortDate(const QLocale &locale, const QDate &date);

/// @p text with one period where a sentence ends with a date that carries its own (Serbian
/// "31.12.2021." followed by the sentence's period gave "31.12.2021.."); an ellipsis is kept.
QString oneFinalPeriod(const QString &text);

/// @p day, or the current day when it is not valid: what a document or a page "as of" a given day
/// (a test's, a report's) takes when the caller names none.
inline QDate dayOrToday(const QDate &day)
{
    return day.isValid() ? day : QDate::currentDate();
}

} // namespace dc

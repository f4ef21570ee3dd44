#pragma once

#include <QLocale>
#include <QString>

namespace dc {

/// An edition's ordinal as the office writes it in @p locale's language, to go into a translated
/// "%1 edition": Romanian "I", "a II-a", "a III-a" (Ediția a II-a), English "1st", "2nd", "3rd",
/// "11th", Serbian "1.", "2." (2. izdanje), other languages the number alone.
QString editionOrdinal(int number, const QLocale &locale);

/// @p number in Roman numerals (1 to 3999; the number itself outside that range).
QString romanNumeral(int number);

} // namespace dc

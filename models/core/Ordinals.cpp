#include "Ordinals.h"

namespace dc {

QString romanNumeral(int number)
{
    if (number < 1 || number > 3999)
        return QString::number(number);
    static const std::pair<int, const char *> digits[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString result;
    for (const auto &[value, letters] : digits) {
        while (number >= value) {
            result += QLatin1String(letters);
            number -= value;
        }
    }
    return result;
}

QString editionOrdinal(int number, const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Romanian:
        // "ediția I", then "ediția a II-a", "ediția a III-a"... (the feminine ordinal).
        return number == 1 ? romanNumeral(1) : QStringLiteral("a %1-a").arg(romanNumeral(number));
    case QLocale::English: {
        const int lastTwo = number % 100;
        const int last = number % 10;
        const char *suffix = "th";
        if (lastTwo < 11 || lastTwo > 13)
            suffix = last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return QString::number(number) + QLatin1String(suffix);
    }
    case QLocale::Serbian:
    case QLocale::Croatian:
    case QLocale::Bosnian:
        return QString::number(number) + QLatin1Char('.');
    default:
        return QString::number(number);
    }
}

} // namespace dc

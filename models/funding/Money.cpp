#include "Money.h"

#include <QStringList>

#include <limits>

namespace dc {

namespace {

// GCC's 128-bit integer, for one product that may not fit in 64 bits.
__extension__ typedef __int128 Int128;

QString grouped(qint64 whole, QChar separator)
{
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return digits;
}

QString formatted(qint64 bani, QChar decimalMark, QChar groupSeparator)
{
    // The magnitude as unsigned, so that the smallest qint64 does not overflow.
    const bool negative = bani < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(bani) : quint64(bani);
    const quint64 whole = magnitude / 100;
    const quint64 cents = magnitude % 100;
    QString wholeText =
        groupSeparator.isNull() ? QString::number(whole) : grouped(qint64(whole), groupSeparator);
    return (negative ? QStringLiteral("-") : QString()) + wholeText + decimalMark +
           QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<Money> Money::parse(const QString &input)
{
    QString s = input.trimmed().toLower();
    for (const QLatin1String unit :
         {QLatin1String("lei"), QLatin1String("ron"), QLatin1String("leu")}) {
        if (s.endsWith(unit))
            s.chop(unit.size());
        else if (s.startsWith(unit))
            s.remove(0, unit.size());
    }
    QString compact;
    for (const QChar c : std::as_const(s)) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\''))
            continue;
        compact.append(c);
    }
    bool negative = false;
    if (compact.startsWith(QLatin1Char('-'))) {
        negative = true;
        compact.remove(0, 1);
    } else if (compact.startsWith(QLatin1Char('+'))) {
        compact.remove(0, 1);
    }
    if (compact.isEmpty())
        return std::nullopt;
    for (const QChar c : std::as_const(compact)) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(','))
            return std::nullopt;
        if (c.isDigit() && c.unicode() > '9')
            return std::nullopt; // other scripts' digits
    }
    const qsizetype lastDot = compact.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = compact.lastIndexOf(QLatin1Char(','));
    qsizetype decimalAt = -1;
    if (lastDot >= 0 && lastComma >= 0) {
        decimalAt = std::max(lastDot, lastComma);
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype at = std::max(lastDot, lastComma);
        const bool single = compact.count(mark) == 1;
        const qsizetype after = compact.size() - at - 1;
        if (single && after != 3)
            decimalAt = at;
    }
    QString wholePart = decimalAt >= 0 ? compact.left(decimalAt) : compact;
    const QString fraction = decimalAt >= 0 ? compact.mid(decimalAt + 1) : QString();
    if (fraction.size() > 2 || (decimalAt >= 0 && fraction.isEmpty()))
        return std::nullopt;
    if (fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(',')))
        return std::nullopt;
    // Grouping marks must group by three: "1.23.4" is no amount.
    const QChar group =
        decimalAt >= 0
            ? (compact.at(decimalAt) == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.'))
            : (lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(','));
    if (decimalAt >= 0 && wholePart.contains(compact.at(decimalAt)))
        return std::nullopt;
    const QStringList groups = wholePart.split(group);
    if (groups.size() > 1) {
        if (groups.first().isEmpty() || groups.first().size() > 3 ||
            groups.first() == QLatin1String("0"))
            return std::nullopt;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3)
                return std::nullopt;
        }
    }
    wholePart.remove(group);
    if (wholePart.isEmpty())
        wholePart = QStringLiteral("0");
    bool ok = false;
    const qint64 whole = wholePart.toLongLong(&ok);
    constexpr qint64 maxWhole = std::numeric_limits<qint64>::max() / 100 - 1;
    if (!ok || whole > maxWhole)
        return std::nullopt;
    qint64 cents = 0;
    if (!fraction.isEmpty())
        cents = fraction.toLongLong() * (fraction.size() == 1 ? 10 : 1);
    const qint64 bani = whole * 100 + cents;
    return Money(negative ? -bani : bani);
}

QString Money::toDecimal() const
{
    return formatted(m_bani, QLatin1Char('.'), QChar());
}

namespace {

// The decimal mark and the grouping mark of @p locale; Romanian's for the C locale.
std::pair<QChar, QChar> marksOf(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return {QLatin1Char(','), QLatin1Char('.')};
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    return {decimal.isEmpty() ? QLatin1Char(',') : decimal.at(0),
            group.isEmpty() ? QChar(QChar::Nbsp) : group.at(0)};
}

} // namespace

QString Money::toDisplay(const QLocale &locale) const
{
    const auto [decimal, group] = marksOf(locale);
    return formatted(m_bani, decimal, group) + QLatin1String(" lei");
}

bool Money::tryAdd(Money other)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_bani, other.m_bani, &sum))
        return false;
    m_bani = sum;
    return true;
}

qint64 Money::basisPointsOf(Money whole) const
{
    if (whole.m_bani == 0)
        return 0;
    // In 128 bits: bani * 10000 overflows 64 bits above about 9 * 10^12 lei.
    const Int128 scaled = Int128(m_bani) * 10000 * 2 + whole.m_bani;
    return qint64(scaled / (Int128(whole.m_bani) * 2));
}

QString formatBasisPoints(qint64 basisPoints, const QLocale &locale)
{
    return formatted(basisPoints, marksOf(locale).first, QChar()) + QLatin1String(" %");
}

} // namespace dc

#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace dc {

/// An amount in lei kept as whole bani (1 leu = 100 bani), so that sums are exact to the ban:
/// money is never a floating-point number.
class Money final
{
public:
    constexpr Money() = default;
    static constexpr Money fromBani(qint64 bani) { return Money(bani); }

    constexpr qint64 bani() const { return m_bani; }
    constexpr bool isZero() const { return m_bani == 0; }
    constexpr bool isNegative() const { return m_bani < 0; }

    /// Reads the ways officials write amounts: "1.234,56", "1 234,56 lei", "1234.56", "1,234.56",
    /// "1234,5", "1234", "RON 12". With both '.' and ',' the last one is the decimal mark; a single
    /// mark followed by exactly three digits groups thousands ("1.234" is 1234 lei). Empty when the
    /// text is not an amount, has more than two decimals, or does not fit.
    static std::optional<Money> parse(const QString &text);

    /// "1234.56": two decimals, '.' as the mark, no grouping (for files and the command line).
    QString toDecimal() const;
    /// For people, with the marks of @p locale (by default the user interface's language):
    /// "1.234,56 lei" in Romanian and Serbian, "1,234.56 lei" in English. The C locale (no
    /// language chosen) writes the Romanian way, the program's default language.
    QString toDisplay(const QLocale &locale = QLocale()) const;

    /// Adds exactly; false (and nothing changed) when the sum would not fit.
    bool tryAdd(Money other);
    /// The share of this amount in @p whole in basis points (1/100 of a percent), rounded half up;
    /// 0 when @p whole is zero.
    qint64 basisPointsOf(Money whole) const;

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_bani + b.m_bani); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_bani - b.m_bani); }
    Money &operator+=(Money other)
    {
        m_bani += other.m_bani;
        return *this;
    }
    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 bani) : m_bani(bani) {}
    qint64 m_bani = 0;
};

/// "12,34 %" from basis points, with the decimal mark of @p locale (see Money::toDisplay).
QString formatBasisPoints(qint64 basisPoints, const QLocale &locale = QLocale());

} // namespace dc

#include "Text.h"

#include <array>

namespace dc::text {

namespace {

// The Romanian alphabet in order; each letter's key is one ASCII character from 'A' upwards, so
// that the stored key compares correctly as plain bytes.
const QString &romanianAlphabet()
{
    static const QString alphabet = QStringLiteral(u"aăâbcdefghiîjklmnopqrsștțuvwxyz");
    return alphabet;
}

QChar commaBelowFor(QChar c)
{
    switch (c.unicode()) {
    case 0x015E:
        return QChar(0x0218); // Ş -> Ș
    case 0x015F:
        return QChar(0x0219); // ş -> ș
    case 0x0162:
        return QChar(0x021A); // Ţ -> Ț
    case 0x0163:
        return QChar(0x021B); // ţ -> ț
    default:
        return c;
    }
}

/// Whether simplified() would leave @p text as it is.
bool isSimplified(const QString &text)
{
    bool previousSpace = true; // no space at the start
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (previousSpace || c != QLatin1Char(' '))
                return false;
            previousSpace = true;
        } else {
            previousSpace = false;
        }
    }
    return !previousSpace || text.isEmpty();
}

bool isCedilla(char16_t u)
{
    return u == 0x015E || u == 0x015F || u == 0x0162 || u == 0x0163;
}

/// sortKey()'s mapping of one lower-case character below U+0300: the key character, a space
/// marker, or nothing (punctuation). Built once from the definition (reference::sortKey).
constexpr char16_t sortSpace = 0xFFFF;
constexpr char16_t sortSkip = 0xFFFE;

const std::array<char16_t, 0x300> &sortTable()
{
    static const std::array<char16_t, 0x300> table = [] {
        std::array<char16_t, 0x300> t{};
        for (char16_t u = 0; u < 0x300; ++u) {
            const QChar c(u);
            if (c.isSpace()) {
                t[u] = sortSpace;
                continue;
            }
            const QString key = reference::sortKey(QStringLiteral("x") + c);
            t[u] = key.size() == 2 ? key.at(1).unicode() : sortSkip;
        }
        return t;
    }();
    return table;
}

/// folded()'s mapping of a character below U+0080 and of the Romanian letters, 0 for others.
char16_t foldedChar(char16_t u)
{
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    switch (u) {
    case u'ă':
    case u'Ă':
    case u'â':
    case u'Â':
        return u'a';
    case u'î':
    case u'Î':
        return u'i';
    case u'ș':
    case u'Ș':
    case 0x015F:
    case 0x015E:
        return u's';
    case u'ț':
    case u'Ț':
    case 0x0163:
    case 0x0162:
        return u't';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2013:
    case 0x2014:
        return u; // quotes, dashes
    default:
        return 0;
    }
}

} // namespace

QString normalized(const QString &text)
{
    // Below U+0300 there is no combining mark, so such text is NFC already (the common case:
    // normalizing it anyway was a tenth of a register import).
    bool nfc = true;
    bool cedilla = false;
    for (const QChar c : text) {
        if (c.unicode() >= 0x0300) {
            nfc = false;
            break;
        }
        cedilla = cedilla || isCedilla(c.unicode());
    }
    if (!nfc)
        return reference::normalized(text);
    QString s = text;
    if (cedilla) {
        for (QChar &c : s)
            c = commaBelowFor(c);
    }
    return isSimplified(s) ? s : s.simplified();
}

bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

char16_t firstControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (isControlCharacter(c.unicode()))
            return c.unicode();
    }
    return 0;
}

QString codePointName(char16_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString escapedControls(const QString &text)
{
    if (firstControlCharacter(text) == 0)
        return text;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControlCharacter(u))
            escaped += c;
        else if (u <= 0xFF)
            escaped += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            escaped += QStringLiteral("\\u{%1}").arg(QString::number(uint(u), 16).toUpper());
    }
    return escaped;
}

QString reference::normalized(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_C);
    for (QChar &c : s)
        c = commaBelowFor(c);
    return s.simplified();
}

QString withoutDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString folded(const QString &text)
{
    const QString simple = isSimplified(text) ? text : text.simplified();
    QString out(simple.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (const QChar c : simple) {
        const char16_t f = foldedChar(c.unicode());
        if (f == 0)
            return reference::folded(text);
        *o++ = f;
    }
    return out;
}

QString reference::folded(const QString &text)
{
    return withoutDiacritics(text.simplified()).toCaseFolded();
}

QString sortKey(const QString &text)
{
    const QString s = normalized(text);
    const std::array<char16_t, 0x300> &table = sortTable();
    QString key(s.size(), Qt::Uninitialized);
    char16_t *begin = reinterpret_cast<char16_t *>(key.data());
    char16_t *o = begin;
    bool pendingSpace = false;
    for (const QChar c : s) {
        const char16_t u = c.toLower().unicode();
        if (u >= 0x300 || c.unicode() >= 0x300 || c.unicode() == 0x0130)
            return reference::sortKey(text);
        const char16_t k = table[u];
        if (k == sortSpace) {
            pendingSpace = o != begin;
            continue;
        }
        if (k == sortSkip)
            continue;
        if (pendingSpace) {
            *o++ = u' ';
            pendingSpace = false;
        }
        *o++ = k;
    }
    key.truncate(o - begin);
    return key;
}

QString reference::sortKey(const QString &text)
{
    const QString lower = normalized(text).toLower();
    QString key;
    key.reserve(lower.size());
    bool pendingSpace = false;
    for (const QChar c : lower) {
        if (c.isSpace()) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        QChar mapped;
        if (c.isDigit()) {
            const int digit = c.digitValue();
            if (digit < 0 || digit > 9)
                continue;
            mapped = QLatin1Char(char('0' + digit));
        } else {
            qsizetype index = romanianAlphabet().indexOf(c);
            if (index < 0) {
                // Letters outside the Romanian alphabet sort with their base letter (é as e).
                const QString base = withoutDiacritics(QString(c));
                if (base.size() == 1)
                    index = romanianAlphabet().indexOf(base.at(0));
            }
            if (index >= 0)
                mapped = QLatin1Char(char('A' + index));
            else if (c.isLetter())
                mapped = c; // other scripts sort after the Latin letters, by code point
            else
                continue; // punctuation and symbols do not take part in the order
        }
        if (pendingSpace) {
            key.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        key.append(mapped);
    }
    return key;
}

} // namespace dc::text

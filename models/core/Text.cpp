#include "Text.h"

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
    case 0x015E: return QChar(0x0218); // Ş -> Ș
    case 0x015F: return QChar(0x0219); // ş -> ș
    case 0x0162: return QChar(0x021A); // Ţ -> Ț
    case 0x0163: return QChar(0x021B); // ţ -> ț
    default: return c;
    }
}

} // namespace

QString normalized(const QString &text)
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
    return withoutDiacritics(text.simplified()).toCaseFolded();
}

QString sortKey(const QString &text)
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

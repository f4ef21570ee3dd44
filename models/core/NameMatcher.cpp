#include "NameMatcher.h"

#include "Text.h"

#include <QCollator>

#include <algorithm>

namespace dc {

QString NameMatcher::key(const QString &text)
{
    QString folded = text::folded(text::normalized(text));
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return folded.simplified();
}

NameMatcher::Match NameMatcher::match(const QString &query, const QList<Candidate> &candidates)
{
    Match result;
    const QString wanted = key(query);
    QList<const Candidate *> exact;
    QList<const Candidate *> partial;
    for (const Candidate &c : candidates) {
        bool isExact = false;
        bool isPartial = false;
        for (const QString &name : QStringList(c.name) + c.otherNames) {
            const QString k = key(name);
            if (k.isEmpty())
                continue;
            if (k == wanted)
                isExact = true;
            else if (!wanted.isEmpty() &&
                     QString(QLatin1Char(' ') + k + QLatin1Char(' ')).contains(wanted))
                isPartial = true;
        }
        if (isExact)
            exact << &c;
        else if (isPartial)
            partial << &c;
    }
    const QList<const Candidate *> &found = exact.isEmpty() ? partial : exact;
    QCollator collator;
    auto sortedNames = [&collator](QStringList names) {
        std::sort(names.begin(), names.end(), [&collator](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        return names;
    };
    if (found.size() == 1) {
        result.outcome = Outcome::Unique;
        result.id = found.first()->id;
        return result;
    }
    QStringList names;
    if (found.isEmpty()) {
        result.outcome = Outcome::None;
        for (const Candidate &c : candidates)
            names << c.name;
    } else {
        result.outcome = Outcome::Ambiguous;
        for (const Candidate *c : found)
            names << c->name;
    }
    result.candidates = sortedNames(names);
    return result;
}

QStringList NameMatcher::closest(const QString &query, const QList<Candidate> &candidates,
                                 int count)
{
    // Levenshtein distance between two keys, in one row of the table.
    auto distance = [](const QString &a, const QString &b) {
        QList<int> row(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                row[j] = std::min(
                    {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    const QString wanted = key(query);
    const QStringList wantedWords = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Scored
    {
        int common;
        int distance;
        QString name;
    };
    QList<Scored> scored;
    for (const Candidate &c : candidates) {
        Scored best{-1, 0, c.name};
        for (const QString &name : QStringList(c.name) + c.otherNames) {
            const QString k = key(name);
            const QStringList words = k.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            int common = 0;
            for (const QString &w : wantedWords) {
                if (w.size() >= 3 && words.contains(w))
                    ++common;
            }
            const int d = distance(wanted.left(200), k.left(200));
            if (common > best.common || (common == best.common && d < best.distance))
                best = {common, d, c.name};
        }
        scored << best;
    }
    QCollator collator;
    std::sort(scored.begin(), scored.end(), [&collator](const Scored &a, const Scored &b) {
        if (a.common != b.common)
            return a.common > b.common;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return collator.compare(a.name, b.name) < 0;
    });
    QStringList names;
    for (int i = 0; i < scored.size() && i < count; ++i)
        names << scored.at(i).name;
    return names;
}

} // namespace dc

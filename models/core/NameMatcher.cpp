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
            else if (!wanted.isEmpty() && QString(QLatin1Char(' ') + k + QLatin1Char(' ')).contains(wanted))
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
        std::sort(names.begin(), names.end(),
                  [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
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

} // namespace dc

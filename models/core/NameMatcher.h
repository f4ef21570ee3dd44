#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

/// Finds the one record a person means by a name typed on the command line or in a search box
/// ("promotorii voluntariatului", "SIPOCA 202"): case and diacritics do not matter, and a part of
/// a name is enough when only one record has it. Reused by every command that takes a name.
class NameMatcher final
{
public:
    struct Candidate
    {
        qint64 id = 0;
        QString name;           ///< the name shown in messages
        QStringList otherNames; ///< codes, acronyms, aliases that also match
    };

    enum class Outcome
    {
        Unique,
        None,
        Ambiguous
    };

    struct Match
    {
        Outcome outcome = Outcome::None;
        qint64 id = 0;          ///< the record, when Unique
        QStringList candidates; ///< Ambiguous: the names that match; None: every name, sorted
    };

    /// A whole name (or other name) equal to @p query wins over names that merely contain it;
    /// otherwise the records whose names contain @p query as a part.
    static Match match(const QString &query, const QList<Candidate> &candidates);

    /// The names of the @p count candidates closest to @p query, closest first (for "no record
    /// matches X; the closest are ..."): most words in common, then fewest letters to change.
    static QStringList closest(const QString &query, const QList<Candidate> &candidates,
                               int count = 5);

    /// The form names are compared in: folded case and diacritics, punctuation as spaces.
    static QString key(const QString &text);
};

} // namespace dc

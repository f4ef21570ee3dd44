#pragma once

#include "DeadlineRules.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dc {

/// A broken legal deadline or duty on a record of an institution (the rejected recommendations
/// without a written justification are counted on their draft), or one that cannot be checked.
struct TransparencyWarning
{
    enum class Record
    {
        Draft,
        Meeting
    };

    qint64 institutionId = 0;
    QString institution;
    Record record = Record::Draft;
    qint64 recordId = 0;
    QString title; ///< the draft's title or the meeting's subject
    DeadlineWarning warning;
};

/// The deadline warnings over the database, for the warnings command and lists.
class TransparencyWarnings final
{
public:
    /// By institution name, then date. A draft belongs to the year it was announced in (or
    /// submitted, or adopted, when it has no announcement date); a meeting to the year it was held.
    static QList<TransparencyWarning>
    list(const QSqlDatabase &db, std::optional<int> year = std::nullopt, qint64 institutionId = 0);
};

} // namespace dc

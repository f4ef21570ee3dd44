#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dc::reports {

/// The parts of an edition's program synthesis written by hand (everything else is generated
/// from the records), kept with the edition: an introduction, a conclusion, and what the office's
/// own synthesis states about the partnership when it differs from the records (seed 003 counts
/// 19 promoters where seed 004 names 20) with the note that explains the difference.
struct SynthesisTexts
{
    QString introduction;
    QString conclusion;
    /// The number of promoters the office's synthesis states; none when the records are the count.
    std::optional<int> promotersStated;
    /// Why the stated number differs from the records (e.g. the pairs that may be one
    /// organization).
    QString partnershipNote;

    bool operator==(const SynthesisTexts &other) const = default;
    QJsonObject toJson() const;
};

/// Reads and writes the synthesis texts of an edition; a write is one transaction with its audit
/// row.
class SynthesisTextRepository final
{
public:
    explicit SynthesisTextRepository(QSqlDatabase db);

    /// The texts of the edition; a failure when the edition does not exist.
    Result<SynthesisTexts> texts(qint64 editionId) const;
    /// Saves the texts (trimmed; empty ones are kept as NULL).
    Status save(qint64 editionId, const SynthesisTexts &texts);
    /// The same inside the caller's transaction (the demo loader's); nothing is written when the
    /// texts are unchanged.
    Status saveInTransaction(qint64 editionId, const SynthesisTexts &texts);

private:
    QSqlDatabase m_db;
};

} // namespace dc::reports

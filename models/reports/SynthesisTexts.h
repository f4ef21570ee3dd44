#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace dc::reports {

/// The two parts of an edition's program synthesis written by hand (everything else is generated
/// from the records): an introduction and a conclusion, kept with the edition.
struct SynthesisTexts
{
    QString introduction;
    QString conclusion;

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
    /// Saves both texts (trimmed; empty ones are kept as NULL).
    Status save(qint64 editionId, const SynthesisTexts &texts);

private:
    QSqlDatabase m_db;
};

} // namespace dc::reports

#pragma once

#include "CourtCase.h"
#include "PublicMeeting.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes the public meetings of institutions and the court cases under the law. Each
/// public write is one transaction with its audit row; a record with problems is not saved.
class PublicMeetingRepository final
{
public:
    explicit PublicMeetingRepository(QSqlDatabase db);

    std::optional<PublicMeeting> find(qint64 id) const;
    /// The meetings of an institution, the latest first; 0 for all institutions.
    QList<PublicMeeting> meetings(qint64 institutionId = 0) const;
    Result<qint64> add(PublicMeeting meeting);
    Status update(PublicMeeting meeting);
    Status remove(qint64 id);
    /// Puts a deleted meeting back under its old id (undo of a delete).
    Status restore(const PublicMeeting &meeting);

    std::optional<CourtCase> findCourtCase(qint64 id) const;
    QList<CourtCase> courtCases(qint64 institutionId = 0) const;
    Result<qint64> addCourtCase(CourtCase courtCase);
    Status updateCourtCase(CourtCase courtCase);
    Status removeCourtCase(qint64 id);
    /// Puts a deleted court case back under its old id (undo of a delete).
    Status restoreCourtCase(const CourtCase &courtCase);

private:
    QSqlDatabase m_db;
};

} // namespace dc

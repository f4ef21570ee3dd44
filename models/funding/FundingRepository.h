#pragma once

#include "AwardLine.h"
#include "FundingAward.h"
#include "FundingCall.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes funding calls and awards. Each public write is one transaction with its
/// audit row.
class FundingRepository final
{
public:
    explicit FundingRepository(QSqlDatabase db);

    /// The calls of @p year (every year when 0), by year, institution and name.
    QList<FundingCall> calls(int year = 0) const;
    std::optional<FundingCall> call(qint64 id) const;
    /// A call by its name (without case and diacritics), in @p year when not 0; empty when none
    /// or several match.
    std::optional<qint64> findCallId(const QString &name, int year = 0) const;
    Result<qint64> addCall(FundingCall call);
    Status updateCall(FundingCall call);
    /// Refused while the call has awards.
    Status removeCall(qint64 id);
    /// Puts a removed call back under its old id (the undo of removeCall()).
    Status restoreCall(FundingCall call);

    std::optional<FundingAward> award(qint64 id) const;
    std::optional<FundingAward> awardByContract(const QString &contractNumber) const;
    Result<qint64> addAward(FundingAward award);
    Status updateAward(FundingAward award);
    Status removeAward(qint64 id);
    /// Puts a removed award back under its old id (the undo of removeAward()).
    Status restoreAward(FundingAward award);
    /// The checks of addAward() and updateAward() (fields, call, organization, unique contract
    /// number), one message per problem, without writing.
    QStringList awardProblems(const FundingAward &award) const;
    /// Writes inside the caller's transaction (the award import): no checks, the audit row added.
    Result<qint64> insertAwardInTransaction(const FundingAward &award);
    Status updateAwardInTransaction(const FundingAward &before, const FundingAward &after);

    /// The awards with their names resolved: of one call (when @p callId is not 0), else of one
    /// year (when @p year is not 0), else all; by year, institution, call, organization.
    QList<AwardLine> awardLines(qint64 callId = 0, int year = 0) const;
    /// An organization's funding history: its awards over the years, newest first.
    QList<AwardLine> history(qint64 organizationId) const;
    /// The years that have calls, newest first.
    QList<int> years() const;

private:
    QList<AwardLine> lines(const QString &where, const QList<QPair<QString, QVariant>> &binds,
                           const QString &order) const;

    QSqlDatabase m_db;
};

} // namespace dc

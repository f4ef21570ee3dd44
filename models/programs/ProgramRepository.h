#pragma once

#include "Edition.h"
#include "Program.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes programs and their editions. Each public write is one transaction with its
/// audit-log rows; the *InTransaction methods are for callers that group many writes (demo data).
class ProgramRepository final
{
public:
    explicit ProgramRepository(QSqlDatabase db);

    /// All programs in Romanian alphabetical order.
    QList<Program> programs() const;
    std::optional<Program> find(qint64 id) const;
    /// Matched without case and diacritics, on the whole name.
    std::optional<qint64> findIdByName(const QString &name) const;
    /// The program a person means by @p name (see NameMatcher); an unknown or ambiguous name is a
    /// failure whose message lists the candidates.
    Result<Program> match(const QString &name) const;

    Result<qint64> addProgram(Program program);
    Status updateProgram(Program program);
    /// Deletes the program with its editions, their events, partnerships and indicators.
    Status removeProgram(qint64 id);

    /// The editions of a program, newest first.
    QList<Edition> editions(qint64 programId) const;
    std::optional<Edition> findEdition(qint64 id) const;
    std::optional<qint64> findEditionId(qint64 programId, int number) const;
    /// The program's edition of @p year; a failure naming the years there are when none (or more
    /// than one) is of that year.
    Result<Edition> editionOfYear(const Program &program, int year) const;

    /// Checks and adds the edition; a failure when an event would fall outside a changed period.
    Result<qint64> addEdition(Edition edition);
    Status updateEdition(Edition edition);
    Status removeEdition(qint64 id);

    Result<qint64> insertProgramInTransaction(Program &program);
    Status updateProgramInTransaction(const Program &before, const Program &after);
    Result<qint64> insertEditionInTransaction(Edition &edition);
    Status updateEditionInTransaction(const Edition &before, const Edition &after);

private:
    QSqlDatabase m_db;
};

} // namespace dc

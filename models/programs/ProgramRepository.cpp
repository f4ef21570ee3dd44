#include "ProgramRepository.h"

#include "core/NameMatcher.h"
#include "core/Text.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRepository)
};

const QString programColumns = QStringLiteral("id, name, code, kind, managed_by, description");
const QString editionColumns =
    QStringLiteral("id, program_id, number, year, start_date, end_date, objective, status, notes, "
                   "central_theme, other_themes");

Program readProgram(const QSqlQuery &q)
{
    Program p;
    sqlvalues::Columns row(q);
    row >> p.id >> p.name >> p.code;
    p.kind = programKindFromCode(row.text());
    row >> p.managedBy >> p.description;
    return p;
}

Edition readEdition(const QSqlQuery &q)
{
    Edition e;
    sqlvalues::Columns row(q);
    row >> e.id >> e.programId >> e.number >> e.year >> e.startDate >> e.endDate >> e.objective;
    e.status = editionStatusFromCode(row.text());
    row >> e.notes >> e.centralTheme;
    const QString themes = row.text();
    e.otherThemes = themes.isEmpty() ? QStringList() : themes.split(QLatin1Char('\n'));
    return e;
}

rowwriter::Values programValues(const Program &p)
{
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("name_sort"), text::sortKey(p.name)},
        {QStringLiteral("name_folded"), text::folded(p.name)},
        {QStringLiteral("code"), sqlvalues::text(p.code)},
        {QStringLiteral("kind"), programKindCode(p.kind)},
        {QStringLiteral("managed_by"), sqlvalues::text(p.managedBy)},
        {QStringLiteral("description"), sqlvalues::text(p.description)},
    };
}

rowwriter::Values editionValues(const Edition &e)
{
    return {
        {QStringLiteral("program_id"), e.programId},
        {QStringLiteral("number"), e.number},
        {QStringLiteral("year"), e.year},
        {QStringLiteral("start_date"), sqlvalues::date(e.startDate)},
        {QStringLiteral("end_date"), sqlvalues::date(e.endDate)},
        {QStringLiteral("objective"), sqlvalues::text(e.objective)},
        {QStringLiteral("status"), editionStatusCode(e.status)},
        {QStringLiteral("notes"), sqlvalues::text(e.notes)},
        {QStringLiteral("central_theme"), sqlvalues::text(e.centralTheme)},
        {QStringLiteral("other_themes"), sqlvalues::text(e.otherThemes.join(QLatin1Char('\n')))},
    };
}

const rowwriter::Table<Program> programTable{QStringLiteral("program"), programValues};
const rowwriter::Table<Edition> editionTable{QStringLiteral("edition"), editionValues};

} // namespace

ProgramRepository::ProgramRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Program> ProgramRepository::programs() const
{
    return query::selectAll(
        m_db, QStringLiteral("SELECT %1 FROM program ORDER BY name_sort, id").arg(programColumns),
        {}, readProgram);
}

std::optional<Program> ProgramRepository::find(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM program WHERE id = :id").arg(programColumns),
        {{QStringLiteral(":id"), id}}, readProgram);
}

std::optional<qint64> ProgramRepository::findIdByName(const QString &name) const
{
    return query::selectId(m_db,
                           QStringLiteral("SELECT id FROM program WHERE name_folded = :folded"),
                           {{QStringLiteral(":folded"), text::folded(text::normalized(name))}});
}

Result<Program> ProgramRepository::match(const QString &name) const
{
    using R = Result<Program>;
    const QList<Program> all = programs();
    QList<NameMatcher::Candidate> candidates;
    for (const Program &p : all)
        candidates.append({p.id, p.name, p.code.isEmpty() ? QStringList() : QStringList{p.code}});
    const NameMatcher::Match m = NameMatcher::match(name, candidates);
    switch (m.outcome) {
    case NameMatcher::Outcome::Unique:
        for (const Program &p : all) {
            if (p.id == m.id)
                return p;
        }
        break;
    case NameMatcher::Outcome::Ambiguous:
        return R::failure(Messages::tr("'%1' matches several programs: %2. Give more of the name.")
                              .arg(name, m.candidates.join(QLatin1String("; "))));
    case NameMatcher::Outcome::None:
        if (m.candidates.isEmpty())
            return R::failure(
                Messages::tr("No program matches '%1': the database has no programs.").arg(name));
        return R::failure(Messages::tr("No program matches '%1'. The programs are: %2.")
                              .arg(name, m.candidates.join(QLatin1String("; "))));
    }
    return R::failure(Messages::tr("No program matches '%1'.").arg(name));
}

Result<qint64> ProgramRepository::insertProgramInTransaction(Program &p)
{
    return rowwriter::insertAndSetId(m_db, programTable, p, false, true);
}

Status ProgramRepository::updateProgramInTransaction(const Program &before, const Program &p)
{
    return rowwriter::updateRecordRow(
        m_db, programTable, before, p, true,
        Messages::tr("The program no. %1 no longer exists.").arg(p.id));
}

Result<qint64> ProgramRepository::addProgram(Program p)
{
    using R = Result<qint64>;
    normalizeProgram(p);
    p.id = 0;
    if (const QStringList problems = validateProgram(p); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    if (findIdByName(p.name))
        return R::failure(Messages::tr("Name: a program named '%1' already exists.").arg(p.name));
    return inTransaction(m_db, [&] { return insertProgramInTransaction(p); });
}

Status ProgramRepository::updateProgram(Program p)
{
    normalizeProgram(p);
    const std::optional<Program> before = find(p.id);
    if (!before)
        return Status::failure(Messages::tr("The program no. %1 no longer exists.").arg(p.id));
    if (const QStringList problems = validateProgram(p); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    if (const auto other = findIdByName(p.name); other && *other != p.id)
        return Status::failure(
            Messages::tr("Name: a program named '%1' already exists.").arg(p.name));
    if (before->sameContent(p))
        return {};
    return inTransaction(m_db, [&] { return updateProgramInTransaction(*before, p); });
}

Status ProgramRepository::removeProgram(qint64 id)
{
    const std::optional<Program> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The program no. %1 no longer exists.").arg(id));
    return inTransaction(m_db, [&] {
        return rowwriter::deleteRow(m_db, programTable.name, id, before->toJson(),
                                    [&](const QString &error) {
                                        return Messages::tr("The program %1 cannot be deleted: %2")
                                            .arg(before->name, error);
                                    });
    });
}

QList<Edition> ProgramRepository::editions(qint64 programId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM edition WHERE program_id = :p ORDER BY year DESC, number DESC")
            .arg(editionColumns),
        {{QStringLiteral(":p"), programId}}, readEdition);
}

std::optional<Edition> ProgramRepository::findEdition(qint64 id) const
{
    return query::selectOne(
        m_db, QStringLiteral("SELECT %1 FROM edition WHERE id = :id").arg(editionColumns),
        {{QStringLiteral(":id"), id}}, readEdition);
}

std::optional<qint64> ProgramRepository::findEditionId(qint64 programId, int number) const
{
    return query::selectId(
        m_db, QStringLiteral("SELECT id FROM edition WHERE program_id = :p AND number = :n"),
        {{QStringLiteral(":p"), programId}, {QStringLiteral(":n"), number}});
}

Result<Edition> ProgramRepository::editionOfYear(const Program &program, int year) const
{
    using R = Result<Edition>;
    const QList<Edition> all = editions(program.id);
    QList<Edition> found;
    QStringList years;
    for (const Edition &e : all) {
        years.prepend(QString::number(e.year));
        if (e.year == year)
            found << e;
    }
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1)
        return R::failure(Messages::tr("%1 has %2 editions in %3; the calendar takes one.")
                              .arg(program.name)
                              .arg(found.size())
                              .arg(year));
    if (years.isEmpty())
        return R::failure(Messages::tr("%1 has no editions.").arg(program.name));
    return R::failure(Messages::tr("%1 has no edition in %2. Its editions are of: %3.")
                          .arg(program.name)
                          .arg(year)
                          .arg(years.join(QLatin1String(", "))));
}

Result<qint64> ProgramRepository::insertEditionInTransaction(Edition &e)
{
    return rowwriter::insertAndSetId(m_db, editionTable, e, false, true);
}

Status ProgramRepository::updateEditionInTransaction(const Edition &before, const Edition &e)
{
    return rowwriter::updateRecordRow(
        m_db, editionTable, before, e, true,
        Messages::tr("The edition no. %1 no longer exists.").arg(e.id));
}

Result<qint64> ProgramRepository::addEdition(Edition e)
{
    using R = Result<qint64>;
    normalizeEdition(e);
    e.id = 0;
    if (const QStringList problems = validateEdition(e); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    if (!find(e.programId))
        return R::failure(
            Messages::tr("Program: the program no. %1 does not exist.").arg(e.programId));
    if (findEditionId(e.programId, e.number))
        return R::failure(
            Messages::tr("Number: the program already has an edition no. %1.").arg(e.number));
    return inTransaction(m_db, [&] { return insertEditionInTransaction(e); });
}

Status ProgramRepository::updateEdition(Edition e)
{
    normalizeEdition(e);
    const std::optional<Edition> before = findEdition(e.id);
    if (!before)
        return Status::failure(Messages::tr("The edition no. %1 no longer exists.").arg(e.id));
    if (const QStringList problems = validateEdition(e); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    if (const auto other = findEditionId(e.programId, e.number); other && *other != e.id)
        return Status::failure(
            Messages::tr("Number: the program already has an edition no. %1.").arg(e.number));
    if (before->sameContent(e))
        return {};
    return inTransaction(m_db, [&] { return updateEditionInTransaction(*before, e); });
}

Status ProgramRepository::removeEdition(qint64 id)
{
    const std::optional<Edition> before = findEdition(id);
    if (!before)
        return Status::failure(Messages::tr("The edition no. %1 no longer exists.").arg(id));
    return inTransaction(m_db, [&] {
        return rowwriter::deleteRow(
            m_db, editionTable.name, id, before->toJson(), [](const QString &error) {
                return Messages::tr("The edition cannot be deleted: %1").arg(error);
            });
    });
}

} // namespace dc

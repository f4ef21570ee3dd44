#include "ProgramRepository.h"

#include "core/NameMatcher.h"
#include "core/Text.h"
#include "storage/AuditLog.h"
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
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.code = q.value(2).toString();
    p.kind = programKindFromCode(q.value(3).toString());
    p.managedBy = q.value(4).toString();
    p.description = q.value(5).toString();
    return p;
}

Edition readEdition(const QSqlQuery &q)
{
    Edition e;
    e.id = q.value(0).toLongLong();
    e.programId = q.value(1).toLongLong();
    e.number = q.value(2).toInt();
    e.year = q.value(3).toInt();
    e.startDate = sqlvalues::readDate(q.value(4));
    e.endDate = sqlvalues::readDate(q.value(5));
    e.objective = q.value(6).toString();
    e.status = editionStatusFromCode(q.value(7).toString());
    e.notes = q.value(8).toString();
    e.centralTheme = q.value(9).toString();
    const QString themes = q.value(10).toString();
    e.otherThemes = themes.isEmpty() ? QStringList() : themes.split(QLatin1Char('\n'));
    return e;
}

void bindProgram(QSqlQuery &q, const Program &p)
{
    q.bindValue(QStringLiteral(":name"), p.name);
    q.bindValue(QStringLiteral(":name_sort"), text::sortKey(p.name));
    q.bindValue(QStringLiteral(":name_folded"), text::folded(p.name));
    q.bindValue(QStringLiteral(":code"), sqlvalues::text(p.code));
    q.bindValue(QStringLiteral(":kind"), programKindCode(p.kind));
    q.bindValue(QStringLiteral(":managed_by"), sqlvalues::text(p.managedBy));
    q.bindValue(QStringLiteral(":description"), sqlvalues::text(p.description));
    q.bindValue(QStringLiteral(":now"), sqlvalues::nowIso());
}

void bindEdition(QSqlQuery &q, const Edition &e)
{
    q.bindValue(QStringLiteral(":program_id"), e.programId);
    q.bindValue(QStringLiteral(":number"), e.number);
    q.bindValue(QStringLiteral(":year"), e.year);
    q.bindValue(QStringLiteral(":start_date"), sqlvalues::date(e.startDate));
    q.bindValue(QStringLiteral(":end_date"), sqlvalues::date(e.endDate));
    q.bindValue(QStringLiteral(":objective"), sqlvalues::text(e.objective));
    q.bindValue(QStringLiteral(":status"), editionStatusCode(e.status));
    q.bindValue(QStringLiteral(":notes"), sqlvalues::text(e.notes));
    q.bindValue(QStringLiteral(":central_theme"), sqlvalues::text(e.centralTheme));
    q.bindValue(QStringLiteral(":other_themes"),
                sqlvalues::text(e.otherThemes.join(QLatin1Char('\n'))));
    q.bindValue(QStringLiteral(":now"), sqlvalues::nowIso());
}

} // namespace

ProgramRepository::ProgramRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Program> ProgramRepository::programs() const
{
    QList<Program> result;
    QSqlQuery q(m_db);
    if (q.exec(
            QStringLiteral("SELECT %1 FROM program ORDER BY name_sort, id").arg(programColumns))) {
        while (q.next())
            result << readProgram(q);
    }
    return result;
}

std::optional<Program> ProgramRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM program WHERE id = :id").arg(programColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readProgram(q);
}

std::optional<qint64> ProgramRepository::findIdByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM program WHERE name_folded = :folded"));
    q.bindValue(QStringLiteral(":folded"), text::folded(text::normalized(name)));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
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
    using R = Result<qint64>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO program (name, name_sort, name_folded, code, kind, "
                             "managed_by, description, created_at, "
                             "updated_at) VALUES (:name, :name_sort, :name_folded, :code, :kind, "
                             ":managed_by, :description, :now, :now) "
                             "RETURNING id"));
    bindProgram(q, p);
    if (!q.exec() || !q.next())
        return R::failure(q.lastError().text());
    p.id = q.value(0).toLongLong();
    q.finish();
    if (Status s = AuditLog::record(m_db, QStringLiteral("program"), p.id, AuditLog::Action::Insert,
                                    {}, p.toJson());
        !s)
        return R::failure(s.error());
    return p.id;
}

Status ProgramRepository::updateProgramInTransaction(const Program &before, const Program &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE program SET name = :name, name_sort = :name_sort, name_folded "
                             "= :name_folded, code = :code, "
                             "kind = :kind, managed_by = :managed_by, description = :description, "
                             "updated_at = :now WHERE id = :id"));
    bindProgram(q, p);
    q.bindValue(QStringLiteral(":id"), p.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(Messages::tr("The program no. %1 no longer exists.").arg(p.id));
    return AuditLog::record(m_db, QStringLiteral("program"), p.id, AuditLog::Action::Update,
                            before.toJson(), p.toJson());
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
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM program WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Status::failure(Messages::tr("The program %1 cannot be deleted: %2")
                                       .arg(before->name, q.lastError().text()));
        return AuditLog::record(m_db, QStringLiteral("program"), id, AuditLog::Action::Delete,
                                before->toJson(), {});
    });
}

QList<Edition> ProgramRepository::editions(qint64 programId) const
{
    QList<Edition> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM edition WHERE program_id = :p ORDER BY year DESC, number DESC")
                  .arg(editionColumns));
    q.bindValue(QStringLiteral(":p"), programId);
    if (q.exec()) {
        while (q.next())
            result << readEdition(q);
    }
    return result;
}

std::optional<Edition> ProgramRepository::findEdition(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM edition WHERE id = :id").arg(editionColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEdition(q);
}

std::optional<qint64> ProgramRepository::findEditionId(qint64 programId, int number) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM edition WHERE program_id = :p AND number = :n"));
    q.bindValue(QStringLiteral(":p"), programId);
    q.bindValue(QStringLiteral(":n"), number);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
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
    using R = Result<qint64>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO edition (program_id, number, year, start_date, end_date, "
                             "objective, status, notes, "
                             "central_theme, other_themes, created_at, updated_at) VALUES "
                             "(:program_id, :number, :year, :start_date, "
                             ":end_date, :objective, :status, :notes, :central_theme, "
                             ":other_themes, :now, :now) RETURNING id"));
    bindEdition(q, e);
    if (!q.exec() || !q.next())
        return R::failure(q.lastError().text());
    e.id = q.value(0).toLongLong();
    q.finish();
    if (Status s = AuditLog::record(m_db, QStringLiteral("edition"), e.id, AuditLog::Action::Insert,
                                    {}, e.toJson());
        !s)
        return R::failure(s.error());
    return e.id;
}

Status ProgramRepository::updateEditionInTransaction(const Edition &before, const Edition &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE edition SET program_id = :program_id, number = :number, year = :year, start_date = "
        ":start_date, "
        "end_date = :end_date, objective = :objective, status = :status, notes = :notes, "
        "central_theme = :central_theme, other_themes = :other_themes, updated_at = :now "
        "WHERE id = :id"));
    bindEdition(q, e);
    q.bindValue(QStringLiteral(":id"), e.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(Messages::tr("The edition no. %1 no longer exists.").arg(e.id));
    return AuditLog::record(m_db, QStringLiteral("edition"), e.id, AuditLog::Action::Update,
                            before.toJson(), e.toJson());
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
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM edition WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Status::failure(
                Messages::tr("The edition cannot be deleted: %1").arg(q.lastError().text()));
        return AuditLog::record(m_db, QStringLiteral("edition"), id, AuditLog::Action::Delete,
                                before->toJson(), {});
    });
}

} // namespace dc

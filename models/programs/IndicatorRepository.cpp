#include "IndicatorRepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)
};

const QString columns =
    QStringLiteral("id, edition_id, position, name, unit, target, target_qualifier, achieved, "
                   "achieved_qualifier, computation, "
                   "event_kind, notes");

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator i;
    i.id = q.value(0).toLongLong();
    i.editionId = q.value(1).toLongLong();
    i.position = q.value(2).toInt();
    i.name = q.value(3).toString();
    i.unit = indicatorUnitFromCode(q.value(4).toString());
    i.target = sqlvalues::readInt64(q.value(5));
    i.targetQualifier = valueQualifierFromCode(q.value(6).toString());
    i.achieved = sqlvalues::readInt64(q.value(7));
    i.achievedQualifier = valueQualifierFromCode(q.value(8).toString());
    i.computation = indicatorComputationFromCode(q.value(9).toString());
    i.eventKind = eventKindFromCode(q.value(10).toString());
    i.notes = q.value(11).toString();
    return i;
}

void bindIndicator(QSqlQuery &q, const Indicator &i)
{
    q.bindValue(QStringLiteral(":edition_id"), i.editionId);
    q.bindValue(QStringLiteral(":position"), i.position);
    q.bindValue(QStringLiteral(":name"), i.name);
    q.bindValue(QStringLiteral(":unit"), indicatorUnitCode(i.unit));
    q.bindValue(QStringLiteral(":target"), sqlvalues::number(i.target));
    q.bindValue(QStringLiteral(":target_qualifier"), valueQualifierCode(i.targetQualifier));
    q.bindValue(QStringLiteral(":achieved"), sqlvalues::number(i.achieved));
    q.bindValue(QStringLiteral(":achieved_qualifier"), valueQualifierCode(i.achievedQualifier));
    q.bindValue(QStringLiteral(":computation"), indicatorComputationCode(i.computation));
    q.bindValue(QStringLiteral(":event_kind"),
                sqlvalues::text(i.eventKind ? eventKindCode(*i.eventKind) : QString()));
    q.bindValue(QStringLiteral(":notes"), sqlvalues::text(i.notes));
}

} // namespace

IndicatorRepository::IndicatorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Indicator> IndicatorRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM indicator WHERE id = :id").arg(columns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readIndicator(q);
}

std::optional<qint64> IndicatorRepository::findId(qint64 editionId, const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM indicator WHERE edition_id = :e AND name = :n"));
    q.bindValue(QStringLiteral(":e"), editionId);
    q.bindValue(QStringLiteral(":n"), name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<Indicator> IndicatorRepository::ofEdition(qint64 editionId) const
{
    QList<Indicator> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM indicator WHERE edition_id = :e ORDER BY position, id")
                  .arg(columns));
    q.bindValue(QStringLiteral(":e"), editionId);
    if (q.exec()) {
        while (q.next())
            result << readIndicator(q);
    }
    return result;
}

std::optional<qint64> IndicatorRepository::computedValue(const Indicator &i) const
{
    if (!i.isComputed())
        return std::nullopt;
    // Only held events count: a planned or cancelled one is not a result.
    const QString what =
        i.computation == IndicatorComputation::EventCount
            ? QStringLiteral("count(*)")
            : QStringLiteral(
                  "coalesce(sum(coalesce(participants_ngo, 0) + coalesce(participants_local_admin, "
                  "0) "
                  "+ coalesce(participants_associative, 0) + coalesce(participants_other, 0)), 0)");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM event WHERE edition_id = :e AND status = 'held' "
                             "AND (:kind IS NULL OR kind = :kind2)")
                  .arg(what));
    const QVariant kind = sqlvalues::text(i.eventKind ? eventKindCode(*i.eventKind) : QString());
    q.bindValue(QStringLiteral(":e"), i.editionId);
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":kind2"), kind);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> IndicatorRepository::achievedValue(const Indicator &i) const
{
    return i.isComputed() ? computedValue(i) : i.achieved;
}

QStringList IndicatorRepository::problemsOf(const Indicator &i) const
{
    QStringList problems = validateIndicator(i);
    if (problems.isEmpty()) {
        if (const auto other = findId(i.editionId, i.name); other && *other != i.id)
            problems
                << Messages::tr("Name: the edition already has an indicator '%1'.").arg(i.name);
    }
    return problems;
}

Result<qint64> IndicatorRepository::insertInTransaction(Indicator &i, bool keepId)
{
    using R = Result<qint64>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO indicator (%1edition_id, position, name, unit, target, "
                             "target_qualifier, achieved, "
                             "achieved_qualifier, computation, event_kind, notes) VALUES "
                             "(%2:edition_id, :position, :name, :unit, :target, "
                             ":target_qualifier, :achieved, :achieved_qualifier, :computation, "
                             ":event_kind, :notes) RETURNING id")
                  .arg(keepId ? QStringLiteral("id, ") : QString(),
                       keepId ? QStringLiteral(":id, ") : QString()));
    if (keepId)
        q.bindValue(QStringLiteral(":id"), i.id);
    bindIndicator(q, i);
    if (!q.exec() || !q.next())
        return R::failure(q.lastError().text());
    i.id = q.value(0).toLongLong();
    q.finish();
    if (Status s = AuditLog::record(m_db, QStringLiteral("indicator"), i.id,
                                    AuditLog::Action::Insert, {}, i.toJson());
        !s)
        return R::failure(s.error());
    return i.id;
}

Status IndicatorRepository::updateInTransaction(const Indicator &before, const Indicator &i)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE indicator SET edition_id = :edition_id, position = :position, name = :name, unit = "
        ":unit, "
        "target = :target, target_qualifier = :target_qualifier, achieved = :achieved, "
        "achieved_qualifier = :achieved_qualifier, computation = :computation, event_kind = "
        ":event_kind, "
        "notes = :notes WHERE id = :id"));
    bindIndicator(q, i);
    q.bindValue(QStringLiteral(":id"), i.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Status::failure(Messages::tr("The indicator no. %1 no longer exists.").arg(i.id));
    return AuditLog::record(m_db, QStringLiteral("indicator"), i.id, AuditLog::Action::Update,
                            before.toJson(), i.toJson());
}

Result<qint64> IndicatorRepository::add(Indicator i)
{
    using R = Result<qint64>;
    normalizeIndicator(i);
    i.id = 0;
    if (const QStringList problems = problemsOf(i); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    return inTransaction(m_db, [&] { return insertInTransaction(i); });
}

Status IndicatorRepository::update(Indicator i)
{
    normalizeIndicator(i);
    const std::optional<Indicator> before = find(i.id);
    if (!before)
        return Status::failure(Messages::tr("The indicator no. %1 no longer exists.").arg(i.id));
    if (const QStringList problems = problemsOf(i); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    if (before->sameContent(i))
        return {};
    return inTransaction(m_db, [&] { return updateInTransaction(*before, i); });
}

Status IndicatorRepository::remove(qint64 id)
{
    const std::optional<Indicator> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The indicator no. %1 no longer exists.").arg(id));
    return inTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM indicator WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Status::failure(q.lastError().text());
        return AuditLog::record(m_db, QStringLiteral("indicator"), id, AuditLog::Action::Delete,
                                before->toJson(), {});
    });
}

Status IndicatorRepository::restore(const Indicator &indicator)
{
    if (indicator.id <= 0)
        return Status::failure(Messages::tr("The indicator to put back has no id."));
    Indicator record = indicator;
    return inTransaction(m_db, [&]() -> Status {
        const Result<qint64> id = insertInTransaction(record, true);
        return id ? Status() : Status::failure(id.error());
    });
}

} // namespace dc

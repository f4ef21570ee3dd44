#include "IndicatorRepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)
};

const QString columns =
    QStringLiteral("id, edition_id, position, name, unit, target, target_qualifier, achieved, "
                   "achieved_qualifier, computation, "
                   "event_kind, notes");

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator i;
    sqlvalues::Columns row(q);
    row >> i.id >> i.editionId >> i.position >> i.name;
    i.unit = indicatorUnitFromCode(row.text());
    row >> i.target;
    i.targetQualifier = valueQualifierFromCode(row.text());
    row >> i.achieved;
    i.achievedQualifier = valueQualifierFromCode(row.text());
    i.computation = indicatorComputationFromCode(row.text());
    i.eventKind = eventKindFromCode(row.text());
    row >> i.notes;
    return i;
}

rowwriter::Values indicatorValues(const Indicator &i)
{
    return {
        {QStringLiteral("edition_id"), i.editionId},
        {QStringLiteral("position"), i.position},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("unit"), indicatorUnitCode(i.unit)},
        {QStringLiteral("target"), sqlvalues::number(i.target)},
        {QStringLiteral("target_qualifier"), valueQualifierCode(i.targetQualifier)},
        {QStringLiteral("achieved"), sqlvalues::number(i.achieved)},
        {QStringLiteral("achieved_qualifier"), valueQualifierCode(i.achievedQualifier)},
        {QStringLiteral("computation"), indicatorComputationCode(i.computation)},
        {QStringLiteral("event_kind"),
         sqlvalues::text(i.eventKind ? eventKindCode(*i.eventKind) : QString())},
        {QStringLiteral("notes"), sqlvalues::text(i.notes)},
    };
}

const rowwriter::Table<Indicator> indicatorTable{QStringLiteral("indicator"), indicatorValues};

} // namespace

IndicatorRepository::IndicatorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Indicator> IndicatorRepository::find(qint64 id) const
{
    return query::selectOne(m_db,
                            QStringLiteral("SELECT %1 FROM indicator WHERE id = :id").arg(columns),
                            {{QStringLiteral(":id"), id}}, readIndicator);
}

std::optional<qint64> IndicatorRepository::findId(qint64 editionId, const QString &name) const
{
    return query::selectId(
        m_db, QStringLiteral("SELECT id FROM indicator WHERE edition_id = :e AND name = :n"),
        {{QStringLiteral(":e"), editionId}, {QStringLiteral(":n"), name}});
}

QList<Indicator> IndicatorRepository::ofEdition(qint64 editionId) const
{
    return query::selectAll(
        m_db,
        QStringLiteral("SELECT %1 FROM indicator WHERE edition_id = :e ORDER BY position, id")
            .arg(columns),
        {{QStringLiteral(":e"), editionId}}, readIndicator);
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
    const QVariant kind = sqlvalues::text(i.eventKind ? eventKindCode(*i.eventKind) : QString());
    return query::selectId(
        m_db,
        QStringLiteral("SELECT %1 FROM event WHERE edition_id = :e AND status = "
                       "'held' AND (CAST(:kind AS text) IS NULL OR kind = :kind2)")
            .arg(what),
        {{QStringLiteral(":e"), i.editionId},
         {QStringLiteral(":kind"), kind},
         {QStringLiteral(":kind2"), kind}});
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
    return rowwriter::insertAndSetId(m_db, indicatorTable, i, keepId);
}

Status IndicatorRepository::updateInTransaction(const Indicator &before, const Indicator &i)
{
    return rowwriter::updateRecordRow(
        m_db, indicatorTable, before, i, false,
        Messages::tr("The indicator no. %1 no longer exists.").arg(i.id));
}

Result<qint64> IndicatorRepository::add(Indicator i)
{
    normalizeIndicator(i);
    i.id = 0;
    return rowwriter::addChecked(m_db, problemsOf(i), [&] { return insertInTransaction(i); });
}

Status IndicatorRepository::update(Indicator i)
{
    normalizeIndicator(i);
    const std::optional<Indicator> before = find(i.id);
    return rowwriter::updateChanged(
        m_db, before, i, Messages::tr("The indicator no. %1 no longer exists.").arg(i.id),
        problemsOf(i), [&] { return updateInTransaction(*before, i); });
}

Status IndicatorRepository::remove(qint64 id)
{
    const std::optional<Indicator> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The indicator no. %1 no longer exists.").arg(id));
    return rowwriter::removeRecord(m_db, indicatorTable, before, QString());
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

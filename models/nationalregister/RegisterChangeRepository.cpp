#include "RegisterChangeRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace dc {

RegisterChangeRepository::RegisterChangeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<RegisterImport> RegisterChangeRepository::imports() const
{
    m_lastError.clear();
    Result<QList<RegisterImport>> found = query::select(
        m_db,
        QStringLiteral(
            "SELECT id, file_name, sha256, kind, imported_at, rows_read, added, changed, "
            "status_changed, unchanged, rejected FROM register_import ORDER BY id DESC"),
        {}, [](const QSqlQuery &q) {
            return RegisterImport{
                q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(),   q.value(4).toString(), q.value(5).toInt(),
                q.value(6).toInt(),      q.value(7).toInt(),    q.value(8).toInt(),
                q.value(9).toInt(),      q.value(10).toInt()};
        });
    if (!found) {
        m_lastError = found.error();
        return {};
    }
    return std::move(found).value();
}

qint64 RegisterChangeRepository::lastImportId() const
{
    m_lastError.clear();
    Result<QSqlQuery> q = query::run(m_db, QStringLiteral("SELECT max(id) FROM register_import"));
    if (!q) {
        m_lastError = q.error();
        return 0;
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

QList<RegisterChange> RegisterChangeRepository::changes(const RegisterChangeQuery &query) const
{
    m_lastError.clear();
    QStringList where;
    if (query.afterImportId > 0)
        where << QStringLiteral("ch.import_id > :after");
    if (query.untilImportId > 0)
        where << QStringLiteral("ch.import_id <= :until");
    if (!query.sinceDate.isEmpty())
        where << QStringLiteral("substr(i.imported_at, 1, 10) >= :since");
    if (query.countyId)
        where << QStringLiteral("ch.county_id = :county");
    QStringList kindParameters;
    for (int i = 0; i < query.kinds.size(); ++i)
        kindParameters << QStringLiteral(":kind%1").arg(i);
    if (!kindParameters.isEmpty())
        where << QStringLiteral("ch.kind IN (%1)").arg(kindParameters.join(QLatin1String(", ")));
    dc::query::Binds binds;
    if (query.afterImportId > 0)
        binds.append({QStringLiteral(":after"), query.afterImportId});
    if (query.untilImportId > 0)
        binds.append({QStringLiteral(":until"), query.untilImportId});
    if (!query.sinceDate.isEmpty())
        binds.append({QStringLiteral(":since"), query.sinceDate});
    if (query.countyId)
        binds.append({QStringLiteral(":county"), *query.countyId});
    for (int i = 0; i < query.kinds.size(); ++i)
        binds.append({kindParameters.at(i), query.kinds.at(i)});
    const QString sql =
        QStringLiteral(
            "SELECT ch.id, ch.import_id, i.imported_at, ch.organization_id, ch.kind, ch.field, "
            "ch.old_value, ch.new_value, ch.registry_number, ch.name, ch.county_id, c.name "
            "FROM register_change ch JOIN register_import i ON i.id = ch.import_id "
            "LEFT JOIN county c ON c.id = ch.county_id") +
        (where.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))) +
        QStringLiteral(" ORDER BY ch.import_id, ch.id");
    Result<QList<RegisterChange>> found =
        dc::query::select(m_db, sql, binds, [](const QSqlQuery &q) {
            RegisterChange c;
            sqlvalues::Columns(q) >> c.id >> c.importId >> c.importedAt >> c.organizationId >>
                c.kind >> c.field >> c.oldValue >> c.newValue >> c.registryNumber >> c.name >>
                c.countyId >> c.county;
            return c;
        });
    if (!found) {
        m_lastError = found.error();
        return {};
    }
    return std::move(found).value();
}

QList<RegisterChange> RegisterChangeRepository::lastImportChanges(std::optional<int> countyId) const
{
    const qint64 last = lastImportId();
    if (last == 0)
        return {};
    RegisterChangeQuery query;
    query.afterImportId = last - 1;
    query.untilImportId = last;
    query.countyId = countyId;
    return changes(query);
}

} // namespace dc

#include "RegisterChangeModel.h"

#include "RegisterChangeRepository.h"

#include <QDateTime>

namespace dc {

RegisterChangeModel::RegisterChangeModel(QSqlDatabase db, QObject *parent)
    : RecordListModel(std::move(db), columns(), parent)
{
}

QList<RegisterChangeModel::ColumnSpec> RegisterChangeModel::columns()
{
    return {{QT_TR_NOOP("Change"), [](const RegisterChange &c) { return QVariant(c.kind); },
             [](const RegisterChange &c) { return QVariant(c.kindName()); }},
            {QT_TR_NOOP("Registry number"),
             [](const RegisterChange &c) { return QVariant(c.registryNumber); }},
            {QT_TR_NOOP("Name"), [](const RegisterChange &c) { return QVariant(c.name); }},
            {QT_TR_NOOP("County"), [](const RegisterChange &c) { return QVariant(c.countyId); },
             [](const RegisterChange &c) { return QVariant(c.county); }},
            {QT_TR_NOOP("Detail"),
             [](const RegisterChange &c) { return QVariant(c.detail()); },
             {},
             false,
             [](const RegisterChange &c) {
                 return c.kind == QLatin1String("other") ? QVariant(c.newValue) : QVariant();
             }},
            {QT_TR_NOOP("Imported"), [](const RegisterChange &c) { return QVariant(c.importedAt); },
             [](const RegisterChange &c) {
                 return QVariant(QDateTime::fromString(c.importedAt, Qt::ISODate)
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
             }}};
}

void RegisterChangeModel::setQuery(const RegisterChangeQuery &query)
{
    m_query = query;
    refresh();
}

void RegisterChangeModel::showLastImport()
{
    const qint64 last = RegisterChangeRepository(db()).lastImportId();
    RegisterChangeQuery query;
    query.countyId = m_query.countyId;
    query.kinds = m_query.kinds;
    if (last > 0) {
        query.afterImportId = last - 1;
        query.untilImportId = last;
    } else {
        query.afterImportId = 1;
        query.untilImportId = 1; // nothing: no import yet
    }
    setQuery(query);
}

void RegisterChangeModel::setCounty(std::optional<int> countyId)
{
    m_query.countyId = countyId;
    refresh();
}

void RegisterChangeModel::setKinds(const QStringList &kinds)
{
    m_query.kinds = kinds;
    refresh();
}

void RegisterChangeModel::setImports(qint64 afterImportId, qint64 untilImportId)
{
    m_query.afterImportId = afterImportId;
    m_query.untilImportId = untilImportId;
    m_query.sinceDate.clear();
    refresh();
}

QList<RegisterChange> RegisterChangeModel::load() const
{
    const RegisterChangeRepository repository(db());
    QList<RegisterChange> changes = repository.changes(m_query);
    m_lastError = repository.lastError();
    return changes;
}

qint64 RegisterChangeModel::recordId(const RegisterChange &change) const
{
    return change.id;
}

QVariant RegisterChangeModel::recordData(const RegisterChange &change, int role) const
{
    return role == OrganizationIdRole ? QVariant(change.organizationId) : QVariant();
}

QString RegisterChangeModel::columnTitle(Column column)
{
    return column >= 0 && column < ColumnCount ? tr(columns().at(column).title) : QString();
}

} // namespace dc

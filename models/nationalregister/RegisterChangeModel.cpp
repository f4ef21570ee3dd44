#include "RegisterChangeModel.h"

#include "RegisterChangeRepository.h"

#include <QDateTime>

namespace dc {

RegisterChangeModel::RegisterChangeModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void RegisterChangeModel::setQuery(const RegisterChangeQuery &query)
{
    m_query = query;
    reload();
}

void RegisterChangeModel::showLastImport()
{
    const qint64 last = RegisterChangeRepository(m_db).lastImportId();
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
    reload();
}

void RegisterChangeModel::setKinds(const QStringList &kinds)
{
    m_query.kinds = kinds;
    reload();
}

void RegisterChangeModel::setImports(qint64 afterImportId, qint64 untilImportId)
{
    m_query.afterImportId = afterImportId;
    m_query.untilImportId = untilImportId;
    m_query.sinceDate.clear();
    reload();
}

void RegisterChangeModel::reload()
{
    beginResetModel();
    const RegisterChangeRepository repository(m_db);
    m_changes = repository.changes(m_query);
    m_lastError = repository.lastError();
    endResetModel();
}

int RegisterChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int RegisterChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterChange &c = m_changes.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == OrganizationIdRole)
        return c.organizationId;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (Column(index.column())) {
        case Kind:
            return raw ? QVariant(c.kind) : QVariant(c.kindName());
        case RegistryNumber:
            return c.registryNumber;
        case Name:
            return c.name;
        case County:
            return raw ? QVariant(c.countyId) : QVariant(c.county);
        case Detail:
            return c.detail();
        case ImportedAt:
            return raw ? QVariant(c.importedAt)
                       : QVariant(QDateTime::fromString(c.importedAt, Qt::ISODate)
                                      .toLocalTime()
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Detail && c.kind == QLatin1String("other"))
        return c.newValue;
    return {};
}

QVariant RegisterChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section));
}

QString RegisterChangeModel::columnTitle(Column column)
{
    switch (column) {
    case Kind:
        return tr("Change");
    case RegistryNumber:
        return tr("Registry number");
    case Name:
        return tr("Name");
    case County:
        return tr("County");
    case Detail:
        return tr("Detail");
    case ImportedAt:
        return tr("Imported");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dc

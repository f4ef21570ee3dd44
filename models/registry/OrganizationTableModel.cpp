#include "OrganizationTableModel.h"

#include "Organization.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace dc {

namespace {

constexpr int maxCachedPages = 64;
// Above this many matching rows, the first pages come faster from the sort index than from
// sorting all the matches (measured at 100,000 rows: 11,000 matches, 3 ms against 11 ms).
constexpr int manyMatches = 2000;

QString selectColumns(const QSqlDatabase &db)
{
    return QStringLiteral("o.id, o.name, o.acronym, o.legal_form, o.status, c.name, r.name, "
                          "o.locality, o.cif, o.registry_number, o.email, o.phone, "
                          "o.volunteering, o.volunteer_count, %1, o.updated_at")
        .arg(query::joinedTexts(db, QStringLiteral("d.name"), QStringLiteral("', '"),
                                QStringLiteral("FROM organization_domain od JOIN domain d ON "
                                               "d.id = od.domain_id WHERE od.organization_id = "
                                               "o.id"),
                                QStringLiteral("d.id")));
}

const QString fromClause = QStringLiteral("FROM organization o "
                                          "LEFT JOIN county c ON c.id = o.county_id "
                                          "LEFT JOIN region r ON r.id = c.region_id ");

// A moment after the last key typed, every match is counted.
constexpr int exactCountDelayMs = 250;

/// The organizations matching @p where on @p db, at most @p limit of them; nothing when the
/// query fails. A count that stops at the limit reads only that many matches: at a million
/// organizations on a server (psql, 2026-12-07), 1,001 of 160,000 matches were counted in 5 ms,
/// 10,001 in 43 ms, all of them in 180–190 ms.
std::optional<int> countWhere(const QSqlDatabase &db, const SqlClause &where,
                              std::optional<int> limit)
{
    QSqlQuery q(db);
    q.prepare(limit
                  ? QString(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM organization o ") +
                            where.sql + QStringLiteral(" LIMIT :count_limit) matches"))
                  : QString(QStringLiteral("SELECT count(*) FROM organization o ") + where.sql));
    where.bindTo(q);
    if (limit)
        q.bindValue(QStringLiteral(":count_limit"), *limit);
    if (!q.exec() || !q.next()) {
        qWarning("OrganizationTableModel: %s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    return q.value(0).toInt();
}

/// Every match of @p where, counted on a connection of its own (a copy of @p source's) on the
/// calling thread; nothing when that connection cannot be opened.
std::optional<int> countOnOwnConnection(const QString &source, const SqlClause &where)
{
    static std::atomic<int> serial{0};
    const QString name = QStringLiteral("dc-organization-count-%1").arg(serial++);
    std::optional<int> counted;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
        if (db.open())
            counted = countWhere(db, where, std::nullopt);
    }
    QSqlDatabase::removeDatabase(name);
    return counted;
}

} // namespace

OrganizationTableModel::OrganizationTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    m_exactCountDelay.setSingleShot(true);
    m_exactCountDelay.setInterval(exactCountDelayMs);
    connect(&m_exactCountDelay, &QTimer::timeout, this, &OrganizationTableModel::startExactCount);
    reload();
}

void OrganizationTableModel::setFilter(const OrganizationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    reload();
    endResetModel();
    Q_EMIT rowCountChanged(m_rowCount);
}

void OrganizationTableModel::refresh()
{
    m_totalCount = -1;
    beginResetModel();
    reload();
    endResetModel();
    Q_EMIT rowCountChanged(m_rowCount);
}

void OrganizationTableModel::reload()
{
    m_pages.clear();
    m_pageUse.clear();
    ++m_countGeneration;
    m_exactCountDelay.stop();
    m_fetchPending = false;
    m_countExact = true;
    if (m_filter == OrganizationFilter()) {
        m_rowCount = int(totalCount());
        return;
    }
    if (isTextOnly(m_filter) && !query::isServer(m_db)) {
        // Counting the matches in the search index alone is ten times faster than through the
        // table.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM organization_fts WHERE organization_fts MATCH :fts"));
        q.bindValue(QStringLiteral(":fts"), ftsPrefixQuery(m_filter.text));
        m_rowCount = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
        return;
    }
    const int counted =
        countWhere(m_db, organizationWhere(m_db, m_filter), m_countStep + 1).value_or(0);
    m_rowCount = std::min(counted, m_countStep);
    m_countExact = counted <= m_countStep;
    if (!m_countExact)
        m_exactCountDelay.start();
}

void OrganizationTableModel::startExactCount()
{
    if (m_countExact)
        return;
    const quint64 generation = m_countGeneration;
    const SqlClause where = organizationWhere(m_db, m_filter);
    m_exactCount.disconnect(this);
    connect(&m_exactCount, &QFutureWatcher<std::optional<int>>::finished, this,
            [this, generation, where] {
                if (generation != m_countGeneration || m_countExact)
                    return;
                // Without a connection of its own (a file in memory), the count is made here.
                std::optional<int> counted = m_exactCount.result();
                if (!counted)
                    counted = countWhere(m_db, where, std::nullopt);
                if (counted)
                    resizeTo(*counted, true);
            });
    m_exactCount.setFuture(QtConcurrent::run(countOnOwnConnection, m_db.connectionName(), where));
}

void OrganizationTableModel::resizeTo(int rows, bool exact)
{
    m_countExact = exact;
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        m_pages.clear();
        m_pageUse.clear();
        endRemoveRows();
    }
    Q_EMIT rowCountChanged(m_rowCount);
}

void OrganizationTableModel::setCountStep(int rows)
{
    m_countStep = std::max(1, rows);
}

void OrganizationTableModel::countUpTo(int row)
{
    if (m_countExact || row < m_rowCount)
        return;
    const std::optional<int> counted = countWhere(m_db, organizationWhere(m_db, m_filter), row + 2);
    if (counted)
        resizeTo(std::min(*counted, row + 1), *counted <= row + 1);
}

bool OrganizationTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_countExact;
}

void OrganizationTableModel::fetchMore(const QModelIndex &parent)
{
    // Counted once control is back in the event loop: a view (or the model tester) may ask while
    // it handles a reset, when rows must not be inserted yet.
    if (!canFetchMore(parent) || m_fetchPending)
        return;
    m_fetchPending = true;
    QTimer::singleShot(0, this, [this, generation = m_countGeneration] {
        if (generation != m_countGeneration)
            return;
        m_fetchPending = false;
        countUpTo(m_rowCount + m_countStep - 1);
    });
}

qint64 OrganizationTableModel::totalCount() const
{
    if (m_totalCount < 0) {
        QSqlQuery q(m_db);
        m_totalCount = (q.exec(QStringLiteral("SELECT count(*) FROM organization")) && q.next())
                           ? q.value(0).toLongLong()
                           : 0;
    }
    return m_totalCount;
}

QStringList OrganizationTableModel::sortExpressions() const
{
    switch (m_sortColumn) {
    case Acronym:
        return {QStringLiteral("coalesce(o.acronym, '')"), QStringLiteral("o.name_sort")};
    case LegalForm:
        return {QStringLiteral("coalesce(o.legal_form, '')"), QStringLiteral("o.name_sort")};
    case Status:
        return {QStringLiteral("o.status"), QStringLiteral("o.name_sort")};
    // County ids follow the Romanian alphabetical order of the county names (first migration).
    // An unknown county (NULL) sorts first; coalesce keeps rowOfId's row-value comparison defined.
    case County:
        return {QStringLiteral("coalesce(o.county_id, 0)"), QStringLiteral("o.name_sort")};
    case Region:
        return {QStringLiteral("coalesce(r.sort_key, '')"),
                QStringLiteral("coalesce(o.county_id, 0)"), QStringLiteral("o.name_sort")};
    case Locality:
        return {QStringLiteral("coalesce(o.locality, '')"), QStringLiteral("o.name_sort")};
    case Cif:
        return {QStringLiteral("coalesce(o.cif, '')")};
    case RegistryNumber:
        return {QStringLiteral("coalesce(o.registry_number, '')")};
    case Email:
        return {QStringLiteral("coalesce(o.email, '')")};
    case Phone:
        return {QStringLiteral("coalesce(o.phone, '')")};
    case Volunteering:
        return {QStringLiteral("o.volunteering"), QStringLiteral("o.name_sort")};
    case VolunteerCount:
        return {QStringLiteral("coalesce(o.volunteer_count, -1)"), QStringLiteral("o.name_sort")};
    case Updated:
        return {QStringLiteral("o.updated_at")};
    default:
        return {QStringLiteral("o.name_sort")};
    }
}

QString OrganizationTableModel::orderBy() const
{
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString &e : sortExpressions())
        terms << e + direction;
    terms << QStringLiteral("o.id") + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QLatin1String(", "));
}

const OrganizationTableModel::Page *OrganizationTableModel::page(int pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.constEnd()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return &it.value();
    }
    // Many matches: walk the sort index and stop at the page; few: sort the matches.
    const SqlClause where =
        organizationWhere(m_db, m_filter,
                          !m_countExact || m_rowCount > manyMatches ? SearchPlan::FromSortOrder
                                                                    : SearchPlan::FromMatches);
    const QStringList expressions = sortExpressions();
    // The page after a cached one starts after that page's last row (keyset paging); a page
    // reached by a jump (the scroll bar dragged) is counted from the start (OFFSET).
    const auto previous = m_pages.constFind(pageIndex - 1);
    const bool afterPrevious = previous != m_pages.constEnd() && previous->ids.size() == pageSize &&
                               previous->lastKey.size() == expressions.size() + 1;
    QString sql = QStringLiteral("SELECT ") + selectColumns(m_db) + QStringLiteral(", ") +
                  expressions.join(QLatin1String(", ")) + QLatin1Char(' ') + fromClause + where.sql;
    QStringList placeholders;
    if (afterPrevious) {
        for (int i = 0; i < expressions.size(); ++i)
            placeholders << QStringLiteral(":after%1").arg(i);
        sql +=
            (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
            QStringLiteral("(%1, o.id) %2 (%3, :after_id)")
                .arg(expressions.join(QLatin1String(", ")),
                     m_sortOrder == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<"),
                     placeholders.join(QLatin1String(", ")));
    }
    sql += orderBy() + QStringLiteral(" LIMIT :limit");
    if (!afterPrevious && pageIndex > 0)
        sql += QStringLiteral(" OFFSET :offset");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    where.bindTo(q);
    for (int i = 0; i < placeholders.size(); ++i)
        q.bindValue(placeholders.at(i), previous->lastKey.at(i));
    if (afterPrevious)
        q.bindValue(QStringLiteral(":after_id"), previous->lastKey.constLast());
    q.bindValue(QStringLiteral(":limit"), pageSize);
    if (!afterPrevious && pageIndex > 0)
        q.bindValue(QStringLiteral(":offset"), pageIndex * pageSize);
    Page p;
    if (q.exec()) {
        while (q.next()) {
            p.ids.append(q.value(0).toLongLong());
            QList<QVariant> values;
            values.reserve(ColumnCount);
            for (int c = 0; c < ColumnCount; ++c)
                values.append(q.value(c + 1));
            p.values.append(values);
            if (p.ids.size() == pageSize) {
                for (int i = 0; i < expressions.size(); ++i)
                    p.lastKey.append(q.value(ColumnCount + 1 + i));
                p.lastKey.append(p.ids.constLast());
            }
        }
    } else {
        qWarning("OrganizationTableModel: %s", qPrintable(q.lastError().text()));
    }
    if (m_pages.size() >= maxCachedPages && !m_pageUse.isEmpty())
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return &*m_pages.insert(pageIndex, p);
}

qint64 OrganizationTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const Page *p = page(row / pageSize);
    const int offset = row % pageSize;
    return offset < p->ids.size() ? p->ids.at(offset) : 0;
}

int OrganizationTableModel::rowOfId(qint64 id) const
{
    // The organization's own sort values, then how many rows of the filtered list come before it.
    const QStringList expressions = sortExpressions();
    const SqlClause where = organizationWhere(m_db, m_filter);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 ").arg(expressions.join(QLatin1String(", "))) + fromClause +
        (where.sql.isEmpty() ? QStringLiteral("WHERE ") : where.sql + QStringLiteral(" AND ")) +
        QStringLiteral("o.id = :target_id"));
    where.bindTo(q);
    q.bindValue(QStringLiteral(":target_id"), id);
    if (!q.exec() || !q.next())
        return -1;
    QStringList placeholders;
    QList<QVariant> values;
    for (int i = 0; i < expressions.size(); ++i) {
        placeholders << QStringLiteral(":sort%1").arg(i);
        values << q.value(i);
    }
    const QString comparison =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">");
    QSqlQuery count(m_db);
    count.prepare(
        QStringLiteral("SELECT count(*) ") + fromClause +
        (where.sql.isEmpty() ? QStringLiteral("WHERE ") : where.sql + QStringLiteral(" AND ")) +
        QStringLiteral("(%1, o.id) %2 (%3, :target_id)")
            .arg(expressions.join(QLatin1String(", ")), comparison,
                 placeholders.join(QLatin1String(", "))));
    where.bindTo(count);
    for (int i = 0; i < placeholders.size(); ++i)
        count.bindValue(placeholders.at(i), values.at(i));
    count.bindValue(QStringLiteral(":target_id"), id);
    if (!count.exec() || !count.next())
        return -1;
    return count.value(0).toInt();
}

int OrganizationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int OrganizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Page *p = page(index.row() / pageSize);
    const int offset = index.row() % pageSize;
    if (offset >= p->values.size())
        return {};
    const QVariant raw = p->values.at(offset).at(index.column());
    switch (role) {
    case IdRole:
        return p->ids.at(offset);
    case RawValueRole:
        return raw;
    case Qt::TextAlignmentRole:
        if (index.column() == VolunteerCount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Volunteering)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Domains || index.column() == Name)
            return raw;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case LegalForm:
            return legalFormName(legalFormFromCode(raw.toString()));
        case Status:
            return registryStatusName(registryStatusFromCode(raw.toString()));
        case Volunteering:
            return raw.toLongLong() ? tr("yes") : tr("no");
        case VolunteerCount:
            return raw.isNull() ? QVariant() : QVariant(QLocale().toString(raw.toLongLong()));
        case County:
        case Region:
            return raw.isNull() ? QVariant(undeterminedCountyName()) : raw;
        case Updated: {
            const QDateTime t = QDateTime::fromString(raw.toString(), Qt::ISODate);
            return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
        }
        default:
            return raw;
        }
    default:
        return {};
    }
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Acronym:
        return tr("Acronym");
    case LegalForm:
        return tr("Legal form");
    case Status:
        return tr("Status");
    case County:
        return tr("County");
    case Region:
        return tr("Region");
    case Locality:
        return tr("Locality");
    case Cif:
        return tr("CIF");
    case RegistryNumber:
        return tr("Registry no.");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Volunteering:
        return tr("Volunteering");
    case VolunteerCount:
        return tr("Volunteers");
    case Domains:
        return tr("Domains");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

void OrganizationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || column == Domains)
        column = Name;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    const QModelIndexList persistent = persistentIndexList();
    m_pages.clear();
    m_pageUse.clear();
    // Persistent indexes cannot follow rows whose new place we do not load; they are dropped.
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace dc

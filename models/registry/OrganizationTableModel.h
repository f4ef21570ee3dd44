#pragma once

#include "OrganizationFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace dc {

/// The organization list as a table, for a file of a million rows: the row count comes from SQL,
/// rows are fetched a page at a time as the view asks for them, and sorting and filtering happen
/// in SQL over indexes. Nothing but the pages in view is kept in memory.
class OrganizationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationTableModel)

public:
    enum Column
    {
        Name,
        Acronym,
        LegalForm,
        Status,
        County,
        Region,
        Locality,
        Cif,
        RegistryNumber,
        Email,
        Phone,
        Volunteering,
        VolunteerCount,
        Domains,
        Updated,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the organization's id (qint64)
        RawValueRole,              ///< the stored value behind the display text
    };

    explicit OrganizationTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const OrganizationFilter &filter);
    const OrganizationFilter &filter() const { return m_filter; }
    /// Reloads the count and drops the cached pages (after a change in the database).
    void refresh();

    qint64 idAt(int row) const;
    /// The row where the organization stands under the current sort and filter, or -1.
    int rowOfId(qint64 id) const;
    /// The number of organizations in the whole file (not only the filtered ones).
    qint64 totalCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static constexpr int pageSize = 200;

Q_SIGNALS:
    /// The number of rows under the current filter changed.
    void rowCountChanged(int rows);

private:
    struct Page
    {
        QList<qint64> ids;
        QList<QList<QVariant>> values;
        /// The sort values of the last row, then its id: where the next page starts (keyset
        /// paging; a page after a cached one costs the same at row 900,000 as at row 200).
        QList<QVariant> lastKey;
    };

    void reload();
    const Page *page(int pageIndex) const;
    QStringList sortExpressions() const;
    QString orderBy() const;

    QSqlDatabase m_db;
    OrganizationFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace dc

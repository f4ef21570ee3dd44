#pragma once

#include "OrganizationFilter.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimer>
#include <QVariant>

#include <optional>

namespace dc {

/// The organization list as a table, for a file of a million rows: the row count comes from SQL,
/// rows are fetched a page at a time as the view asks for them, and sorting and filtering happen
/// in SQL over indexes. Nothing but the pages in view is kept in memory.
///
/// A filter with many matches is counted in two steps, so that the first rows show as one
/// types: at first only up to countStep() matches (the rows shown, isCountExact() false), then
/// every match on a worker thread with a connection of its own, a moment after the filter last
/// changed; the rows then grow to the exact count. Scrolling to the last row counted adds the
/// next countStep() as soon as the event loop runs (fetchMore).
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
    /// The number of organizations in the whole file (not only the filtered ones), counted once
    /// after each refresh().
    qint64 totalCount() const;

    /// False while rowCount() is only the first of more matches, which are being counted.
    bool isCountExact() const { return m_countExact; }
    /// How many matches are counted at first (by default 2,000); tests make it small.
    int countStep() const { return m_countStep; }
    void setCountStep(int rows);
    /// Makes the count reach @p row when there are that many matches (the row of an
    /// organization to select, beyond the rows counted so far).
    void countUpTo(int row);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

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
    /// The number of rows under the current filter changed, or became exact.
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
    /// Counts the matches of the current filter, at most @p limit of them (none: all).
    std::optional<int> countMatches(std::optional<int> limit) const;
    /// Sets the row count to @p rows (exact or not), telling the views of the rows added or gone.
    void resizeTo(int rows, bool exact);
    void startExactCount();
    const Page *page(int pageIndex) const;
    QStringList sortExpressions() const;
    QString orderBy() const;

    QSqlDatabase m_db;
    OrganizationFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    bool m_countExact = true;
    bool m_fetchPending = false;
    int m_countStep = 2000;
    mutable qint64 m_totalCount = -1;
    /// Waits for typing to pause before every match is counted.
    QTimer m_exactCountDelay;
    QFutureWatcher<std::optional<int>> m_exactCount;
    /// Which filter the running exact count is of: a count of an older one is dropped.
    quint64 m_countGeneration = 0;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
};

} // namespace dc

#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace dc {

/// The one base of the tables over a list of records read whole from the repositories (hundreds
/// of rows at most): the id and the raw value behind every cell, a flag for rows that need
/// attention, numbers right-aligned, and sorting by the raw values. A model says what a row and a
/// column are through RecordListModel (a column table over a record type) or RowTableModel (rows
/// computed whole when read); OrganizationTableModel, paged from SQL, is the one table that is not.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the record's id (qint64)
        RawValueRole,              ///< the stored value behind the display text
        WarningRole,               ///< true on a row with a broken rule (a legal deadline)
    };

    /// Reads the rows again (after a change in the database), keeping the sort order.
    void refresh();
    /// The id of the record on @p row, 0 when there is none.
    virtual qint64 idAt(int row) const = 0;
    /// The row of the record @p id, -1 when it is not listed.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    /// Said of a column in a column table: it holds numbers.
    static constexpr bool Numeric = true;

    RecordTableModel(QSqlDatabase db, int columns, QObject *parent);
    const QSqlDatabase &db() const { return m_db; }

    virtual int recordCount() const = 0;
    /// Reads the records from the database (the model is being reset).
    virtual void loadRecords() = 0;
    /// Puts the records in @p order (the old rows, in their new order).
    virtual void reorder(const QList<int> &order) = 0;
    /// A cell's value for any role but IdRole and Qt::TextAlignmentRole.
    virtual QVariant cellData(int row, int column, int role) const = 0;
    virtual QString columnTitle(int column) const = 0;
    /// A column of numbers: right-aligned and sorted by number (else by text, in Romanian order).
    virtual bool isNumeric(int column) const = 0;

private:
    void sortRows();

    QSqlDatabase m_db;
    int m_columns;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dc

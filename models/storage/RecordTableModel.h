#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace dc {

/// The common part of the transparency lists: small tables (hundreds of rows per institution)
/// loaded whole from the repositories, with the id and the raw value behind every cell, a flag
/// for rows with a broken deadline, and sorting by the raw values.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the record's id (qint64)
        RawValueRole,              ///< the stored value behind the display text
        WarningRole,               ///< true on a row with a broken legal deadline
    };

    /// Reads the rows again (after a change in the database).
    void refresh();
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    struct Row
    {
        qint64 id = 0;
        QList<QVariant> raw;
        QList<QVariant> display;
        QString toolTip;             ///< for the whole row (the deadline warnings)
        QList<QString> cellToolTips; ///< per column, where a cell says more (a manual entry)
        bool warning = false;
    };

    RecordTableModel(QSqlDatabase db, int columns, QObject *parent);
    const QSqlDatabase &db() const { return m_db; }
    /// The rows as the database has them now.
    virtual QList<Row> load() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual bool isNumeric(int column) const;

private:
    void sortRows();

    QSqlDatabase m_db;
    int m_columns;
    QList<Row> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dc

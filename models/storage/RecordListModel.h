#pragma once

#include "RecordTableModel.h"

#include <functional>

namespace dc {

/// A RecordTableModel over a list of @p Record values described by a column table: a new table
/// model is its Column enum, its column table and load(). The display text, tooltip and raw value
/// of a cell are computed from the record when asked (in the locale of that moment).
template <typename Record> class RecordListModel : public RecordTableModel
{
public:
    using Value = std::function<QVariant(const Record &)>;

    /// One column of the table.
    struct ColumnSpec
    {
        ColumnSpec(const char *title, Value raw, Value display = {}, bool numeric = false,
                   Value toolTip = {})
            : title(title), raw(std::move(raw)), display(std::move(display)), numeric(numeric),
              toolTip(std::move(toolTip))
        {
        }

        /// The header, marked with QT_TR_NOOP in the model's class (translated in its context).
        const char *title;
        /// The stored value behind the cell (RawValueRole, and what sorting compares).
        Value raw;
        /// The text shown; none: the raw value.
        Value display;
        /// Right-aligned and sorted as a number.
        bool numeric;
        /// The cell's tooltip; none: recordData(record, Qt::ToolTipRole).
        Value toolTip;
    };

    qint64 idAt(int row) const override
    {
        return row >= 0 && row < m_records.size() ? recordId(m_records.at(row)) : 0;
    }
    /// The record shown on @p row, nullptr when there is none.
    const Record *recordAt(int row) const
    {
        return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
    }
    const QList<Record> &records() const { return m_records; }

protected:
    RecordListModel(QSqlDatabase db, QList<ColumnSpec> columns, QObject *parent)
        : RecordTableModel(std::move(db), int(columns.size()), parent),
          m_columns(std::move(columns))
    {
    }

    /// The records as the database has them now.
    virtual QList<Record> load() const = 0;
    virtual qint64 recordId(const Record &record) const = 0;
    /// The roles that do not depend on the column (WarningRole, a tooltip for the whole row, an
    /// id of a related record); none by default.
    virtual QVariant recordData(const Record &, int) const { return {}; }

    int recordCount() const override { return int(m_records.size()); }
    void loadRecords() override { m_records = load(); }
    void reorder(const QList<int> &order) override
    {
        QList<Record> sorted;
        sorted.reserve(order.size());
        for (int row : order)
            sorted << m_records.at(row);
        m_records = std::move(sorted);
    }
    QVariant cellData(int row, int column, int role) const override
    {
        const Record &record = m_records.at(row);
        const ColumnSpec &c = m_columns.at(column);
        switch (role) {
        case RawValueRole:
            return c.raw(record);
        case Qt::DisplayRole:
            return c.display ? c.display(record) : c.raw(record);
        case Qt::ToolTipRole:
            return c.toolTip ? c.toolTip(record) : recordData(record, role);
        default:
            return recordData(record, role);
        }
    }
    QString columnTitle(int column) const override
    {
        return metaObject()->tr(m_columns.at(column).title, nullptr);
    }
    bool isNumeric(int column) const override { return m_columns.at(column).numeric; }

private:
    QList<ColumnSpec> m_columns;
    QList<Record> m_records;
};

} // namespace dc

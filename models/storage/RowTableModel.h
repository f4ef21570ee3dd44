#pragma once

#include "RecordListModel.h"

#include <QStringList>

namespace dc {

/// The row of a RowTableModel: values computed whole when the table is read.
struct TableRow
{
    qint64 id = 0;
    QList<QVariant> raw;
    QList<QVariant> display;
    QString toolTip;             ///< for the whole row (the deadline warnings)
    QList<QString> cellToolTips; ///< per column, where a cell says more (a manual entry)
    bool warning = false;

    /// Marks the row when there are @p messages, each on a line of its tool tip.
    void setWarnings(const QStringList &messages)
    {
        warning = !messages.isEmpty();
        toolTip = messages.join(QLatin1Char('\n'));
    }
};

/// A table whose rows are computed whole when read, from several repositories (the warnings of a
/// body's rules, the drafts of an institution): load() gives the raw value and the display text of
/// every cell; the columns are only a title and whether they hold numbers.
class RowTableModel : public RecordListModel<TableRow>
{
public:
    using Row = TableRow;

    /// A column of a RowTableModel: the header (QT_TR_NOOP) and whether it holds numbers.
    struct Heading
    {
        const char *title = nullptr;
        bool numeric = false;
    };

protected:
    RowTableModel(QSqlDatabase db, const QList<Heading> &headings, QObject *parent);

    qint64 recordId(const Row &row) const override;
    /// WarningRole: the row's flag.
    QVariant recordData(const Row &row, int role) const override;

private:
    static QList<ColumnSpec> columns(const QList<Heading> &headings);
};

} // namespace dc

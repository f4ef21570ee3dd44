#pragma once

#include "storage/RowTableModel.h"

#include <QDate>

namespace dc {

/// The consultative bodies with their kind, founding act, secretariat, quorum, the members
/// serving today and the warnings of their rules.
class BodyTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyTableModel)

public:
    enum Column
    {
        Name,
        Kind,
        Act,
        Secretariat,
        MandateMonths,
        Quorum,
        Status,
        Serving,
        Warnings,
        ColumnCount
    };

    /// @p today is the day the rules are checked on (the current date when invalid).
    explicit BodyTableModel(QSqlDatabase db, const QDate &today = QDate(),
                            QObject *parent = nullptr);

protected:
    QList<Row> load() const override;

private:
    QDate m_today;
};

} // namespace dc

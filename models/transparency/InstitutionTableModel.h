#pragma once

#include "storage/RowTableModel.h"

namespace dc {

/// The institutions with their kind, county and liaison for civil society, and how many drafts
/// and broken deadlines each has.
class InstitutionTableModel final : public RowTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstitutionTableModel)

public:
    enum Column
    {
        Name,
        Kind,
        Level,
        County,
        LiaisonName,
        LiaisonFunction,
        LiaisonEmail,
        LiaisonPhone,
        Drafts,
        Warnings,
        ColumnCount
    };

    explicit InstitutionTableModel(QSqlDatabase db, QObject *parent = nullptr);

protected:
    QList<Row> load() const override;
};

} // namespace dc

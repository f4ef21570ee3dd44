#pragma once

#include "storage/RecordTableModel.h"

namespace dc {

/// The institutions with their kind, county and liaison for civil society, and how many drafts
/// and broken deadlines each has.
class InstitutionTableModel final : public RecordTableModel
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
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override;
};

} // namespace dc

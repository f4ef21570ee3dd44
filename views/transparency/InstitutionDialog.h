#pragma once

#include "transparency/Institution.h"

#include "common/RecordFormOf.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class InstitutionDialog;
}

namespace dc {

/// The form of an institution: kind, county and the liaison with civil society; Save enabled
/// only when the record is valid and changed.
class InstitutionDialog final : public RecordFormOf<Institution, Ui::InstitutionDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstitutionDialog)

public:
    explicit InstitutionDialog(QSqlDatabase db, QWidget *parent = nullptr);

    Institution record() const override;
    QStringList problems() const override;

private:
    void load(const Institution &institution) override;
};

} // namespace dc

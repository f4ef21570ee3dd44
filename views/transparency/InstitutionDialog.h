#pragma once

#include "transparency/Institution.h"

#include "common/RecordForm.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class InstitutionDialog;
}

namespace dc {

/// The form of an institution: kind, county and the liaison with civil society; Save enabled
/// only when the record is valid and changed.
class InstitutionDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstitutionDialog)

public:
    explicit InstitutionDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~InstitutionDialog() override;

    void setInstitution(const Institution &institution);
    Institution institution() const;
    QStringList problems() const override;
    bool isChanged() const override;

private:
    std::unique_ptr<Ui::InstitutionDialog> m_ui;
    Institution m_original;
};

} // namespace dc

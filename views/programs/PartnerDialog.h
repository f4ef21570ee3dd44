#pragma once

#include "programs/Partnership.h"

#include "common/RecordForm.h"

#include <QSqlDatabase>

#include <memory>

namespace Ui {
class PartnerDialog;
}

namespace dc {

class OrganizationPicker;

/// The form of an edition's partner: the organization (found as one types), the role, the dates
/// and the status. Save is enabled only when the partnership is valid and changed.
class PartnerDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerDialog)

public:
    /// A new partner of the edition when @p partnership has no id, else the partnership to edit.
    PartnerDialog(QSqlDatabase db, Partnership partnership, QWidget *parent = nullptr);
    ~PartnerDialog() override;

    /// The partnership as the form says.
    Partnership partnership() const;
    QStringList problems() const override;
    bool isChanged() const override;

    /// For tests: types @p text in the search box and chooses the organization with this id.
    void chooseOrganization(const QString &text, qint64 organizationId);

private:
    std::unique_ptr<Ui::PartnerDialog> m_ui;
    QSqlDatabase m_db;
    OrganizationPicker *m_organization = nullptr;
    Partnership m_original;
};

} // namespace dc

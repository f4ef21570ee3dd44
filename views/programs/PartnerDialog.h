#pragma once

#include "programs/Partnership.h"

#include "common/RecordFormOf.h"

#include <QSqlDatabase>

namespace Ui {
class PartnerDialog;
}

namespace dc {

class OrganizationPicker;

/// The form of an edition's partner: the organization (found as one types), the role, the dates
/// and the status. Save is enabled only when the partnership is valid and changed.
class PartnerDialog final : public RecordFormOf<Partnership, Ui::PartnerDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerDialog)

public:
    /// A new partner of the edition when @p partnership has no id, else the partnership to edit.
    PartnerDialog(QSqlDatabase db, const Partnership &partnership, QWidget *parent = nullptr);

    Partnership record() const override;
    QStringList problems() const override;

    /// For tests: types @p text in the search box and chooses the organization with this id.
    void chooseOrganization(const QString &text, qint64 organizationId);

private:
    void load(const Partnership &partnership) override;

    OrganizationPicker *m_organization = nullptr;
};

} // namespace dc

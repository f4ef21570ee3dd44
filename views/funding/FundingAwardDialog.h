#pragma once

#include "funding/FundingAward.h"

#include "common/RecordFormOf.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class FundingAwardDialog;
}

namespace dc {

class OrganizationPicker;

/// The form of an award: the call, the organization (found as one types), the project, the
/// amounts typed as lei and read exactly into bani (never a floating-point number), the
/// contract and the status. An amount that is not one names its field and blocks Save; a grant
/// above the amount requested is a warning.
class FundingAwardDialog final : public RecordFormOf<FundingAward, Ui::FundingAwardDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingAwardDialog)

public:
    explicit FundingAwardDialog(QSqlDatabase db, QWidget *parent = nullptr);

    FundingAward record() const override;
    QStringList problems() const override;
    QStringList warnings() const override;
    bool isChanged() const override;
    /// Types @p text in the search field and picks the organization @p organizationId found.
    void chooseOrganization(const QString &text, qint64 organizationId);

private:
    void load(const FundingAward &award) override;

    QSqlDatabase m_db;
    OrganizationPicker *m_organization = nullptr;
};

} // namespace dc

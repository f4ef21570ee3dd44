#pragma once

#include "funding/FundingAward.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class FundingAwardDialog;
}

namespace dc {

/// The form of an award: the call, the organization (found as one types), the project, the
/// amounts typed as lei and read exactly into bani (never a floating-point number), the
/// contract and the status. An amount that is not one names its field and blocks Save; a grant
/// above the amount requested is a warning.
class FundingAwardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingAwardDialog)

public:
    explicit FundingAwardDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~FundingAwardDialog() override;

    void setAward(const FundingAward &award);
    FundingAward award() const;
    QStringList problems() const;
    QStringList warnings() const;
    QPushButton *saveButton() const;
    /// Types @p text in the search field and picks the organization @p organizationId found.
    void chooseOrganization(const QString &text, qint64 organizationId);

private:
    void searchChanged();
    void check();

    std::unique_ptr<Ui::FundingAwardDialog> m_ui;
    QSqlDatabase m_db;
    FundingAward m_original;
    bool m_loading = false;
};

} // namespace dc

#pragma once

#include "programs/Partnership.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class PartnerDialog;
}

namespace dc {

/// The form of an edition's partner: the organization (found as one types), the role, the dates
/// and the status. Save is enabled only when the partnership is valid and changed.
class PartnerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerDialog)

public:
    /// A new partner of the edition when @p partnership has no id, else the partnership to edit.
    PartnerDialog(QSqlDatabase db, Partnership partnership, QWidget *parent = nullptr);
    ~PartnerDialog() override;

    /// The partnership as the form says.
    Partnership partnership() const;
    bool canSave() const;
    /// The problems shown under the form (plain text), for tests.
    QString messages() const;

    /// For tests: types @p text in the search box and chooses the organization with this id.
    void chooseOrganization(const QString &text, qint64 organizationId);

private:
    void searchChanged();
    void update();

    std::unique_ptr<Ui::PartnerDialog> m_ui;
    QSqlDatabase m_db;
    Partnership m_original;
};

} // namespace dc

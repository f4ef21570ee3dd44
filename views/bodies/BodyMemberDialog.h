#pragma once

#include "bodies/BodyMember.h"

#include "common/RecordFormOf.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class BodyMemberDialog;
}

namespace dc {

class OrganizationPicker;

/// The form of a seat in a consultative body: an organization of the registry (found as one
/// types) or an institution, its representative, role and mandate. A mandate already past its
/// end is a warning, never a refusal.
class BodyMemberDialog final : public RecordFormOf<BodyMember, Ui::BodyMemberDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMemberDialog)

public:
    explicit BodyMemberDialog(QSqlDatabase db, QWidget *parent = nullptr,
                              const QDate &today = QDate());

    BodyMember record() const override;
    QStringList problems() const override;
    QStringList warnings() const override;
    /// Types @p text in the search field and picks the organization @p organizationId found.
    void chooseOrganization(const QString &text, qint64 organizationId);
    /// The organization's or institution's name, for the Undo/Redo text.
    QString holderName() const;

private:
    void load(const BodyMember &member) override;

    void updateFields() override;

    QSqlDatabase m_db;
    QDate m_today;
    OrganizationPicker *m_organization = nullptr;
};

} // namespace dc

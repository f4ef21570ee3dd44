#pragma once

#include "bodies/BodyMember.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QPushButton;

namespace Ui {
class BodyMemberDialog;
}

namespace dc {

/// The form of a seat in a consultative body: an organization of the registry (found as one
/// types) or an institution, its representative, role and mandate. A mandate already past its
/// end is a warning, never a refusal.
class BodyMemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMemberDialog)

public:
    explicit BodyMemberDialog(QSqlDatabase db, QWidget *parent = nullptr,
                              const QDate &today = QDate());
    ~BodyMemberDialog() override;

    void setMember(const BodyMember &member);
    BodyMember member() const;
    QStringList problems() const;
    QStringList warnings() const;
    QPushButton *saveButton() const;
    /// Types @p text in the search field and picks the organization @p organizationId found.
    void chooseOrganization(const QString &text, qint64 organizationId);
    /// The organization's or institution's name, for the Undo/Redo text.
    QString holderName() const;

private:
    void searchChanged();
    void holderKindChanged();
    void check();

    std::unique_ptr<Ui::BodyMemberDialog> m_ui;
    QSqlDatabase m_db;
    QDate m_today;
    BodyMember m_original;
    bool m_loading = false;
};

} // namespace dc

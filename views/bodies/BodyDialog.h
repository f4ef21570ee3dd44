#pragma once

#include "bodies/ConsultativeBody.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class QPushButton;

namespace Ui {
class BodyDialog;
}

namespace dc {

/// The form of a consultative body: kind, founding act, secretariat, purpose, mandate length,
/// quorum, status. Checked as one types; Save enabled only when the record is valid and changed;
/// the rules of the body with its members (e.g. below a new quorum) shown as warnings that do
/// not block Save.
class BodyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyDialog)

public:
    /// @p today is the day the rules are checked on (the current date when invalid).
    explicit BodyDialog(QSqlDatabase db, QWidget *parent = nullptr, const QDate &today = QDate());
    ~BodyDialog() override;

    void setBody(const ConsultativeBody &body);
    ConsultativeBody body() const;
    /// What prevents saving, each naming its field.
    QStringList problems() const;
    /// What is worth knowing but may be saved.
    QStringList warnings() const;
    QPushButton *saveButton() const;

private:
    void check();

    std::unique_ptr<Ui::BodyDialog> m_ui;
    QSqlDatabase m_db;
    QDate m_today;
    ConsultativeBody m_original;
    bool m_loading = false;
};

} // namespace dc

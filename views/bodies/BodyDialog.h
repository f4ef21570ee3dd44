#pragma once

#include "bodies/ConsultativeBody.h"

#include "common/RecordFormOf.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class BodyDialog;
}

namespace dc {

/// The form of a consultative body: kind, founding act, secretariat, purpose, mandate length,
/// quorum, status. Checked as one types; Save enabled only when the record is valid and changed;
/// the rules of the body with its members (e.g. below a new quorum) shown as warnings that do
/// not block Save.
class BodyDialog final : public RecordFormOf<ConsultativeBody, Ui::BodyDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyDialog)

public:
    /// @p today is the day the rules are checked on (the current date when invalid).
    explicit BodyDialog(QSqlDatabase db, QWidget *parent = nullptr, const QDate &today = QDate());

    ConsultativeBody record() const override;
    QStringList problems() const override;
    QStringList warnings() const override;

private:
    void load(const ConsultativeBody &body) override;

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace dc

#pragma once

#include "transparency/DraftAct.h"

#include "common/RecordFormOf.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class DraftActDialog;
}

namespace dc {

/// The form of a draft act: checked as one types; the record's own problems block Save with the
/// field named, the legal deadlines (DeadlineRules) are shown as warnings that never block it.
class DraftActDialog final : public RecordFormOf<DraftAct, Ui::DraftActDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftActDialog)

public:
    explicit DraftActDialog(QSqlDatabase db, QWidget *parent = nullptr);

    DraftAct record() const override;

    QStringList problems() const override;
    QStringList warnings() const override;
    bool isChanged() const override;

private:
    void load(const DraftAct &draft) override;

    void updateFields() override;
    void fillOrganizations(const QString &text, qint64 keepId);

    QSqlDatabase m_db;
};

} // namespace dc

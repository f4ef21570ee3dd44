#pragma once

#include "transparency/DraftAct.h"

#include "common/RecordForm.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class DraftActDialog;
}

namespace dc {

/// The form of a draft act: checked as one types; the record's own problems block Save with the
/// field named, the legal deadlines (DeadlineRules) are shown as warnings that never block it.
class DraftActDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftActDialog)

public:
    explicit DraftActDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~DraftActDialog() override;

    /// Shows @p draft; Save stays disabled until something changes.
    void setDraft(const DraftAct &draft);
    /// The record as the form holds it now.
    DraftAct draft() const;

    QStringList problems() const override;
    QStringList warnings() const override;
    bool isChanged() const override;

private:
    void updateFields() override;
    void fillOrganizations(const QString &text, qint64 keepId);

    QSqlDatabase m_db;
    std::unique_ptr<Ui::DraftActDialog> m_ui;
    DraftAct m_original;
};

} // namespace dc

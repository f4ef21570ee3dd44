#pragma once

#include "funding/FundingCall.h"

#include "common/RecordForm.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class FundingCallDialog;
}

namespace dc {

/// The form of a funding call: institution, name, year, domain, budget typed as lei (read
/// exactly into bani), deadlines. Save enabled only when valid and changed.
class FundingCallDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingCallDialog)

public:
    explicit FundingCallDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~FundingCallDialog() override;

    void setCall(const FundingCall &call);
    FundingCall call() const;
    QStringList problems() const override;
    QStringList warnings() const override;
    bool isChanged() const override;

private:
    std::unique_ptr<Ui::FundingCallDialog> m_ui;
    QSqlDatabase m_db;
    FundingCall m_original;
};

} // namespace dc

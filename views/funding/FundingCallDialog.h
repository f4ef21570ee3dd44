#pragma once

#include "funding/FundingCall.h"

#include "common/RecordFormOf.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Ui {
class FundingCallDialog;
}

namespace dc {

/// The form of a funding call: institution, name, year, domain, budget typed as lei (read
/// exactly into bani), deadlines. Save enabled only when valid and changed.
class FundingCallDialog final : public RecordFormOf<FundingCall, Ui::FundingCallDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingCallDialog)

public:
    explicit FundingCallDialog(QSqlDatabase db, QWidget *parent = nullptr);

    FundingCall record() const override;
    QStringList problems() const override;
    QStringList warnings() const override;

private:
    void load(const FundingCall &call) override;

    QSqlDatabase m_db;
};

} // namespace dc

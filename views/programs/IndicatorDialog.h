#pragma once

#include "programs/Indicator.h"

#include "common/RecordFormOf.h"

namespace Ui {
class IndicatorDialog;
}

namespace dc {

/// The form of an edition's indicator: name, unit, target, and the achieved value typed or
/// computed from the events. Save is enabled only when the indicator is valid and changed; a
/// negative value is named under the form.
class IndicatorDialog final : public RecordFormOf<Indicator, Ui::IndicatorDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorDialog)

public:
    /// A new indicator when @p indicator has no id, else the indicator to edit.
    explicit IndicatorDialog(const Indicator &indicator, QWidget *parent = nullptr);

    Indicator record() const override;
    QStringList problems() const override;

private:
    void load(const Indicator &indicator) override;
    void updateFields() override;
};

} // namespace dc

#pragma once

#include "programs/Indicator.h"

#include "common/RecordForm.h"

#include <memory>

namespace Ui {
class IndicatorDialog;
}

namespace dc {

/// The form of an edition's indicator: name, unit, target, and the achieved value typed or
/// computed from the events. Save is enabled only when the indicator is valid and changed; a
/// negative value is named under the form.
class IndicatorDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorDialog)

public:
    /// A new indicator when @p indicator has no id, else the indicator to edit.
    explicit IndicatorDialog(Indicator indicator, QWidget *parent = nullptr);
    ~IndicatorDialog() override;

    /// The indicator as the form says.
    Indicator indicator() const;
    QStringList problems() const override;
    bool isChanged() const override;

private:
    void updateFields() override;

    std::unique_ptr<Ui::IndicatorDialog> m_ui;
    Indicator m_original;
};

} // namespace dc

#pragma once

#include "common/RecordForm.h"
#include "documents/SynthesisTexts.h"

#include <memory>

namespace Ui {
class SynthesisTextsDialog;
}

namespace dc {

/// The introduction and conclusion of an edition's program synthesis, written by hand; Save is
/// enabled once something changed.
class SynthesisTextsDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynthesisTextsDialog)

public:
    SynthesisTextsDialog(const reports::SynthesisTexts &texts, QWidget *parent = nullptr);
    ~SynthesisTextsDialog() override;

    reports::SynthesisTexts texts() const;
    QStringList problems() const override;
    bool isChanged() const override;

private:
    std::unique_ptr<Ui::SynthesisTextsDialog> m_ui;
    reports::SynthesisTexts m_original;
};

} // namespace dc

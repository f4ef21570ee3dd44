#pragma once

#include "common/RecordFormOf.h"
#include "documents/SynthesisTexts.h"

namespace Ui {
class SynthesisTextsDialog;
}

namespace dc {

/// The introduction and conclusion of an edition's program synthesis, written by hand; Save is
/// enabled once something changed.
class SynthesisTextsDialog final
    : public RecordFormOf<reports::SynthesisTexts, Ui::SynthesisTextsDialog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynthesisTextsDialog)

public:
    SynthesisTextsDialog(const reports::SynthesisTexts &texts, QWidget *parent = nullptr);
    ~SynthesisTextsDialog() override;

    reports::SynthesisTexts texts() const { return record(); }
    reports::SynthesisTexts record() const override;
    QStringList problems() const override;

private:
    void load(const reports::SynthesisTexts &texts) override;
};

} // namespace dc

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
    /// The texts as the form holds them (for the conflict check, see settleConflict()).
    reports::SynthesisTexts record() const { return texts(); }
    /// Shows @p texts in the fields, the texts loaded staying what they were.
    void showRecord(const reports::SynthesisTexts &texts);
    /// Takes @p theirs (another user's version) as the texts loaded, the fields keeping what
    /// they hold.
    void rebase(const reports::SynthesisTexts &theirs);
    QStringList problems() const override;
    bool isChanged() const override;

private:
    void load(const reports::SynthesisTexts &texts);

    std::unique_ptr<Ui::SynthesisTextsDialog> m_ui;
    reports::SynthesisTexts m_original;
};

} // namespace dc

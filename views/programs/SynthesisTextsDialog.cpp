#include "SynthesisTextsDialog.h"

#include "ui_SynthesisTextsDialog.h"

namespace dc {

SynthesisTextsDialog::SynthesisTextsDialog(const reports::SynthesisTexts &texts, QWidget *parent)
    : RecordFormOf(parent)
{
    setUpForm(m_ui->buttons, nullptr);
    watch({m_ui->introduction, m_ui->conclusion, m_ui->partnershipNote, m_ui->promotersStated});
    setRecord(texts);
}

SynthesisTextsDialog::~SynthesisTextsDialog() = default;

void SynthesisTextsDialog::load(const reports::SynthesisTexts &texts)
{
    m_ui->introduction->setPlainText(texts.introduction);
    m_ui->conclusion->setPlainText(texts.conclusion);
    // -1 (the lowest value) reads "as recorded": the synthesis counts the partners then.
    m_ui->promotersStated->setValue(texts.promotersStated.value_or(-1));
    m_ui->partnershipNote->setPlainText(texts.partnershipNote);
}

reports::SynthesisTexts SynthesisTextsDialog::record() const
{
    reports::SynthesisTexts texts;
    texts.introduction = m_ui->introduction->toPlainText().trimmed();
    texts.conclusion = m_ui->conclusion->toPlainText().trimmed();
    const int stated = m_ui->promotersStated->value();
    texts.promotersStated = stated >= 0 ? std::optional<int>(stated) : std::nullopt;
    texts.partnershipNote = m_ui->partnershipNote->toPlainText().trimmed();
    return texts;
}

QStringList SynthesisTextsDialog::problems() const
{
    return {};
}

} // namespace dc

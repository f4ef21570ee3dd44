#include "SynthesisTextsDialog.h"

#include "ui_SynthesisTextsDialog.h"

namespace dc {

SynthesisTextsDialog::SynthesisTextsDialog(const reports::SynthesisTexts &texts, QWidget *parent)
    : RecordForm(parent), m_ui(std::make_unique<Ui::SynthesisTextsDialog>()), m_original(texts)
{
    m_ui->setupUi(this);
    load(texts);
    setUpForm(m_ui->buttons, nullptr);
    watch({m_ui->introduction, m_ui->conclusion, m_ui->partnershipNote, m_ui->promotersStated});
    check();
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

void SynthesisTextsDialog::showRecord(const reports::SynthesisTexts &texts)
{
    const Loading loading(this);
    load(texts);
}

void SynthesisTextsDialog::rebase(const reports::SynthesisTexts &theirs)
{
    const reports::SynthesisTexts mine = texts();
    const Loading loading(this);
    m_original = theirs;
    load(mine);
}

reports::SynthesisTexts SynthesisTextsDialog::texts() const
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

bool SynthesisTextsDialog::isChanged() const
{
    const reports::SynthesisTexts now = texts();
    return now.introduction != m_original.introduction.trimmed() ||
           now.conclusion != m_original.conclusion.trimmed() ||
           now.promotersStated != m_original.promotersStated ||
           now.partnershipNote != m_original.partnershipNote.trimmed();
}

} // namespace dc

#include "SynthesisTextsDialog.h"

#include "ui_SynthesisTextsDialog.h"

#include <QPushButton>
#include <QSpinBox>

namespace dc {

SynthesisTextsDialog::SynthesisTextsDialog(const reports::SynthesisTexts &texts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SynthesisTextsDialog>()), m_original(texts)
{
    m_ui->setupUi(this);
    m_ui->introduction->setPlainText(texts.introduction);
    m_ui->conclusion->setPlainText(texts.conclusion);
    // -1 (the lowest value) reads "as recorded": the synthesis counts the partners then.
    m_ui->promotersStated->setValue(texts.promotersStated.value_or(-1));
    m_ui->partnershipNote->setPlainText(texts.partnershipNote);
    QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    const auto check = [this, save] {
        const reports::SynthesisTexts now = this->texts();
        save->setEnabled(now.introduction != m_original.introduction.trimmed() ||
                         now.conclusion != m_original.conclusion.trimmed() ||
                         now.promotersStated != m_original.promotersStated ||
                         now.partnershipNote != m_original.partnershipNote.trimmed());
    };
    connect(m_ui->introduction, &QPlainTextEdit::textChanged, this, check);
    connect(m_ui->conclusion, &QPlainTextEdit::textChanged, this, check);
    connect(m_ui->partnershipNote, &QPlainTextEdit::textChanged, this, check);
    connect(m_ui->promotersStated, &QSpinBox::valueChanged, this, check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SynthesisTextsDialog::~SynthesisTextsDialog() = default;

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

} // namespace dc

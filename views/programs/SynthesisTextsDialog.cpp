#include "SynthesisTextsDialog.h"

#include "ui_SynthesisTextsDialog.h"

#include <QPushButton>

namespace dc {

SynthesisTextsDialog::SynthesisTextsDialog(const reports::SynthesisTexts &texts, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SynthesisTextsDialog>()), m_original(texts)
{
    m_ui->setupUi(this);
    m_ui->introduction->setPlainText(texts.introduction);
    m_ui->conclusion->setPlainText(texts.conclusion);
    QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    const auto check = [this, save] {
        const reports::SynthesisTexts now = this->texts();
        save->setEnabled(now.introduction != m_original.introduction.trimmed()
                         || now.conclusion != m_original.conclusion.trimmed());
    };
    connect(m_ui->introduction, &QPlainTextEdit::textChanged, this, check);
    connect(m_ui->conclusion, &QPlainTextEdit::textChanged, this, check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SynthesisTextsDialog::~SynthesisTextsDialog() = default;

reports::SynthesisTexts SynthesisTextsDialog::texts() const
{
    // The partnership's stated count and note are kept as they were (the demo or a later form sets
    // them).
    reports::SynthesisTexts texts = m_original;
    texts.introduction = m_ui->introduction->toPlainText().trimmed();
    texts.conclusion = m_ui->conclusion->toPlainText().trimmed();
    return texts;
}

} // namespace dc

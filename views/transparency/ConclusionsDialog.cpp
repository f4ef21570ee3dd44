#include "ConclusionsDialog.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dc {

ConclusionsDialog::ConclusionsDialog(const YearConclusions &conclusions, QWidget *parent)
    : RecordFormFor(parent)
{
    const int year = conclusions.year;
    setWindowTitle(tr("Conclusions on the reports of %1").arg(year));
    auto *intro = new QLabel(
        tr("The Service's own conclusions and recommendations on how the central and local "
           "administration applied Law no. 52/2003 in %1. They close the national synthesis.")
            .arg(year),
        this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("conclusions"));
    m_editor->setTabChangesFocus(true);
    auto *label = new QLabel(tr("&Conclusions and recommendations:"), this);
    label->setBuddy(m_editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    setUpForm(buttons, nullptr, nullptr, OnSave::AskPage);
    watch({m_editor});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(640, 420));
    setRecord(conclusions);
}

void ConclusionsDialog::load(const YearConclusions &conclusions)
{
    m_editor->setPlainText(conclusions.text);
}

QString ConclusionsDialog::text() const
{
    return m_editor->toPlainText().trimmed();
}

YearConclusions ConclusionsDialog::record() const
{
    return {m_original.year, text()};
}

QStringList ConclusionsDialog::problems() const
{
    return {};
}

} // namespace dc

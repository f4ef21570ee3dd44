#include "ConclusionsDialog.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dc {

ConclusionsDialog::ConclusionsDialog(int year, const QString &text, QWidget *parent)
    : RecordForm(parent), m_original(text.trimmed())
{
    setWindowTitle(tr("Conclusions on the reports of %1").arg(year));
    auto *intro = new QLabel(
        tr("The Service's own conclusions and recommendations on how the central and local "
           "administration applied Law no. 52/2003 in %1. They close the national synthesis.")
            .arg(year),
        this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(text, this);
    m_editor->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    setUpForm(buttons, nullptr, nullptr, OnSave::AskPage);
    watch({m_editor});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(640, 420));
    check();
}

QString ConclusionsDialog::text() const
{
    return m_editor->toPlainText().trimmed();
}

QStringList ConclusionsDialog::problems() const
{
    return {};
}

bool ConclusionsDialog::isChanged() const
{
    return text() != m_original;
}

} // namespace dc

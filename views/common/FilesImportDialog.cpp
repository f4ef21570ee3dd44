#include "common/FilesImportDialog.h"
#include "common/ScreenFit.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dc {

FilesImportDialog::FilesImportDialog(const Database &database, const Frame &frame, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(frame.title);
    setSizeGripEnabled(true);
    resizeWithinScreen(this, frame.size);

    auto *intro = new QLabel(frame.intro, this);
    intro->setWordWrap(true);

    m_fileList = new ImportFileList(frame.files, this);
    m_form = new QFormLayout;
    auto *filesLabel = new QLabel(frame.filesLabel, this);
    filesLabel->setBuddy(m_fileList->list());
    m_form->addRow(filesLabel, m_fileList);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(intro);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_result);
}

int FilesImportDialog::addFolder(const QString &folder)
{
    return m_fileList->addFolder(folder);
}

QStringList FilesImportDialog::files() const
{
    return m_fileList->files();
}

void FilesImportDialog::setBody(const QList<QWidget *> &body)
{
    for (QWidget *widget : body)
        m_layout->addWidget(widget, widget == body.last() ? 1 : 0);
    // Made last, so that the buttons come last in the tab order.
    m_buttons = new QDialogButtonBox(this);
    m_layout->addWidget(m_buttons);
}

void FilesImportDialog::addImportButton(QDialogButtonBox::ButtonRole role)
{
    m_importButton = m_buttons->addButton(tr("&Import"), role);
}

} // namespace dc

#include "common/ImportFileList.h"

#include "common/Dialogs.h"
#include "common/LastFolder.h"

#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace dc {

ImportFileList::ImportFileList(Options options, QWidget *parent)
    : QWidget(parent), m_options(std::move(options))
{
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_options.maximumHeight);
    auto *addButton = new QPushButton(tr("Add &files…"), this);
    auto *folderButton = new QPushButton(tr("Add f&older…"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    for (QPushButton *b : {addButton, folderButton, removeButton})
        b->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, &ImportFileList::addFiles);
    connect(folderButton, &QPushButton::clicked, this, &ImportFileList::chooseFolder);
    connect(removeButton, &QPushButton::clicked, this, &ImportFileList::removeSelected);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(folderButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void ImportFileList::setFiles(const QStringList &paths)
{
    m_files = paths;
    refresh();
    Q_EMIT filesChanged();
}

int ImportFileList::addFolder(const QString &folder)
{
    int added = 0;
    for (const QString &file : m_options.filesOf(folder)) {
        if (!m_files.contains(file)) {
            m_files << file;
            ++added;
        }
    }
    refresh();
    Q_EMIT filesChanged();
    return added;
}

void ImportFileList::refresh()
{
    m_list->clear();
    for (const QString &path : std::as_const(m_files)) {
        const QString text =
            m_options.describe ? m_options.describe(path) : QDir::toNativeSeparators(path);
        auto *entry = new QListWidgetItem(text, m_list);
        entry->setData(Qt::UserRole, path);
    }
}

void ImportFileList::addFiles()
{
    const QStringList paths =
        Dialogs::openFileNames(this, m_options.filesTitle, lastFolder(), m_options.filesFilter);
    if (paths.isEmpty())
        return;
    rememberFolderOf(paths.constFirst());
    for (const QString &path : paths) {
        if (!m_files.contains(path))
            m_files << path;
    }
    refresh();
    Q_EMIT filesChanged();
}

void ImportFileList::chooseFolder()
{
    const QString folder = Dialogs::existingDirectory(this, m_options.folderTitle, lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    if (addFolder(folder) == 0)
        Dialogs::information(this, window()->windowTitle(),
                             m_options.noNewFiles.arg(QDir::toNativeSeparators(folder)));
}

void ImportFileList::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (const QListWidgetItem *i : selected)
        m_files.removeAll(i->data(Qt::UserRole).toString());
    refresh();
    Q_EMIT filesChanged();
}

} // namespace dc

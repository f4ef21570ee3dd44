#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QListWidget;

namespace dc {

/// The files an import dialog works on: a list with Add files…, Add folder… and Remove beside
/// it, the file dialogs starting in the last folder used (LastFolder). The register import and
/// the received reports' import differ only in their Options.
class ImportFileList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFileList)

public:
    struct Options
    {
        QString filesTitle;  ///< the title of the file dialog
        QString filesFilter; ///< its name filter ("Excel workbooks (*.xlsx);;All files (*)")
        QString folderTitle; ///< the title of the folder dialog
        /// What a folder without a new file shows; %1 is the folder.
        QString noNewFiles;
        /// The files of a folder the import can read.
        std::function<QStringList(const QString &folder)> filesOf;
        /// The text of a file's line (empty function: the path).
        std::function<QString(const QString &path)> describe;
        int maximumHeight = 120;
    };

    explicit ImportFileList(Options options, QWidget *parent = nullptr);

    QStringList files() const { return m_files; }
    void setFiles(const QStringList &paths);
    /// Adds the files of @p folder not chosen yet; their number.
    int addFolder(const QString &folder);
    /// Writes the lines again (when what describe() says changed).
    void refresh();
    /// The list itself (a label's buddy).
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    /// Files were added or removed.
    void filesChanged();

private:
    void addFiles();
    void chooseFolder();
    void removeSelected();

    Options m_options;
    QStringList m_files;
    QListWidget *m_list = nullptr;
};

} // namespace dc

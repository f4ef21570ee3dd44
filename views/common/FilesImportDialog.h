#pragma once

#include "common/ImportFileList.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QList>
#include <QSize>
#include <QStringList>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dc {

class Database;

/// The frame of the imports that read several files (the national register's workbooks, the
/// received reports): an introduction, the files and the import's options in a form, a line that
/// says what the import did or will do, the dialog's own tables, and the buttons with Import.
class FilesImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesImportDialog)

public:
    /// What the frame shows.
    struct Frame
    {
        QString title;
        QSize size;
        QString intro;
        /// The label of the list of files in the form ("&Workbooks:").
        QString filesLabel;
        ImportFileList::Options files;
    };

    /// Adds the files of @p folder that the import reads, not chosen yet; their number.
    int addFolder(const QString &folder);
    QStringList files() const;

protected:
    FilesImportDialog(const Database &database, const Frame &frame, QWidget *parent);

    /// Lays out @p body under the result line (its last widget takes the height left) and makes
    /// the buttons under it; called once, when the options are in m_form.
    void setBody(const QList<QWidget *> &body);
    /// Adds Import to the buttons, in @p role.
    void addImportButton(QDialogButtonBox::ButtonRole role);

    const Database &m_database;
    ImportFileList *m_fileList = nullptr;
    /// The files, then the import's options.
    QFormLayout *m_form = nullptr;
    /// What the import did, or what it will do.
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;

private:
    QVBoxLayout *m_layout = nullptr;
};

} // namespace dc

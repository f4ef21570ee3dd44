#pragma once

#include "common/FilesImportDialog.h"
#include "transparency/ReportImporter.h"

#include <QList>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dc {

/// Annual figures > Import received reports…: the files the institutions returned (or a folder of
/// them) read on a worker thread with a progress bar, then a preview per file (the institution and
/// the model recognized, the values read, the warnings, the cells rejected and what importing it
/// will change) before anything is written; Import stores them all in one transaction, Cancel
/// writes nothing.
class ImportReportsDialog final : public FilesImportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportsDialog)

public:
    /// The columns of the preview, one row per file.
    enum Column
    {
        FileColumn,
        InstitutionColumn,
        ModelColumn,
        YearColumn,
        ValuesColumn,
        WarningsColumn,
        RejectedColumn,
        ChangeColumn,
        ColumnCount
    };
    /// The columns of the list of cells rejected and warnings.
    enum IssueColumn
    {
        IssueFile,
        IssueCell,
        IssueKind,
        IssueMessage,
        IssueColumnCount
    };

    explicit ImportReportsDialog(const Database &database, QWidget *parent = nullptr);

    /// Replaces the chosen files (files or folders).
    void setFiles(const QStringList &paths);

    /// Reads the files and shows the preview (the Preview button); true when it finished.
    bool runPreview();
    /// Imports the files previewed (the Import button): true when written; the dialog then closes.
    bool runImport();

    const QList<ReportFilePreview> &previews() const { return m_previews; }
    /// What the import did, once it ran ("Imported: 2, replaced: 1 …").
    QString resultText() const { return m_resultText; }

    QComboBox *institutionCombo() const { return m_institution; }
    QSpinBox *yearSpin() const { return m_year; }
    QDateEdit *receivedEdit() const { return m_received; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QTableWidget *issueTable() const { return m_issueTable; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *importButton() const { return m_importButton; }

private:
    static ImportFileList::Options fileOptions();
    /// The preview no longer matches the files or the options: it is cleared, Import disabled.
    void invalidatePreview();
    void showPreviews();
    ReportImportOptions options() const;
    QString changeText(const ReportFilePreview &preview) const;

    QList<ReportFilePreview> m_previews;
    QString m_resultText;

    QComboBox *m_institution = nullptr;
    QSpinBox *m_year = nullptr;
    QDateEdit *m_received = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QTableWidget *m_issueTable = nullptr;
    QPushButton *m_previewButton = nullptr;
};

} // namespace dc

#pragma once

#include "common/FilesImportDialog.h"
#include "nationalregister/NationalRegisterImporter.h"

#include <QList>
#include <QStringList>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace dc {

/// File > Import national register…: choose one or more workbooks of the Ministry of Justice's
/// register (or a folder of them) and the kind (from each file's name, else asked), import them
/// on a worker thread with the rows read shown and a Cancel that leaves the database as it was,
/// then see what the import did and the rows it could not use.
class RegisterImportDialog final : public FilesImportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterImportDialog)

public:
    explicit RegisterImportDialog(const Database &database, QWidget *parent = nullptr);

    /// Replaces the chosen workbooks.
    void setFiles(const QStringList &paths);
    /// The kind chosen for every file; empty: from each file's name.
    void setKind(std::optional<RegisterKind> kind);

    /// Runs the import (the Import button does this); true when it finished and was not cancelled.
    /// A file whose name does not say its kind is asked about first (Dialogs::choose).
    bool runImport();
    /// What the import did, once it ran; empty before and after a failure or a cancel.
    const QList<RegisterImportSummary> &summaries() const { return m_summaries; }
    /// The summary shown after the import (or the failure).
    QString resultText() const;
    QTableWidget *rejectedTable() const { return m_rejectedTable; }

    /// For tests: the import cancels itself once this many rows were read (as the Cancel button).
    void setCancelAfterRows(qint64 rows) { m_cancelAfterRows = rows; }

private:
    static ImportFileList::Options fileOptions(RegisterImportDialog *dialog);
    /// The files' lines again (the kind they are read as) and the Import button.
    void refreshFiles();
    void showSummaries();

    QList<RegisterImportSummary> m_summaries;
    qint64 m_cancelAfterRows = -1;

    QComboBox *m_kindCombo = nullptr;
    QTableWidget *m_rejectedTable = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace dc

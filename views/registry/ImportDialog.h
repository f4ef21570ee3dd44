#pragma once

#include "registry/OrganizationImporter.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace dc {

class Database;

/// File > Import CSV…: choose a file, see what the import will do (encoding and separator found,
/// the column mapping, the first records with their action, the rejected records), then import
/// it on a worker thread with a cancellable progress dialog.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(const Database &database, QWidget *parent = nullptr);

    /// Reads @p path and shows the preview; false (with the reason shown in the dialog) when the
    /// file cannot be read.
    bool setFileName(const QString &path);
    QString fileName() const { return m_path; }
    const std::optional<ImportPreview> &preview() const { return m_preview; }

    /// Runs the import (the Import button does this); true when it finished and was not cancelled.
    bool runImport();
    /// What the import did, once it ran.
    const std::optional<ImportSummary> &summary() const { return m_summary; }

private:
    void chooseFile();
    void refreshPreview();
    void showPreview();
    void showError(const QString &message);
    TextEncoding chosenEncoding() const;

    const Database &m_database;
    QString m_path;
    std::optional<ImportPreview> m_preview;
    std::optional<ImportSummary> m_summary;

    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_recordsTable = nullptr;
    QTableWidget *m_columnsTable = nullptr;
    QTableWidget *m_rejectedTable = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace dc

#pragma once

#include "common/Page.h"
#include "documents/ReportDocument.h"

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace dc {

class RegisterChangeModel;
class RegisterImportModel;

/// "What changed" in the national NGO register: the imports recorded (file, SHA-256, date, counts)
/// and the changes of the last import or between any two (added, dissolved or struck off, renamed,
/// moved county, status changes), filtered by county and kind of change, exported to CSV/XLSX
/// and, as a document, to PDF. File > Import national register… is here.
class RegisterChangesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterChangesPage)

public:
    explicit RegisterChangesPage(const PageContext &context, QWidget *parent = nullptr);

    QList<QAction *> fileActions() const override;
    void setReadOnly(bool readOnly) override;
    QString statusText() const override;

    /// The changes shown, printable (File > Export PDF, print).
    bool hasDocument() const override;
    reports::ReportDocument document() const override;

    RegisterImportModel *imports() const { return m_imports; }
    RegisterChangeModel *changes() const { return m_changes; }
    QTableView *changeView() const { return m_changeView; }
    QAction *importAction() const { return m_importAction; }

    /// Shows the changes after import @p afterImportId (0: from the first) up to @p untilImportId.
    void showBetween(qint64 afterImportId, qint64 untilImportId);
    /// Shows the changes of the newest import.
    void showLastImport();
    /// Narrows to one county (0: all) and to one kind of change (empty: all).
    void setCounty(int countyId);
    void setKind(const QString &kind);

    /// File > Import national register…: the import dialog; afterwards the changes of the import.
    void importRegister();
    /// Writes the changes shown to CSV or XLSX (asks for the file).
    void exportChanges();

protected:
    void reloadRecords() override;

private:
    void reloadImports();
    void applyImportChoice();
    void updateStatus();

    bool m_readOnly = false;
    RegisterImportModel *m_imports = nullptr;
    RegisterChangeModel *m_changes = nullptr;
    QSortFilterProxyModel *m_changeProxy = nullptr;
    QTableView *m_importView = nullptr;
    QTableView *m_changeView = nullptr;
    QComboBox *m_fromCombo = nullptr;
    QComboBox *m_untilCombo = nullptr;
    QComboBox *m_countyCombo = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace dc

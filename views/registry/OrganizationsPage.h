#pragma once

#include "OrganizationDetailsPanel.h"
#include "common/Page.h"
#include "registry/Geography.h"
#include "registry/Organization.h"
#include "registry/OrganizationFilter.h"

#include <QSqlDatabase>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace dc {

class Database;
class RecordCommand;
struct RecordCommandContext;
class OrganizationTableModel;

/// The organization list: search as one types, filters, the table over the SQL-paged model, and
/// the actions that add, edit and delete through the undo stack.
class OrganizationsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsPage)

public:
    explicit OrganizationsPage(const PageContext &context, QWidget *parent = nullptr);
    ~OrganizationsPage() override;

    QList<QAction *> editActions() const override;
    QList<QAction *> fileActions() const override;
    void focusSearch() override;
    void setReadOnly(bool readOnly) override;
    QString statusText() const override;
    /// File > Print / Export PDF: the NGO evidence per region, county and domain.
    bool hasDocument() const override;
    reports::ReportDocument document() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    /// "regionId" or "countyId": the list of that region or county, other filters cleared.
    void applyNavigationFilter(const QVariantMap &filter) override;

    OrganizationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// What the selected organization is part of (partnerships, events, seats, funding...).
    OrganizationDetailsPanel *details() const { return m_details; }
    /// The context menu's "Mark as the same organization as…" and "Remove the mark…".
    QAction *sameOrganizationAction() const { return m_sameAsAction; }
    QAction *removeSameOrganizationAction() const { return m_removeSameAsAction; }
    QLineEdit *searchEdit() const { return m_search; }
    /// The filter the table shows now (also what File > Export writes).
    const OrganizationFilter &filter() const;

    /// The selected organization's id, or 0.
    qint64 currentId() const;
    /// Selects the organization and scrolls to it (when the filter shows it).
    void selectOrganization(qint64 id);

    /// Opens the form for a new organization and adds it; the new id, or 0.
    qint64 newOrganization();
    /// Opens the form of the selected organization (read-only on a read-only database).
    void editCurrent();
    void editOrganization(qint64 id);
    /// Asks, then deletes the selected organization.
    void deleteCurrent();

    /// The changes as undoable commands; each shows its failure and returns 0 / false.
    qint64 addOrganization(const Organization &organization);
    bool saveOrganization(const Organization &before, const Organization &after);
    bool deleteOrganization(qint64 id);
    /// Organizations > Mark as the same organization as…: the picker (SameOrganizationDialog),
    /// then the mark through the undo stack; and its removal, for the selected record.
    void markCurrentAsSameOrganization();
    void removeSameOrganizationMark();
    bool markSameOrganization(qint64 id, qint64 sameAsId);
    bool removeSameOrganization(qint64 id);

    /// File > Import CSV… and File > Export….
    void importCsv();
    void exportTable();

    void clearFilters();
    /// Reloads the list and the filter choices (after an import).
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reloadRecords() override;

private:
    void buildActions();
    void buildFilters();
    void fillDomainFilter();
    void fillCountyFilter();
    void applyFilter();
    void updateActions();
    void emitStatus();
    void onDataChanged(qint64 selectId);
    void showContextMenu(const QPoint &position);
    /// Asks the window for the page that shows the record of the details' @p tab.
    void showRecord(OrganizationDetailsPanel::Tab tab, qint64 id);
    void setDefaultColumnWidths();
    /// The name column takes the width the other columns leave, at least its sample's width (the
    /// table scrolls sideways in a narrow window).
    void fitNameColumn();
    RecordCommandContext commandContext();
    bool run(std::unique_ptr<RecordCommand> command);

    Database *m_database = nullptr;
    QSqlDatabase m_db;
    QUndoStack *m_undoStack = nullptr;
    Geography m_geography;
    OrganizationTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    int m_minimumNameWidth = 0; ///< the sample's width, or the width the user gave it
    bool m_fittingNameColumn = false;
    QSplitter *m_splitter = nullptr;
    OrganizationDetailsPanel *m_details = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_regionFilter = nullptr;
    QComboBox *m_countyFilter = nullptr;
    QComboBox *m_legalFormFilter = nullptr;
    QComboBox *m_domainFilter = nullptr;
    QComboBox *m_volunteeringFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_sameAsAction = nullptr;
    QAction *m_removeSameAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_readOnly = false;
    int m_lastRow = -1;
};

} // namespace dc

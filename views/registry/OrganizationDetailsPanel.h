#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace dc {

/// Everything one organization is part of, under the organization list: the editions it joined,
/// the events it co-organized or attended, the recommendations it sent, the public debates it
/// requested, its seats in consultative bodies and its funding, and above them the record it is
/// marked the same organization as. Read-only; each tab is the capability's own table model
/// filtered by the organization.
class OrganizationDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationDetailsPanel)

public:
    enum Tab
    {
        Partnerships,
        Events,
        Recommendations,
        Debates,
        Seats,
        Funding,
        TabCount
    };

    explicit OrganizationDetailsPanel(QSqlDatabase db, QWidget *parent = nullptr);

    /// Shows the ties of @p organizationId (0: none selected). Reads the tables after a short
    /// pause, so that moving through the list with the arrow keys stays quick.
    void setOrganization(qint64 organizationId);
    qint64 organizationId() const { return m_organizationId; }
    /// Reads the tables now (after a change in the database, and in tests).
    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    /// The line that names the record it is marked the same organization as (or the records
    /// marked as it); empty when there is none.
    QString sameAsText() const;
    QTableView *view(Tab tab) const;
    /// The number of rows the tab shows.
    int count(Tab tab) const;

Q_SIGNALS:
    /// A row was double-clicked, or Enter was pressed on it (its context menu too): the record's
    /// id in the tab's table (partnership, event, recommendation, draft, seat, award).
    void recordActivated(dc::OrganizationDetailsPanel::Tab tab, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// One tab: its table, and how its model shows the ties of an organization.
    struct Table
    {
        QTableView *view = nullptr;
        std::function<void(qint64 organizationId)> show;
    };

    void addTable(Tab tab, QAbstractItemModel *model, std::initializer_list<int> hiddenColumns,
                  std::function<void(qint64 organizationId)> show);
    void activate(Tab tab, const QModelIndex &index);
    void updateTitles();
    void updateSameAs();
    QString tabTitle(Tab tab) const;

    QSqlDatabase m_db;
    qint64 m_organizationId = 0;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_sameAs = nullptr;
    QTimer *m_refreshTimer = nullptr;
    Table m_tables[TabCount];
};

} // namespace dc

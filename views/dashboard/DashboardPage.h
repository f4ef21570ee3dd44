#pragma once

#include "common/Page.h"
#include "documents/ReportDocument.h"

#include <QDate>
#include <QList>

class QChartView;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace dc {

/// The home page: the documents' charts live over the open database (organizations per region and
/// county, participants of the current edition, recommendations per institution in the year of the
/// transparency figures) with the events ahead, the institutions that sent no report and the legal
/// deadlines of the next days. A bar or a line opens the list behind it (navigate()); each chart
/// exports as PNG, SVG or PDF. Rebuilt when shown after a change.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum Chart
    {
        Regions,
        Counties,
        Participants,
        Recommendations,
        ChartCount
    };

    explicit DashboardPage(const PageContext &context, QWidget *parent = nullptr);

    QString statusText() const override;

    /// Reads the figures again and redraws every chart and list.
    void reload();

    QChartView *chartView(Chart chart) const { return m_views.at(chart); }
    const reports::ChartSpec &chartSpec(Chart chart) const { return m_specs.at(chart); }
    QListWidget *upcomingList() const { return m_upcoming; }
    QListWidget *missingList() const { return m_missing; }
    QListWidget *deadlineList() const { return m_deadlines; }
    /// What a click on bar @p barIndex of @p chart opens (emits navigate()).
    void openBar(Chart chart, int barIndex);
    /// Writes @p chart to @p path (PNG, SVG or PDF by the suffix); an error message, or empty.
    QString exportChart(Chart chart, const QString &path) const;

protected:
    void reloadRecords() override;

private:
    QWidget *makeCard(Chart chart, const QString &title, QWidget *extra = nullptr);
    void setChart(Chart chart, reports::ChartSpec spec);
    void chooseExport(Chart chart);
    void openItem(QListWidgetItem *item);
    void fillLists(qint64 editionId);

    QLabel *m_summary = nullptr;
    QList<QChartView *> m_views;
    QList<QLabel *> m_titles;
    QList<reports::ChartSpec> m_specs;
    QListWidget *m_upcoming = nullptr;
    QListWidget *m_missing = nullptr;
    QListWidget *m_deadlines = nullptr;
    QLabel *m_deadlineTitle = nullptr;
    QLabel *m_missingTitle = nullptr;
    QLabel *m_upcomingTitle = nullptr;
    int m_year = 0;
    qint64 m_organizations = 0;
};

} // namespace dc

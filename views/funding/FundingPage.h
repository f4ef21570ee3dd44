#pragma once

#include "common/Page.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace dc {

class FundingAwardTableModel;
class FundingCallTableModel;
class FundingSummaryTableModel;

/// The public funding of NGOs for a year: the calls with their budget and the share awarded, the
/// awards of the selected call, the summary by institution, domain, county or region with a
/// chart of the sums granted and paid, and the organizations funded by several institutions.
class FundingPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingPage)

public:
    explicit FundingPage(const PageContext &context, QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;

    QComboBox *yearBox() const { return m_year; }
    QComboBox *keyBox() const { return m_key; }
    FundingCallTableModel *calls() const { return m_calls; }
    QTableView *callView() const { return m_callView; }
    FundingAwardTableModel *awards() const { return m_awards; }
    FundingSummaryTableModel *summary() const { return m_summary; }
    QChartView *chart() const { return m_chart; }
    QLabel *multiFunded() const { return m_multiFunded; }

private:
    int currentYear() const;
    void yearChanged();
    void keyChanged();
    void callChanged();
    void updateChart();

    PageContext m_context;
    QComboBox *m_year = nullptr;
    QComboBox *m_key = nullptr;
    FundingCallTableModel *m_calls = nullptr;
    QTableView *m_callView = nullptr;
    FundingAwardTableModel *m_awards = nullptr;
    QTableView *m_awardView = nullptr;
    FundingSummaryTableModel *m_summary = nullptr;
    QTableView *m_summaryView = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_multiFunded = nullptr;
};

} // namespace dc

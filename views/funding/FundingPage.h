#pragma once

#include "common/Page.h"
#include "common/RecordEditing.h"
#include "funding/FundingAward.h"
#include "funding/FundingCall.h"

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dc {

class FundingAwardDialog;
class FundingCallDialog;
class FundingAwardTableModel;
class FundingCallTableModel;
class FundingSummaryTableModel;
class RecordListActions;

/// The public funding of NGOs for a year: the calls with their budget and the share awarded, the
/// awards of the selected call, the summary by institution, domain, county or region with a
/// chart of the sums granted and paid, and the organizations funded by several institutions.
/// Calls and awards are added, edited and deleted through their forms as undoable commands
/// (buttons, double click, Insert/Enter/Delete on the lists).
class FundingPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingPage)

public:
    explicit FundingPage(const PageContext &context, QWidget *parent = nullptr);

    QString statusText() const override;
    void setReadOnly(bool readOnly) override;
    /// The synthesis on the public funding of NGOs for the year shown.
    bool hasDocument() const override;
    reports::ReportDocument document() const override;

    QComboBox *yearBox() const { return m_year; }
    QComboBox *keyBox() const { return m_key; }
    FundingCallTableModel *calls() const { return m_calls; }
    QTableView *callView() const { return m_callView; }
    FundingAwardTableModel *awards() const { return m_awards; }
    FundingSummaryTableModel *summary() const { return m_summary; }
    QChartView *chart() const { return m_chart; }
    QLabel *multiFunded() const { return m_multiFunded; }
    QTableView *awardView() const { return m_awardView; }
    qint64 currentCallId() const;
    qint64 currentAwardId() const;
    /// Shows @p year and selects the call @p callId (and the award @p awardId) when there.
    void showCall(int year, qint64 callId, qint64 awardId = 0);
    /// "callId": the call's year with the call selected; "awardId": that award selected in it.
    void applyNavigationFilter(const QVariantMap &filter) override;

    void addCall();
    void editCall();
    void deleteCall();
    void addAward();
    void editAward();
    void deleteAward();
    FundingCallDialog *callDialog() const { return m_callEditor.form; }
    FundingAwardDialog *awardDialog() const { return m_awardEditor.form; }

protected:
    void reloadRecords() override;

private:
    void fillYears(int keep);
    /// After a change, shows the call @p callId's year, the call and the award @p awardId.
    RecordCommandContext callContext();
    RecordCommandContext awardContext(qint64 callId);

    int currentYear() const;
    void yearChanged();
    void keyChanged();
    void callChanged();
    void updateChart();

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
    RecordListActions *m_actions = nullptr;
    RecordEditor<FundingCall, FundingCallDialog> m_callEditor;
    RecordEditor<FundingAward, FundingAwardDialog> m_awardEditor;
};

} // namespace dc

#pragma once

#include "common/Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace dc {

class DraftActTableModel;
class RecommendationTableModel;

/// The draft acts of an institution with their consultation: filters (institution, year,
/// status, only broken deadlines), the list with the deadline warnings, the record of the selected
/// draft (its debate and its warnings) and the recommendations received on it.
class DraftsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsPage)

public:
    explicit DraftsPage(const PageContext &context, QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;

    DraftActTableModel *model() const { return m_model; }
    RecommendationTableModel *recommendations() const { return m_recommendations; }
    QTableView *view() const { return m_view; }
    QComboBox *institutionFilter() const { return m_institution; }
    QCheckBox *warningsOnly() const { return m_warningsOnly; }
    QLabel *record() const { return m_record; }
    void selectRow(int row);

private:
    void applyFilter();
    void showCurrent();

    PageContext m_context;
    DraftActTableModel *m_model = nullptr;
    RecommendationTableModel *m_recommendations = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_recommendationView = nullptr;
    QComboBox *m_institution = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_warningsOnly = nullptr;
    QLabel *m_record = nullptr;
};

} // namespace dc

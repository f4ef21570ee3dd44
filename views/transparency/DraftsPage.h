#pragma once

#include "common/Page.h"
#include "common/RecordEditing.h"
#include "transparency/DraftAct.h"
#include "transparency/Recommendation.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dc {

class DraftActDialog;
class RecordListActions;
class DraftActTableModel;
class RecommendationDialog;
struct RecordCommandContext;
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

    QString statusText() const override;

    DraftActTableModel *model() const { return m_model; }
    RecommendationTableModel *recommendations() const { return m_recommendations; }
    QTableView *view() const { return m_view; }
    QComboBox *institutionFilter() const { return m_institution; }
    QCheckBox *warningsOnly() const { return m_warningsOnly; }
    QLabel *record() const { return m_record; }
    void selectRow(int row);
    /// "institutionId": the drafts of that institution, of every year and status; "draftId":
    /// that draft selected; "recommendationId": that recommendation selected in the draft's.
    void applyNavigationFilter(const QVariantMap &filter) override;

    /// Opens the form for a new draft (of the filtered institution); Save pushes an undoable
    /// command.
    void addDraft();
    /// Opens the form on the current draft.
    void editDraft();
    /// Asks first, then deletes the current draft with its recommendations, undoably.
    void removeDraft();
    /// The form opened by addDraft() or editDraft(), while it is open.
    DraftActDialog *draftDialog() const { return m_draftEditor.form; }
    /// The same for the recommendations received on the current draft.
    void addRecommendation();
    void editRecommendation();
    void removeRecommendation();
    RecommendationDialog *recommendationDialog() const { return m_recommendationDialog; }
    QTableView *recommendationView() const { return m_recommendationView; }
    QPushButton *addButton() const { return m_draftButtons.at(0); }
    QPushButton *editButton() const { return m_draftButtons.at(1); }
    QPushButton *removeButton() const { return m_draftButtons.at(2); }

protected:
    void reloadRecords() override;

private:
    void applyFilter();
    void showCurrent();
    void refresh(qint64 selectId);
    void openRecommendationDialog(const Recommendation &recommendation);
    void refreshRecommendations();
    qint64 currentRecommendationId() const;
    RecordCommandContext commandContext();
    qint64 currentId() const;

    DraftActTableModel *m_model = nullptr;
    RecommendationTableModel *m_recommendations = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_recommendationView = nullptr;
    QComboBox *m_institution = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_warningsOnly = nullptr;
    QLabel *m_record = nullptr;
    /// New, Edit and Delete of the drafts.
    QList<QPushButton *> m_draftButtons;
    RecordEditor<DraftAct, DraftActDialog> m_draftEditor;
    RecommendationDialog *m_recommendationDialog = nullptr;
    RecordListActions *m_actions = nullptr;
};

} // namespace dc

#pragma once

#include "common/Page.h"
#include "common/RecordEditing.h"
#include "transparency/Institution.h"
#include "transparency/PublicMeeting.h"

class QLabel;
class QTableView;

namespace dc {

class InstitutionDialog;
class PublicMeetingDialog;

class InstitutionTableModel;
class PublicMeetingTableModel;

/// The public institutions with their liaison for civil society: the list (with the number of
/// drafts and of broken deadlines), the record of the selected institution and its public
/// meetings with the art. 8 check.
class InstitutionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstitutionsPage)

public:
    explicit InstitutionsPage(const PageContext &context, QWidget *parent = nullptr);

    QString statusText() const override;

    InstitutionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *record() const { return m_record; }
    PublicMeetingTableModel *meetings() const { return m_meetings; }
    void selectRow(int row);
    /// "institutionId": that institution selected.
    void applyNavigationFilter(const QVariantMap &filter) override;

    /// Opens the form for a new institution, or on the current one; Save pushes an undoable
    /// command.
    void addInstitution();
    void editInstitution();
    InstitutionDialog *institutionDialog() const { return m_institutionEditor.form; }
    /// The same for the public meetings of the current institution.
    void addMeeting();
    void editMeeting();
    PublicMeetingDialog *meetingDialog() const { return m_meetingEditor.form; }
    /// Asks, then deletes the current institution (undoable); refused, naming them, while records
    /// refer to it. False when nothing was deleted.
    bool deleteInstitution();
    /// Asks, then deletes the current public meeting (undoable).
    bool deleteMeeting();
    QTableView *meetingView() const { return m_meetingView; }

protected:
    void reloadRecords() override;

private:
    void showCurrent();
    void refresh(qint64 selectId);

    InstitutionTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_record = nullptr;
    PublicMeetingTableModel *m_meetings = nullptr;
    QTableView *m_meetingView = nullptr;
    RecordEditor<Institution, InstitutionDialog> m_institutionEditor;
    RecordEditor<PublicMeeting, PublicMeetingDialog> m_meetingEditor;
};

} // namespace dc

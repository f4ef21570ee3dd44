#pragma once

#include "common/Page.h"
#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace dc {

class EventTableModel;
class IndicatorTableModel;
class PartnershipTableModel;

/// One edition of a program with its events, partners and indicators together: choose the
/// edition, select an event to see its co-organizers, themes and participants, and export the
/// edition's calendar.
class EditionPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditionPage)

public:
    explicit EditionPage(const PageContext &context, QWidget *parent = nullptr);

    QList<QAction *> fileActions() const override;
    QString statusText() const override;
    /// The program synthesis of the edition shown (File > Print preview, Print, Export PDF).
    bool hasDocument() const override;
    reports::ReportDocument document() const override;

    /// Fills the edition choice again (after the data changed) and keeps the chosen edition.
    void reload();
    /// Shows the edition (0: the first one).
    void showEdition(qint64 editionId);
    /// "editionId": that edition, read again; "eventId" / "partnershipId": that event / partner
    /// selected in it.
    void applyNavigationFilter(const QVariantMap &filter) override;
    qint64 currentEdition() const;
    /// Exports the edition's calendar to a file chosen by the user (.ics, .csv, .xlsx).
    void exportCalendar();

    EventTableModel *eventModel() const { return m_events; }
    PartnershipTableModel *partnerModel() const { return m_partners; }
    IndicatorTableModel *indicatorModel() const { return m_indicators; }
    QTableView *eventView() const { return m_eventView; }
    QTextBrowser *eventDetail() const { return m_detail; }
    QTableView *partnerView() const { return m_partnerView; }
    QTableView *indicatorView() const { return m_indicatorView; }

    void setReadOnly(bool readOnly) override;

    /// Opens the partner form for a new partner of the edition / the selected partner; the change
    /// is an undoable command. Remove asks first.
    void addPartner();
    void editPartner();
    void removePartner();
    /// The edition's form for the current edition, a new edition of its program, or a new program
    /// with its first edition; undoable.
    void editEdition();
    void addEdition();
    void addProgram();
    /// Opens the event's form prefilled for the selected event (Enter, double click); undoable.
    void editEvent();
    /// Asks, then deletes the selected event (undoable; undo restores it under the same id and
    /// UID).
    void removeEvent();
    /// The same for the indicators of the edition.
    void addIndicator();
    void editIndicator();
    void removeIndicator();
    /// The hand-written introduction and conclusion of the edition's synthesis; undoable.
    void editSynthesisTexts();

protected:
    void reloadRecords() override;

private:
    /// Add / Edit / Remove as buttons under @p view, in its context menu and on Insert, Enter and
    /// Delete; returns the row of buttons.
    /// The Delete button and key under the events.
    QWidget *eventButtons();
    QWidget *editingButtons(QTableView *view, const std::function<void()> &add,
                            const std::function<void()> &edit, const std::function<void()> &remove);
    /// Makes the change @p apply as an EditionChangeCommand named @p text, undone by @p revert,
    /// and pushes it when it succeeded (otherwise says why); @p then runs after each (by default
    /// changed()).
    bool run(const QString &text, std::function<Status()> apply, std::function<Status()> revert,
             std::function<void()> then = {});
    void changed();
    /// The editions changed: fill the choice again and show @p editionId.
    void editionsChanged(qint64 editionId);
    void failed(const QString &message);
    qint64 selectedId(const QTableView *view, int idRole) const;
    void editionChosen();
    void eventSelected();

    QSqlDatabase m_db;
    Database *m_database = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<QAction *> m_editingActions; // hidden on a read-only database
    bool m_readOnly = false;
    QComboBox *m_editionChoice = nullptr;
    QLabel *m_summary = nullptr;
    EventTableModel *m_events = nullptr;
    PartnershipTableModel *m_partners = nullptr;
    IndicatorTableModel *m_indicators = nullptr;
    QTableView *m_eventView = nullptr;
    QTableView *m_partnerView = nullptr;
    QTableView *m_indicatorView = nullptr;
    QTextBrowser *m_detail = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace dc

#pragma once

#include "common/Page.h"

#include <QSqlDatabase>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

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

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> fileActions() const override;
    QString statusText() const override;

    /// Fills the edition choice again (after the data changed) and keeps the chosen edition.
    void reload();
    /// Shows the edition (0: the first one).
    void showEdition(qint64 editionId);
    qint64 currentEdition() const;
    /// Exports the edition's calendar to a file chosen by the user (.ics, .csv, .xlsx).
    void exportCalendar();

    EventTableModel *eventModel() const { return m_events; }
    PartnershipTableModel *partnerModel() const { return m_partners; }
    IndicatorTableModel *indicatorModel() const { return m_indicators; }
    QTableView *eventView() const { return m_eventView; }
    QTextBrowser *eventDetail() const { return m_detail; }

private:
    void editionChosen();
    void eventSelected();

    QSqlDatabase m_db;
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

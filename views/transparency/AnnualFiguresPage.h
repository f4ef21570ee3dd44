#pragma once

#include "common/Page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace dc {

class AnnualFiguresTableModel;
class AnnualReportDialog;
class ConclusionsDialog;
class CourtCasesDialog;
class ManualFigureDialog;
class RecordCommand;

/// The annual figures of Law 52/2003 of all institutions for one year, side by side with the
/// totals, the figures typed from paper in italics, and the institutions that have not reported.
class AnnualFiguresPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnualFiguresPage)

public:
    explicit AnnualFiguresPage(const PageContext &context, QWidget *parent = nullptr);

    QString statusText() const override;
    /// File > Print / Export PDF: the annual report of the selected institution for the year shown,
    /// or the national synthesis of the year when no institution is selected (the line above the
    /// table says which).
    bool hasDocument() const override;
    reports::ReportDocument document() const override;

    AnnualFiguresTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSpinBox *year() const { return m_year; }
    QLabel *missing() const { return m_missing; }
    QLabel *documentHint() const { return m_documentHint; }
    /// The institution whose report the page prints, or 0 for the national synthesis.
    qint64 documentInstitution() const;

    /// The forms of the selected institution for the year shown (each change is undoable); they
    /// open window-modal and are reachable here for tests while open.
    void editAnnualReport();
    void editManualFigure();
    void editCourtCases();
    QPushButton *reportButton() const { return m_reportButton; }
    QPushButton *manualButton() const { return m_manualButton; }
    QPushButton *courtButton() const { return m_courtButton; }
    /// The year's own actions: the Service's conclusions, the models of the report.
    void editConclusions();
    void editReportModels();
    QPushButton *conclusionsButton() const { return m_conclusionsButton; }
    QPushButton *modelsButton() const { return m_modelsButton; }
    ConclusionsDialog *conclusionsDialog() const;
    AnnualReportDialog *reportDialog() const;
    ManualFigureDialog *manualDialog() const;
    CourtCasesDialog *courtDialog() const;

protected:
    void reloadRecords() override;

private:
    void updateButtons();
    /// Reads the figures again after a change and selects @p institution again.
    void refreshFigures(qint64 institution);
    QString institutionName() const;
    /// Runs @p command and pushes it on the undo stack; false (with a warning) when refused.
    bool run(RecordCommand *command, const QString &title);

    void showYear(int year);
    void updateDocumentHint();

    AnnualFiguresTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_documentHint = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_manualButton = nullptr;
    QPushButton *m_courtButton = nullptr;
    QPushButton *m_conclusionsButton = nullptr;
    QPushButton *m_modelsButton = nullptr;
    QPointer<ConclusionsDialog> m_conclusionsDialog;
    QPointer<AnnualReportDialog> m_reportDialog;
    QPointer<ManualFigureDialog> m_manualDialog;
    QPointer<CourtCasesDialog> m_courtDialog;
};

} // namespace dc

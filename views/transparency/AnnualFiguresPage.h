#pragma once

#include "common/Page.h"

class QLabel;
class QSpinBox;
class QTableView;

namespace dc {

class AnnualFiguresTableModel;

/// The annual figures of Law 52/2003 of all institutions for one year, side by side with the
/// totals, the figures typed from paper in italics, and the institutions that have not reported.
class AnnualFiguresPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnualFiguresPage)

public:
    explicit AnnualFiguresPage(const PageContext &context, QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
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

private:
    void showYear(int year);
    void updateDocumentHint();

    PageContext m_context;
    AnnualFiguresTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_documentHint = nullptr;
};

} // namespace dc

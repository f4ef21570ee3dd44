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

    AnnualFiguresTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSpinBox *year() const { return m_year; }
    QLabel *missing() const { return m_missing; }

private:
    void showYear(int year);

    PageContext m_context;
    AnnualFiguresTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_missing = nullptr;
};

} // namespace dc

#pragma once

#include "common/RecordFormOf.h"
#include "transparency/AnnualReportRepository.h"

class QPlainTextEdit;

namespace dc {

/// The Service's own conclusions and recommendations on the annual reports of a year, which close
/// the national synthesis. Save is enabled once the text changed; it asks the page, which makes
/// the change and closes the form.
class ConclusionsDialog final : public RecordFormFor<YearConclusions>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConclusionsDialog)

public:
    explicit ConclusionsDialog(const YearConclusions &conclusions, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }
    YearConclusions record() const override;
    QStringList problems() const override;

private:
    void load(const YearConclusions &conclusions) override;

    QPlainTextEdit *m_editor = nullptr;
};

} // namespace dc

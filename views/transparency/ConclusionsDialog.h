#pragma once

#include "common/RecordForm.h"

class QPlainTextEdit;

namespace dc {

/// The Service's own conclusions and recommendations on the annual reports of a year, which close
/// the national synthesis. Save is enabled once the text changed; it asks the page, which makes
/// the change and closes the form.
class ConclusionsDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConclusionsDialog)

public:
    ConclusionsDialog(int year, const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QStringList problems() const override;
    bool isChanged() const override;

private:
    QString m_original;
    QPlainTextEdit *m_editor = nullptr;
};

} // namespace dc

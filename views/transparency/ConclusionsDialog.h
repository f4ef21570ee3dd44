#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace dc {

/// The Service's own conclusions and recommendations on the annual reports of a year, which close
/// the national synthesis. Save is enabled once the text changed.
class ConclusionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConclusionsDialog)

public:
    ConclusionsDialog(int year, const QString &text, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested();

private:
    QString m_original;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace dc

#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace dc {

class Database;

/// Annual figures > Send forms… and Remind…: the annual report's forms of a year, pre-filled from
/// the office's records, for every institution or the one selected; or, after listing the
/// institutions whose report is overdue, an e-mail to each of them with its form attached. Both
/// are written into a folder the user chooses, with a progress dialog, and end with a message that
/// says what was written and offers to open the folder. Nothing is sent.
class SendFormsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendFormsDialog)

public:
    enum class Mode
    {
        Forms,
        Reminders
    };

    /// @p selectedInstitution (0 when none) is offered as "only this one" for the forms.
    SendFormsDialog(Mode mode, const Database &database, int year, qint64 selectedInstitution,
                    const QString &selectedName, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Forms: every institution, or only the one selected.
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *selectedButton() const { return m_selected; }
    /// Reminders: the overdue institutions, those without an e-mail marked as skipped.
    QTreeWidget *overdueList() const { return m_overdue; }
    QLineEdit *senderName() const { return m_senderName; }
    QLineEdit *senderAddress() const { return m_senderAddress; }
    QLabel *summary() const { return m_summary; }
    /// Asks for the folder and writes; enabled when there is something to write.
    QPushButton *writeButton() const { return m_write; }
    /// The files written by the last run, for tests.
    const QStringList &written() const { return m_written; }

    /// Asks for the folder, writes the files with a progress dialog, and says what was written.
    void write();

private:
    void buildForms(const QString &selectedName, qint64 selectedInstitution);
    void buildReminders();
    void updateWriteButton();
    QString title() const;
    /// The message at the end: the files written, the institutions skipped, and the folder; offers
    /// to open it.
    void report(const QString &folder, const QStringList &skipped, const QString &failure);

    const Database &m_database;
    Mode m_mode;
    int m_year;
    qint64 m_selectedInstitution;
    int m_institutions = 0;
    int m_reminders = 0;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selected = nullptr;
    QTreeWidget *m_overdue = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_senderAddress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_write = nullptr;
    QStringList m_written;
};

} // namespace dc

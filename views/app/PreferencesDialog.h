#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace dc {

/// Edit > Preferences…: the user-interface language (switched at once, no restart), the names
/// printed in the header of the documents (institution, department) and, when a database is open,
/// the deadline of the institutions' annual reports (kept in the database, so that every
/// workstation of one database counts lateness alike).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr, QSqlDatabase db = QSqlDatabase());

    /// The language stored in the settings ("ro", "en", "sr", or empty for the system's).
    static QString storedLanguage();
    /// The language the program starts in: @p requested (the --lang option) when given, else the
    /// stored one, else the system locale's (Romanian when that is none of ours).
    static QString startupLanguage(const QString &requested);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *institutionEdit() const { return m_institution; }
    QLineEdit *departmentEdit() const { return m_department; }
    /// The day and month of the annual reports' deadline (of the year after the report's).
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QLineEdit *signatoryNameEdit() const { return m_signatoryName; }
    QLineEdit *signatoryRoleEdit() const { return m_signatoryRole; }

    /// Saves the settings and installs the chosen language when it differs from the current one.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_language = nullptr;
    QLineEdit *m_institution = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_signatoryName = nullptr;
    QLineEdit *m_signatoryRole = nullptr;
    QLabel *m_signatoryNameLabel = nullptr;
    QLabel *m_signatoryRoleLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_institutionLabel = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QLabel *m_languageNote = nullptr;
    QGroupBox *m_interfaceBox = nullptr;
    QGroupBox *m_documentsBox = nullptr;
    QSqlDatabase m_db;
    QDateEdit *m_deadline = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QGroupBox *m_reportsBox = nullptr;
};

} // namespace dc

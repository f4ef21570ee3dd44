#include "PreferencesDialog.h"

#include "common/Dialogs.h"
#include "transparency/ReportStatus.h"

#include "SettingsKeys.h"
#include "core/Language.h"
#include "documents/DocumentSettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace dc {

namespace {

/// Each language under its own name, so that whoever cannot read the current one finds theirs.
QString nativeName(const QString &language)
{
    if (language == QLatin1String("ro"))
        return QStringLiteral(u"Română");
    if (language == QLatin1String("sr"))
        return QStringLiteral(u"Srpski (latinica)");
    return QStringLiteral("English");
}

/// A field holding the setting @p key, named @p objectName (tests find it by it).
QLineEdit *settingEdit(const QString &key, const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(QSettings().value(key).toString(), parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

/// The label of @p field, its text set by retranslate().
QLabel *labelOf(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent, QSqlDatabase db)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(QString(), QString());
    for (const QString &language : Language::available())
        m_language->addItem(nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));
    m_languageLabel = labelOf(m_language);
    m_languageNote = new QLabel(this);
    m_languageNote->setWordWrap(true);

    m_interfaceBox = new QGroupBox(this);
    auto *interfaceForm = new QFormLayout(m_interfaceBox);
    interfaceForm->addRow(m_languageLabel, m_language);
    interfaceForm->addRow(m_languageNote);

    m_institution =
        settingEdit(DocumentSettings::institutionKey(), QStringLiteral("institutionEdit"), this);
    m_institution->setPlaceholderText(DocumentSettings::defaultInstitution());
    m_department =
        settingEdit(DocumentSettings::departmentKey(), QStringLiteral("departmentEdit"), this);
    m_department->setPlaceholderText(DocumentSettings::defaultDepartment());
    m_institutionLabel = labelOf(m_institution);
    m_departmentLabel = labelOf(m_department);
    m_signatoryName = settingEdit(DocumentSettings::signatoryNameKey(),
                                  QStringLiteral("signatoryNameEdit"), this);
    m_signatoryRole = settingEdit(DocumentSettings::signatoryRoleKey(),
                                  QStringLiteral("signatoryRoleEdit"), this);
    m_signatoryNameLabel = labelOf(m_signatoryName);
    m_signatoryRoleLabel = labelOf(m_signatoryRole);

    m_documentsBox = new QGroupBox(this);
    auto *documentsForm = new QFormLayout(m_documentsBox);
    documentsForm->addRow(m_institutionLabel, m_institution);
    documentsForm->addRow(m_departmentLabel, m_department);
    documentsForm->addRow(m_signatoryRoleLabel, m_signatoryRole);
    documentsForm->addRow(m_signatoryNameLabel, m_signatoryName);

    m_reportsBox = new QGroupBox(this);
    m_deadline = new QDateEdit(this);
    m_deadline->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadline->setDisplayFormat(QStringLiteral("dd.MM"));
    m_deadline->setDate(
        QDate::fromString(QStringLiteral("2024-") + QStringLiteral("05-15"), Qt::ISODate));
    m_deadlineLabel = labelOf(m_deadline);
    auto *reportsForm = new QFormLayout(m_reportsBox);
    reportsForm->addRow(m_deadlineLabel, m_deadline);
    if (m_db.isValid() && m_db.isOpen()) {
        // 2024 has a 29 February, so every day of any year can be shown.
        m_deadline->setDate(QDate::fromString(
            QStringLiteral("2024-") + ReportStatus::deadlineDayMonth(m_db), Qt::ISODate));
    } else {
        m_reportsBox->setEnabled(false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_interfaceBox);
    layout->addWidget(m_documentsBox);
    layout->addWidget(m_reportsBox);
    layout->addStretch();
    layout->addWidget(buttons);

    retranslate();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

QString PreferencesDialog::storedLanguage()
{
    const QString stored = QSettings().value(SettingsKeys::language).toString();
    return Language::available().contains(stored) ? stored : QString();
}

QString PreferencesDialog::startupLanguage(const QString &requested)
{
    return Language::resolve(requested.trimmed().isEmpty() ? storedLanguage() : requested);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    const QString chosen = m_language->currentData().toString();
    if (chosen.isEmpty())
        settings.remove(SettingsKeys::language);
    else
        settings.setValue(SettingsKeys::language, chosen);
    // An emptied field means the documents' default again (the placeholder shows it).
    const QString institution = m_institution->text().trimmed();
    const QString department = m_department->text().trimmed();
    if (institution.isEmpty())
        settings.remove(DocumentSettings::institutionKey());
    else
        settings.setValue(DocumentSettings::institutionKey(), institution);
    if (department.isEmpty())
        settings.remove(DocumentSettings::departmentKey());
    else
        settings.setValue(DocumentSettings::departmentKey(), department);
    for (const auto &[edit, key] :
         {std::pair{m_signatoryName, DocumentSettings::signatoryNameKey()},
          std::pair{m_signatoryRole, DocumentSettings::signatoryRoleKey()}}) {
        if (const QString value = edit->text().trimmed(); value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    }
    settings.sync();
    if (m_reportsBox->isEnabled()) {
        const QDate day = m_deadline->date();
        if (const Status s = ReportStatus::setDeadlineDayMonth(m_db, day.month(), day.day()); !s) {
            Dialogs::warning(this, windowTitle(), s.error());
            return;
        }
    }

    QDialog::accept();
    // Last: installing the language retranslates every window, this one included.
    const QString language = Language::resolve(chosen);
    if (language != Language::current())
        Language::install(language);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_interfaceBox->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(
        0, tr("System language (%1)").arg(nativeName(Language::resolve(QString()))));
    m_languageNote->setText(tr("The new language applies at once to every window. "
                               "Dates and numbers follow it too."));
    m_documentsBox->setTitle(tr("Documents"));
    m_institutionLabel->setText(tr("&Institution:"));
    m_departmentLabel->setText(tr("&Department:"));
    m_institution->setToolTip(tr("Printed in the header of every page of the documents"));
    m_department->setToolTip(tr("Printed under the institution in the header of the documents"));
    m_reportsBox->setTitle(tr("Annual reports"));
    m_deadlineLabel->setText(tr("&Deadline (of the following year):"));
    m_deadline->setToolTip(
        tr("The day by which the institutions send their annual report on Law 52/2003; kept in "
           "the database, the same for every workstation"));
    m_signatoryRoleLabel->setText(tr("Signatory's &role:"));
    m_signatoryNameLabel->setText(tr("Signatory's &name:"));
    m_signatoryRole->setPlaceholderText(tr("e.g. Head of Service"));
    m_signatoryName->setPlaceholderText(tr("First and last name"));
    m_signatoryRole->setToolTip(
        tr("Printed above the signature of the official documents (program and funding syntheses); "
           "when empty, a dotted line is left to fill in"));
    m_signatoryName->setToolTip(
        tr("Printed above the signature of the official documents (program and funding syntheses); "
           "when empty, a dotted line is left to fill in"));
}

} // namespace dc

#include "SendFormsDialog.h"
#include "core/Dates.h"

#include "app/SettingsKeys.h"
#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/ScreenFit.h"
#include "documents/DocumentSettings.h"
#include "storage/Database.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReminderWriter.h"
#include "transparency/ReportFormWriter.h"

#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dc {

namespace {

// How many file names the final message lists before "… and N more".
constexpr int listedFiles = 12;

} // namespace

SendFormsDialog::SendFormsDialog(Mode mode, const Database &database, int year,
                                 qint64 selectedInstitution, const QString &selectedName,
                                 QWidget *parent)
    : QDialog(parent), m_database(database), m_mode(mode), m_year(year),
      m_selectedInstitution(selectedInstitution)
{
    setWindowTitle(title());
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_write =
        new QPushButton(mode == Mode::Forms ? tr("Write forms…") : tr("Write reminders…"), this);
    m_write->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_write, QDialogButtonBox::AcceptRole);
    connect(m_write, &QPushButton::clicked, this, &SendFormsDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    if (mode == Mode::Forms)
        buildForms(selectedName, selectedInstitution);
    else
        buildReminders();
    layout->addWidget(buttons);
    updateWriteButton();
}

QString SendFormsDialog::title() const
{
    return m_mode == Mode::Forms ? tr("Annual report forms of %1").arg(m_year)
                                 : tr("Reminders for the reports of %1").arg(m_year);
}

void SendFormsDialog::buildForms(const QString &selectedName, qint64 selectedInstitution)
{
    m_institutions = int(InstitutionRepository(m_database.connection()).all().size());
    m_summary->setText(
        tr("The annual report's form for %1, one XLSX workbook per institution, pre-filled where "
           "the office's records give the figures. Nothing is sent: attach the files to your "
           "e-mails, or use Remind… for the reports that are late.")
            .arg(m_year));
    m_all = new QRadioButton(tr("All institutions (%n)", nullptr, m_institutions), this);
    m_selected =
        new QRadioButton(selectedInstitution > 0
                             ? tr("Only %1").arg(selectedName)
                             : tr("Only the institution selected in the table (none is selected)"),
                         this);
    m_selected->setEnabled(selectedInstitution > 0);
    (selectedInstitution > 0 ? m_selected : m_all)->setChecked(true);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_all);
    layout->addWidget(m_selected);
    layout->addStretch();
    setMinimumWidth(560);
}

void SendFormsDialog::buildReminders()
{
    const QDate today = QDate::currentDate();
    const QDate deadline = ReportStatus::deadlineOf(m_database.connection(), m_year);
    const Result<QList<ReportStatus>> overdue =
        ReminderWriter::overdue(m_database.connection(), m_year, today);
    const QList<ReportStatus> late = overdue ? overdue.value() : QList<ReportStatus>();

    m_overdue = new QTreeWidget(this);
    m_overdue->setRootIsDecorated(false);
    m_overdue->setHeaderLabels({tr("Institution"), tr("Days late"), tr("Liaison e-mail")});
    for (const ReportStatus &s : late) {
        const QString reason = ReminderWriter::skipReason(s.institution);
        auto *item = new QTreeWidgetItem(
            m_overdue, {s.institution.name, QLocale().toString(s.daysLate),
                        reason.isEmpty() ? s.institution.liaisonEmail
                                         : tr("none: no reminder (%1)").arg(reason)});
        item->setData(0, Qt::UserRole, s.institution.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (!reason.isEmpty()) {
            item->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(2, tr("Add the liaison's e-mail on the Institutions page to remind "
                                   "this institution."));
        } else {
            ++m_reminders;
        }
    }
    m_overdue->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overdue->header()->setStretchLastSection(false);
    m_overdue->resizeColumnToContents(1);
    m_overdue->resizeColumnToContents(2);

    if (!overdue)
        m_summary->setText(overdue.error());
    else if (late.isEmpty())
        m_summary->setText(tr("No report for %1 is overdue: the deadline is %2.")
                               .arg(m_year)
                               .arg(shortDate(QLocale(), deadline)));
    else
        m_summary->setText(
            tr("%n institution(s) have not sent their report for %1, due on %2. Each one with a "
               "liaison e-mail gets an e-mail file (.eml) with its form attached, to open in "
               "Outlook or Thunderbird, check and send: nothing is sent by the program.",
               nullptr, int(late.size()))
                .arg(m_year)
                .arg(shortDate(QLocale(), deadline)));

    QSettings settings;
    m_senderName = new QLineEdit(
        settings.value(SettingsKeys::reminderSenderName, DocumentSettings::department()).toString(),
        this);
    m_senderAddress =
        new QLineEdit(settings.value(SettingsKeys::reminderSenderAddress).toString(), this);
    m_senderAddress->setPlaceholderText(tr("the office's e-mail address"));
    m_senderAddress->setToolTip(
        tr("The From line of the reminders. Your mail program may put your own account there "
           "when you send them."));
    connect(m_senderAddress, &QLineEdit::textChanged, this, &SendFormsDialog::updateWriteButton);
    auto *form = new QFormLayout;
    form->addRow(tr("From (name):"), m_senderName);
    form->addRow(tr("From (e-mail):"), m_senderAddress);

    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_overdue, 1);
    layout->addLayout(form);
    resizeWithinScreen(this, QSize(680, 420));
}

void SendFormsDialog::updateWriteButton()
{
    if (m_mode == Mode::Forms) {
        m_write->setEnabled(m_institutions > 0);
        return;
    }
    const QString problem =
        ReminderWriter::senderProblem({m_senderName->text(), m_senderAddress->text()});
    m_write->setEnabled(m_reminders > 0 && problem.isEmpty());
    m_write->setToolTip(m_reminders == 0
                            ? tr("No institution to remind.")
                            : (m_senderAddress->text().trimmed().isEmpty() ? problem : QString()));
}

void SendFormsDialog::write()
{
    if (!m_write->isEnabled())
        return;
    QSettings settings;
    const QString start = settings.value(SettingsKeys::lastFolder, QDir::homePath()).toString();
    const QString folder = Dialogs::existingDirectory(
        this, m_mode == Mode::Forms ? tr("Folder for the forms") : tr("Folder for the reminders"),
        start);
    if (folder.isEmpty())
        return;
    settings.setValue(SettingsKeys::lastFolder, folder);

    const int year = m_year;
    QStringList written;
    QStringList skipped;
    bool stopped = false;
    BackgroundTask::Work work;
    if (m_mode == Mode::Forms) {
        const qint64 institution = m_selected->isChecked() ? m_selectedInstitution : 0;
        work = [&, year, institution](QSqlDatabase db,
                                      BackgroundTask::Progress &progress) -> Status {
            const Result<QList<WrittenForm>> result = ReportFormWriter::writeForms(
                db, year, folder, institution, [&](const WrittenForm &form, int done, int total) {
                    written << form.path;
                    progress.items = done;
                    stopped = !progress.report(done, total);
                    return !stopped;
                });
            return result ? Status() : Status::failure(result.error());
        };
    } else {
        const MailSender sender{m_senderName->text().trimmed(), m_senderAddress->text().trimmed()};
        settings.setValue(SettingsKeys::reminderSenderName, sender.name);
        settings.setValue(SettingsKeys::reminderSenderAddress, sender.address);
        work = [&, year, sender](QSqlDatabase db, BackgroundTask::Progress &progress) -> Status {
            const Result<ReminderBatch> result = ReminderWriter::writeReminders(
                db, year, folder, sender, QDate::currentDate(), [&](int done, int total) {
                    progress.items = done;
                    stopped = !progress.report(done, total);
                    return !stopped;
                });
            if (!result)
                return Status::failure(result.error());
            for (const WrittenReminder &r : result->written)
                written << r.path;
            for (const SkippedReminder &s : result->skipped)
                skipped << QStringLiteral("%1: %2").arg(s.institution, s.reason);
            return {};
        };
    }
    const QString label = m_mode == Mode::Forms ? tr("Writing the forms of %1…").arg(year)
                                                : tr("Writing the reminders for %1…").arg(year);
    const Status status =
        BackgroundTask::run(this, m_database, label, true, work, [this](qint64 items) {
            return m_mode == Mode::Forms ? tr("%n form(s) written", nullptr, int(items))
                                         : tr("%n institution(s) done", nullptr, int(items));
        });
    m_written = written;
    report(folder, skipped,
           status ? (stopped ? tr("Stopped at your request.") : QString()) : status.error());
    if (status)
        accept();
}

void SendFormsDialog::report(const QString &folder, const QStringList &skipped,
                             const QString &failure)
{
    QString text = m_mode == Mode::Forms
                       ? tr("%n form(s) written to %1", nullptr, int(m_written.size()))
                             .arg(QDir::toNativeSeparators(folder))
                       : tr("%n reminder(s) written to %1", nullptr, int(m_written.size()))
                             .arg(QDir::toNativeSeparators(folder));
    QStringList names;
    for (const QString &path : std::as_const(m_written).mid(0, listedFiles))
        names << QFileInfo(path).fileName();
    if (!names.isEmpty())
        text += QLatin1Char('\n') + names.join(QLatin1Char('\n'));
    if (m_written.size() > listedFiles)
        text +=
            QLatin1Char('\n') + tr("… and %n more", nullptr, int(m_written.size() - listedFiles));
    if (!skipped.isEmpty())
        text += QStringLiteral("\n\n") + tr("Not written:") + QLatin1Char('\n') +
                skipped.join(QLatin1Char('\n'));
    if (!failure.isEmpty())
        text += QStringLiteral("\n\n") + failure;
    const QMessageBox::Icon icon =
        failure.isEmpty() && skipped.isEmpty() ? QMessageBox::Information : QMessageBox::Warning;
    if (m_written.isEmpty()) {
        Dialogs::warning(this, title(), text);
        return;
    }
    if (Dialogs::choose(this, icon, title(), text, {tr("Open folder"), tr("Close")}, 0, 1) == 0)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace dc

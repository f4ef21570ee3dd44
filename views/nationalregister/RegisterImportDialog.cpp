#include "RegisterImportDialog.h"

#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/ImportFileList.h"
#include "common/TableSetup.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include <atomic>
#include <memory>

namespace dc {

namespace {

constexpr RegisterKind allKinds[] = {RegisterKind::Association, RegisterKind::Foundation,
                                     RegisterKind::Federation, RegisterKind::Union};

} // namespace

ImportFileList::Options RegisterImportDialog::fileOptions(RegisterImportDialog *dialog)
{
    ImportFileList::Options options;
    options.filesTitle = tr("Import the national register");
    options.filesFilter = tr("Excel workbooks (*.xlsx);;All files (*)");
    options.folderTitle = tr("A folder of register workbooks");
    options.noNewFiles = tr("%1 holds no new .xlsx workbook.");
    options.filesOf = [](const QString &folder) {
        QStringList workbooks;
        const QFileInfoList entries = QDir(folder).entryInfoList(
            {QStringLiteral("*.xlsx"), QStringLiteral("*.XLSX")}, QDir::Files, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (!entry.fileName().startsWith(
                    QLatin1String("~$"))) // Excel's lock file of an open workbook
                workbooks << entry.absoluteFilePath();
        }
        return workbooks;
    };
    options.describe = [dialog](const QString &path) {
        QString text = QDir::toNativeSeparators(path);
        if (dialog->m_kindCombo->currentData().toInt() < 0) {
            const std::optional<RegisterKind> kind = registerKindFromFileName(path);
            text += QStringLiteral("  —  ") +
                    (kind ? registerKindName(*kind) : tr("kind not in the name; asked"));
        }
        return text;
    };
    return options;
}

RegisterImportDialog::RegisterImportDialog(const Database &database, QWidget *parent)
    : FilesImportDialog(
          database,
          {tr("Import the national NGO register"), QSize(860, 560),
           tr("The workbooks of the Ministry of Justice's national register of associations and "
              "foundations (one per kind). Organizations are matched by registry number; what the "
              "office entered itself is never overwritten. Importing the same file again changes "
              "nothing."),
           tr("&Workbooks:"), fileOptions(this)},
          parent)
{
    connect(m_fileList, &ImportFileList::filesChanged, this, &RegisterImportDialog::refreshFiles);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(tr("From each file's name (asked when the name does not say)"), -1);
    for (const RegisterKind kind : allKinds)
        m_kindCombo->addItem(registerKindName(kind), int(kind));
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            &RegisterImportDialog::refreshFiles);
    m_form->addRow(tr("&Kind:"), m_kindCombo);

    m_rejectedTable = makeTableWidget({tr("File"), tr("Row"), tr("Reason")}, this);
    auto *rejectedLabel = new QLabel(tr("Rows &not imported:"), this);
    rejectedLabel->setBuddy(m_rejectedTable);

    setBody({rejectedLabel, m_rejectedTable});
    addImportButton(QDialogButtonBox::ActionRole);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_importButton, &QPushButton::clicked, this, &RegisterImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this,
            [this] { done(m_summaries.isEmpty() ? Rejected : Accepted); });
    refreshFiles();
}

void RegisterImportDialog::setFiles(const QStringList &paths)
{
    m_fileList->setFiles(paths);
}

void RegisterImportDialog::setKind(std::optional<RegisterKind> kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(kind ? int(*kind) : -1));
}

void RegisterImportDialog::refreshFiles()
{
    m_fileList->refresh();
    const bool chosen = !files().isEmpty();
    m_importButton->setEnabled(chosen && !m_database.isReadOnly());
    m_importButton->setDefault(chosen);
}

bool RegisterImportDialog::runImport()
{
    if (files().isEmpty() || m_database.isReadOnly())
        return false;
    RegisterImportOptions options;
    if (const int chosen = m_kindCombo->currentData().toInt(); chosen >= 0) {
        options.kind = RegisterKind(chosen);
    } else {
        QStringList kindNames;
        for (const RegisterKind kind : allKinds)
            kindNames << registerKindName(kind);
        for (const QString &path : files()) {
            if (registerKindFromFileName(path))
                continue;
            const int choice = Dialogs::choose(
                this, QMessageBox::Question, windowTitle(),
                tr("The name of %1 does not say which register it is. What does it hold?")
                    .arg(QFileInfo(path).fileName()),
                kindNames);
            if (choice < 0)
                return false;
            options.fileKinds.insert(path, allKinds[choice]);
        }
    }

    const QStringList paths = files();
    const qint64 cancelAfter = m_cancelAfterRows;
    std::optional<QList<RegisterImportSummary>> result;
    // The last second or two of a large import write what was read: say so under a full bar.
    auto saving = std::make_shared<std::atomic<bool>>(false);
    const QString label = paths.size() == 1
                              ? tr("Importing %1…").arg(QFileInfo(paths.constFirst()).fileName())
                              : tr("Importing %1 workbooks…").arg(paths.size());
    const Status status = BackgroundTask::run(
        this, m_database, label, true,
        [&](QSqlDatabase db, BackgroundTask::Progress &progress) -> Status {
            Result<QList<RegisterImportSummary>> summaries =
                NationalRegisterImporter(db).importFiles(
                    paths, options,
                    [&progress, cancelAfter, saving](qint64 rows, qint64 done, qint64 total) {
                        saving->store(total > 0 && done >= total);
                        progress.items = rows;
                        const bool go = progress.report(done, total);
                        return go && (cancelAfter < 0 || rows < cancelAfter);
                    });
            if (!summaries)
                return Status::failure(summaries.error());
            result = std::move(summaries).value();
            return {};
        },
        [saving](qint64 rows) {
            return saving->load() ? tr("%L1 rows read. Saving to the database…").arg(rows)
                                  : tr("%L1 rows read").arg(rows);
        });
    m_summaries.clear();
    m_rejectedTable->setRowCount(0);
    if (!status) {
        const bool cancelled = status.error() == NationalRegisterImporter::cancelledMessage();
        m_result->setStyleSheet(cancelled ? QString() : QStringLiteral("color: #b71c1c;"));
        m_result->setText(status.error());
        if (!cancelled)
            Dialogs::critical(this, tr("Import failed"), status.error());
        return false;
    }
    m_summaries = std::move(*result);
    showSummaries();
    return true;
}

QString RegisterImportDialog::resultText() const
{
    return m_result->text();
}

void RegisterImportDialog::showSummaries()
{
    QStringList lines;
    int rejectedRows = 0;
    for (const RegisterImportSummary &s : std::as_const(m_summaries)) {
        const QString file = QFileInfo(s.file).fileName();
        const int rejected = int(s.rejected.size());
        rejectedRows += rejected;
        QString line = tr("%1 (%2): %L3 rows read; %L4 organizations added, %L5 changed, %L6 with "
                          "a new status, "
                          "%L7 unchanged; %L8 rows rejected.")
                           .arg(file, registerKindName(s.kind))
                           .arg(s.read)
                           .arg(s.added)
                           .arg(s.changed)
                           .arg(s.statusChanged)
                           .arg(s.unchanged)
                           .arg(rejected);
        if (!s.alreadyImportedAt.isEmpty())
            line += QLatin1Char(' ') + tr("This file was already imported on %1; nothing changed.")
                                           .arg(s.alreadyImportedAt.left(10));
        else if (s.added + s.changed + s.statusChanged == 0)
            line += QLatin1Char(' ') + tr("Nothing changed.");
        lines << line;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(lines.join(QLatin1Char('\n')));

    m_rejectedTable->setRowCount(rejectedRows);
    int row = 0;
    for (const RegisterImportSummary &s : std::as_const(m_summaries)) {
        for (const RegisterRejectedRow &r : s.rejected) {
            m_rejectedTable->setItem(row, 0, textCell(QFileInfo(r.file).fileName()));
            auto *number = textCell(QString::number(r.row));
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rejectedTable->setItem(row, 1, number);
            m_rejectedTable->setItem(row, 2, textCell(r.reason));
            ++row;
        }
    }
    m_rejectedTable->resizeColumnToContents(0);
    m_rejectedTable->resizeColumnToContents(1);
    // Done: the files were imported; importing them again would change nothing.
    m_fileList->setFiles({});
    m_closeButton->setDefault(true);
}

} // namespace dc

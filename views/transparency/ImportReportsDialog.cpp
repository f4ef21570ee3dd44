#include "ImportReportsDialog.h"
#include "core/Dates.h"

#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/ImportFileList.h"
#include "common/TableSetup.h"
#include "storage/Database.h"
#include "transparency/InstitutionRepository.h"
#include "transparency/ReportFileReader.h"

#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

namespace {

QTableWidgetItem *number(int value)
{
    auto *cell = new QTableWidgetItem(QLocale().toString(value));
    cell->setData(Qt::UserRole, value);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

ImportFileList::Options ImportReportsDialog::fileOptions()
{
    ImportFileList::Options options;
    options.filesTitle = tr("Import received reports");
    options.filesFilter = tr("Reports (%1);;All files (*)")
                              .arg(ReportFileReader::namePatterns().join(QLatin1Char(' ')));
    options.folderTitle = tr("A folder of received reports");
    options.noNewFiles = tr("%1 holds no new report file (.xlsx, .ods or .csv).");
    options.filesOf = [](const QString &folder) { return ReportImporter::expand({folder}); };
    options.maximumHeight = 110;
    return options;
}

ImportReportsDialog::ImportReportsDialog(const Database &database, QWidget *parent)
    : FilesImportDialog(
          database,
          {tr("Import received reports"), QSize(980, 640),
           tr("The annual reports the institutions sent back: our own forms, or the published "
              "models filled in with Excel or LibreOffice (XLSX, ODS or CSV). Each file is "
              "read and shown below before anything is written; importing the same file "
              "again changes nothing, and a corrected file replaces the values received "
              "before."),
           tr("Fi&les:"), fileOptions()},
          parent)
{
    connect(m_fileList, &ImportFileList::filesChanged, this,
            &ImportReportsDialog::invalidatePreview);

    m_institution = new QComboBox(this);
    m_institution->addItem(tr("As each file names it"), qint64(0));
    for (const Institution &i : InstitutionRepository(database.connection()).all())
        m_institution->addItem(i.name, i.id);
    m_year = new QSpinBox(this);
    m_year->setRange(2002, QDate::currentDate().year());
    m_year->setSpecialValueText(tr("As each file says"));
    m_year->setValue(m_year->minimum());
    m_received = new QDateEdit(QDate::currentDate(), this);
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_received->setToolTip(
        tr("The day the reports arrived; a corrected file of a report already received keeps "
           "the day of the first one unless you change this date."));
    connect(m_institution, &QComboBox::currentIndexChanged, this,
            &ImportReportsDialog::invalidatePreview);
    connect(m_year, &QSpinBox::valueChanged, this, &ImportReportsDialog::invalidatePreview);
    connect(m_received, &QDateEdit::dateChanged, this, &ImportReportsDialog::invalidatePreview);
    m_form->addRow(tr("I&nstitution:"), m_institution);
    m_form->addRow(tr("&Year of the reports:"), m_year);
    m_form->addRow(tr("Recei&ved on:"), m_received);

    m_previewTable =
        makeTableWidget({tr("File"), tr("Institution"), tr("Model"), tr("Year"), tr("Values"),
                         tr("Warnings"), tr("Cells rejected"), tr("What will change")},
                        this);
    m_issueTable = makeTableWidget({tr("File"), tr("Cell"), tr("Kind"), tr("Message")}, this);
    auto *issuesLabel =
        new QLabel(tr("Cells rejected and &warnings (the other values are imported):"), this);
    issuesLabel->setBuddy(m_issueTable);
    auto *issues = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issues);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(issuesLabel);
    issuesLayout->addWidget(m_issueTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_previewTable);
    splitter->addWidget(issues);
    splitter->setChildrenCollapsible(false);

    setBody({splitter});
    m_previewButton = m_buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    addImportButton(QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_previewButton, &QPushButton::clicked, this, &ImportReportsDialog::runPreview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportReportsDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    invalidatePreview();
}

void ImportReportsDialog::setFiles(const QStringList &paths)
{
    m_fileList->setFiles(ReportImporter::expand(paths));
}

void ImportReportsDialog::invalidatePreview()
{
    m_previews.clear();
    m_previewTable->setRowCount(0);
    m_issueTable->setRowCount(0);
    m_result->setText(files().isEmpty()
                          ? tr("Add the files or the folder of the reports received.")
                          : tr("Preview the files to see what they hold before importing them."));
    m_previewButton->setEnabled(!files().isEmpty());
    m_previewButton->setDefault(!files().isEmpty());
    m_importButton->setEnabled(false);
}

ReportImportOptions ImportReportsDialog::options() const
{
    ReportImportOptions o;
    o.institutionId = m_institution->currentData().toLongLong();
    o.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    // Today unless changed: a corrected file then keeps the day its report first came.
    if (m_received->date() != QDate::currentDate())
        o.receivedOn = m_received->date();
    return o;
}

bool ImportReportsDialog::runPreview()
{
    if (files().isEmpty())
        return false;
    const QStringList chosen = files();
    const ReportImportOptions o = options();
    std::optional<QList<ReportFilePreview>> result;
    const QString label = chosen.size() == 1
                              ? tr("Reading %1…").arg(QFileInfo(chosen.constFirst()).fileName())
                              : tr("Reading %1 files…").arg(chosen.size());
    const Status status = BackgroundTask::run(
        this, m_database, label, true,
        [&](QSqlDatabase db, BackgroundTask::Progress &progress) -> Status {
            Result<QList<ReportFilePreview>> previews =
                ReportImporter(db).preview(chosen, o, [&progress](int done, int total) {
                    progress.items = done;
                    return progress.report(done, total);
                });
            if (!previews)
                return Status::failure(previews.error());
            result = std::move(previews).value();
            return {};
        },
        [total = chosen.size()](qint64 done) {
            return tr("%1 of %2 files read").arg(done).arg(total);
        });
    invalidatePreview();
    if (!status) {
        m_result->setText(status.error());
        if (status.error() != ReportImporter::cancelledMessage())
            Dialogs::critical(this, windowTitle(), status.error());
        return false;
    }
    m_previews = std::move(*result);
    showPreviews();
    return true;
}

QString ImportReportsDialog::changeText(const ReportFilePreview &p) const
{
    if (!p.importable() || !p.outcome)
        return tr("Not imported: %1").arg(p.error);
    switch (*p.outcome) {
    case ReceiveOutcome::Imported:
        return tr("New report, received on %1").arg(shortDate(QLocale(), p.report.receivedOn));
    case ReceiveOutcome::Replaced:
        return tr("Replaces the values received before");
    case ReceiveOutcome::Unchanged:
        return tr("Unchanged: already imported");
    }
    return {};
}

void ImportReportsDialog::showPreviews()
{
    m_previewTable->setRowCount(int(m_previews.size()));
    int issues = 0;
    for (const ReportFilePreview &p : std::as_const(m_previews))
        issues += int(p.rejected.size() + p.warnings.size());
    m_issueTable->setRowCount(issues);
    int issueRow = 0;
    for (int row = 0; row < m_previews.size(); ++row) {
        const ReportFilePreview &p = m_previews.at(row);
        m_previewTable->setItem(row, FileColumn,
                                textCell(p.fileName(), QDir::toNativeSeparators(p.path)));
        m_previewTable->setItem(row, InstitutionColumn, textCell(p.institution));
        m_previewTable->setItem(row, ModelColumn,
                                textCell(p.modelName.isEmpty() ? p.modelId : p.modelName));
        m_previewTable->setItem(
            row, YearColumn,
            textCell(p.report.year > 0 ? QString::number(p.report.year) : QString()));
        m_previewTable->setItem(row, ValuesColumn, number(int(p.report.values.size())));
        m_previewTable->setItem(row, WarningsColumn, number(int(p.warnings.size())));
        m_previewTable->setItem(row, RejectedColumn, number(int(p.rejected.size())));
        QTableWidgetItem *change = textCell(changeText(p));
        if (!p.importable())
            change->setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_previewTable->setItem(row, ChangeColumn, change);
        auto addIssue = [&](const ReportIssue &issue, const QString &kind) {
            m_issueTable->setItem(issueRow, IssueFile,
                                  textCell(p.fileName(), QDir::toNativeSeparators(p.path)));
            m_issueTable->setItem(issueRow, IssueCell, textCell(issue.cell));
            m_issueTable->setItem(issueRow, IssueKind, textCell(kind));
            m_issueTable->setItem(issueRow, IssueMessage, textCell(issue.message));
            ++issueRow;
        };
        for (const ReportIssue &issue : p.rejected)
            addIssue(issue, tr("Rejected"));
        for (const ReportIssue &issue : p.warnings)
            addIssue(issue, tr("Warning"));
    }
    m_previewTable->resizeColumnsToContents();
    m_previewTable->setColumnWidth(FileColumn,
                                   std::min(m_previewTable->columnWidth(FileColumn), 220));
    m_previewTable->setColumnWidth(InstitutionColumn,
                                   std::min(m_previewTable->columnWidth(InstitutionColumn), 260));
    m_previewTable->setColumnWidth(ModelColumn,
                                   std::min(m_previewTable->columnWidth(ModelColumn), 160));
    m_issueTable->resizeColumnsToContents();
    m_issueTable->setColumnWidth(IssueFile, std::min(m_issueTable->columnWidth(IssueFile), 220));

    const ReportImportCounts c = ReportImporter::count(m_previews);
    m_result->setText(
        tr("Files read: %1. To import: %2 new, %3 replacing earlier values; %4 unchanged; %5 not "
           "imported. Cells rejected: %6. Warnings: %7.")
            .arg(c.read)
            .arg(c.imported)
            .arg(c.replaced)
            .arg(c.unchanged)
            .arg(c.rejected)
            .arg(c.rejectedCells)
            .arg(c.warnings));
    const bool changes = c.imported + c.replaced > 0;
    m_importButton->setEnabled(changes && !m_database.isReadOnly());
    m_importButton->setDefault(changes);
}

bool ImportReportsDialog::runImport()
{
    if (m_previews.isEmpty() || m_database.isReadOnly())
        return false;
    QList<ReportFilePreview> previews = m_previews;
    const Status status = BackgroundTask::run(this, m_database, tr("Importing the reports…"), false,
                                              [&](QSqlDatabase db, BackgroundTask::Progress &) {
                                                  return ReportImporter(db).apply(previews);
                                              });
    if (!status) {
        Dialogs::critical(this, tr("Import failed"),
                          tr("Nothing was written. %1").arg(status.error()));
        return false;
    }
    const ReportImportCounts c = ReportImporter::count(previews);
    m_resultText =
        tr("Received reports imported: %1 new, %2 replaced, %3 unchanged, %4 files not imported.")
            .arg(c.imported)
            .arg(c.replaced)
            .arg(c.unchanged)
            .arg(c.rejected);
    m_previews = previews;
    accept();
    return true;
}

} // namespace dc

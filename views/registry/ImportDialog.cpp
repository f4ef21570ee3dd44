#include "ImportDialog.h"

#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/ScreenFit.h"
#include "common/TableSetup.h"
#include "registry/ImportColumns.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dc {

namespace {

QString actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::New:
        return ImportDialog::tr("new", "import action");
    case ImportAction::Update:
        return ImportDialog::tr("update", "import action");
    case ImportAction::Unchanged:
        return ImportDialog::tr("unchanged", "import action");
    case ImportAction::Rejected:
        return ImportDialog::tr("rejected", "import action");
    }
    return {};
}

QColor actionColor(ImportAction action)
{
    switch (action) {
    case ImportAction::New:
        return QColor(0xe3, 0xf4, 0xe1);
    case ImportAction::Update:
        return QColor(0xe3, 0xef, 0xfb);
    case ImportAction::Unchanged:
        return {};
    case ImportAction::Rejected:
        return QColor(0xfd, 0xe4, 0xe1);
    }
    return {};
}

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char('\t'))
        return ImportDialog::tr("tab", "separator");
    return QStringLiteral("“%1”").arg(separator);
}

} // namespace

ImportDialog::ImportDialog(const Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Import organizations from CSV"));
    setSizeGripEnabled(true);
    resizeWithinScreen(this, QSize(960, 620));

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    auto *chooseButton = new QPushButton(tr("C&hoose…"), this);
    chooseButton->setAutoDefault(false);
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);

    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->addItem(tr("Automatic (UTF-8 when possible, else Windows-1250)"),
                             static_cast<int>(TextEncoding::Auto));
    m_encodingCombo->addItem(textEncodingName(TextEncoding::Utf8),
                             static_cast<int>(TextEncoding::Utf8));
    m_encodingCombo->addItem(textEncodingName(TextEncoding::Windows1250),
                             static_cast<int>(TextEncoding::Windows1250));
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    m_detectedLabel = new QLabel(this);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encodingCombo);
    encodingRow->addWidget(m_detectedLabel, 1);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(chooseButton);
    form->addRow(fileLabel, fileRow);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);
    form->addRow(encodingLabel, encodingRow);

    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setWordWrap(true);
    QFont bold = m_totalsLabel->font();
    bold.setBold(true);
    m_totalsLabel->setFont(bold);

    m_recordsTable = makeTableWidget({tr("Line"), tr("Action"), tr("Reason")}, this);
    m_columnsTable = makeTableWidget({tr("Column in the file"), tr("Field")}, this);
    m_rejectedTable = makeTableWidget({tr("Line"), tr("Reason")}, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_recordsTable, tr("&Records"));
    m_tabs->addTab(m_columnsTable, tr("&Columns"));
    m_tabs->addTab(m_rejectedTable, tr("Re&jected"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (runImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

TextEncoding ImportDialog::chosenEncoding() const
{
    return static_cast<TextEncoding>(m_encodingCombo->currentData().toInt());
}

void ImportDialog::chooseFile()
{
    const QString dir = m_path.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_path).absolutePath();
    const QString path = Dialogs::openFileName(this, tr("Import organizations"), dir,
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFileName(path);
}

bool ImportDialog::setFileName(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    refreshPreview();
    return m_preview.has_value();
}

void ImportDialog::refreshPreview()
{
    m_preview.reset();
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    const TextEncoding encoding = chosenEncoding();
    std::optional<ImportPreview> preview;
    const Status status = BackgroundTask::run(
        this, m_database, tr("Reading %1…").arg(QFileInfo(path).fileName()), true,
        [&](QSqlDatabase db, BackgroundTask::Progress &progress) -> Status {
            Result<ImportPreview> result = OrganizationImporter(db).preview(
                path, encoding, 200,
                [&progress](qint64 done, qint64 total) { return progress.report(done, total); });
            if (!result)
                return Status::failure(result.error());
            if (result->totals.cancelled)
                return Status::failure(tr("The preview was cancelled."));
            preview = std::move(result).value();
            return {};
        });
    if (!status) {
        showError(status.error());
        return;
    }
    m_preview = std::move(preview);
    showPreview();
}

void ImportDialog::showError(const QString &message)
{
    m_detectedLabel->clear();
    m_totalsLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_totalsLabel->setText(message);
    m_recordsTable->setRowCount(0);
    m_columnsTable->setRowCount(0);
    m_rejectedTable->setRowCount(0);
    m_importButton->setEnabled(false);
}

void ImportDialog::showPreview()
{
    const ImportPreview &p = *m_preview;
    m_detectedLabel->setText(tr("Read as %1, separator %2")
                                 .arg(textEncodingName(p.encoding), separatorName(p.separator)));
    const ImportSummary &t = p.totals;
    const QString totals =
        tr("The import will add %L1, update %L2 and leave unchanged %L3 organizations; "
           "%L4 records will be rejected.")
            .arg(t.imported)
            .arg(t.updated)
            .arg(t.unchanged)
            .arg(t.rejected.size());
    // What looks wrong with the encoding comes before anything is written, in the warning colour.
    m_totalsLabel->setStyleSheet(t.warnings.isEmpty() ? QString()
                                                      : QStringLiteral("color: #8a4b00;"));
    m_totalsLabel->setText(t.warnings.isEmpty()
                               ? totals
                               : t.warnings.join(QLatin1Char('\n')) + QLatin1Char('\n') + totals);

    // Records: line, action, reason, then the file's own columns.
    QStringList headers{tr("Line"), tr("Action"), tr("Reason")};
    for (const ImportColumn &column : p.columns)
        headers << column.header;
    m_recordsTable->clear();
    m_recordsTable->setColumnCount(static_cast<int>(headers.size()));
    m_recordsTable->setHorizontalHeaderLabels(headers);
    m_recordsTable->horizontalHeader()->setStretchLastSection(false);
    m_recordsTable->setRowCount(static_cast<int>(p.records.size()));
    for (int row = 0; row < p.records.size(); ++row) {
        const ImportPreviewRecord &record = p.records.at(row);
        auto *line = textCell(QString::number(record.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_recordsTable->setItem(row, 0, line);
        auto *action = textCell(actionName(record.action));
        if (const QColor color = actionColor(record.action); color.isValid())
            action->setBackground(color);
        m_recordsTable->setItem(row, 1, action);
        m_recordsTable->setItem(row, 2, textCell(record.reason));
        for (int c = 0; c < record.cells.size() && c + 3 < headers.size(); ++c)
            m_recordsTable->setItem(row, c + 3, textCell(record.cells.at(c)));
    }
    m_recordsTable->resizeColumnsToContents();
    for (int c = 0; c < m_recordsTable->columnCount(); ++c)
        m_recordsTable->setColumnWidth(c, std::min(m_recordsTable->columnWidth(c), 280));
    m_tabs->setTabText(0, tr("&Records (first %Ln)", "", static_cast<int>(p.records.size())));

    m_columnsTable->setRowCount(static_cast<int>(p.columns.size()));
    for (int row = 0; row < p.columns.size(); ++row) {
        const ImportColumn &column = p.columns.at(row);
        m_columnsTable->setItem(row, 0, textCell(column.header));
        auto *field =
            textCell(column.field ? ImportColumns::fieldLabel(*column.field) : tr("(ignored)"));
        if (!column.field)
            field->setForeground(palette().brush(QPalette::PlaceholderText));
        m_columnsTable->setItem(row, 1, field);
    }
    m_columnsTable->resizeColumnToContents(0);

    m_rejectedTable->setRowCount(static_cast<int>(t.rejected.size()));
    for (int row = 0; row < t.rejected.size(); ++row) {
        auto *line = textCell(QString::number(t.rejected.at(row).line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejectedTable->setItem(row, 0, line);
        m_rejectedTable->setItem(row, 1, textCell(t.rejected.at(row).reason));
    }
    m_rejectedTable->resizeColumnToContents(0);
    m_tabs->setTabText(2, tr("Re&jected (%Ln)", "", static_cast<int>(t.rejected.size())));

    m_importButton->setEnabled(!m_database.isReadOnly() && t.imported + t.updated > 0);
    m_importButton->setDefault(true);
}

bool ImportDialog::runImport()
{
    if (!m_preview || m_path.isEmpty())
        return false;
    ImportOptions options;
    // The encoding the preview used, so that the import reads the file exactly as shown.
    options.encoding = m_preview->encoding;
    const QString path = m_path;
    std::optional<ImportSummary> summary;
    const Status status = BackgroundTask::run(
        this, m_database, tr("Importing %1…").arg(QFileInfo(path).fileName()), true,
        [&](QSqlDatabase db, BackgroundTask::Progress &progress) -> Status {
            Result<ImportSummary> result = OrganizationImporter(db).importFile(
                path, options,
                [&progress](qint64 done, qint64 total) { return progress.report(done, total); });
            if (!result)
                return Status::failure(result.error());
            summary = std::move(result).value();
            return {};
        });
    if (!status) {
        Dialogs::critical(this, tr("Import failed"), status.error());
        return false;
    }
    if (summary->cancelled) {
        Dialogs::information(this, tr("Import cancelled"),
                             tr("The import was cancelled; nothing was changed."));
        return false;
    }
    m_summary = std::move(summary);
    return true;
}

} // namespace dc

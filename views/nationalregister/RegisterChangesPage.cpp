#include "RegisterChangesPage.h"

#include "RegisterImportDialog.h"
#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/LabelledField.h"
#include "common/LastFolder.h"
#include "common/TableSetup.h"
#include "common/TitledPane.h"
#include "documents/RegisterChangesReport.h"
#include "nationalregister/RegisterChangeExporter.h"
#include "nationalregister/RegisterChangeModel.h"
#include "nationalregister/RegisterImportModel.h"
#include "registry/Geography.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dc {

RegisterChangesPage::RegisterChangesPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("register-changes"), tr("What changed"),
            QIcon::fromTheme(
                QStringLiteral("view-history"),
                themeIcon(QStringLiteral("document-open-recent"), QStyle::SP_BrowserReload))},
           parent)
{
    const QSqlDatabase db = context.database->connection();
    m_imports = new RegisterImportModel(db, this);
    m_changes = new RegisterChangeModel(db, this);
    m_changeProxy = new QSortFilterProxyModel(this);
    m_changeProxy->setSourceModel(m_changes);
    m_changeProxy->setSortRole(RegisterChangeModel::RawValueRole);
    m_changeProxy->setSortLocaleAware(true);

    m_importView = makeTable(m_imports, this, {.alternatingRows = true, .wrapText = false});
    m_importView->resizeColumnsToContents();
    m_changeView = makeTable(m_changeProxy, this,
                             {.sortable = true, .alternatingRows = true, .wrapText = false});
    m_changeView->sortByColumn(-1, Qt::AscendingOrder); // as recorded until a header is clicked
    // Before any change is listed the headers still read whole ("Număr de înscriere" was cut to
    // the default width).
    m_changeView->resizeColumnsToContents();

    m_fromCombo = new QComboBox(this);
    m_untilCombo = new QComboBox(this);
    for (QComboBox *c : {m_fromCombo, m_untilCombo}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::activated, this, &RegisterChangesPage::applyImportChoice);
    }
    m_countyCombo = new QComboBox(this);
    m_countyCombo->addItem(tr("All counties"), 0);
    const Geography geography = Geography::load(db);
    for (const County &county : geography.counties())
        m_countyCombo->addItem(county.name, county.id);
    connect(m_countyCombo, &QComboBox::activated, this,
            [this] { setCounty(m_countyCombo->currentData().toInt()); });
    m_kindCombo = new QComboBox(this);
    m_kindCombo->addItem(tr("All changes"), QString());
    for (const QString &kind : RegisterChange::kinds())
        m_kindCombo->addItem(RegisterChange::nameOfKind(kind), kind);
    connect(m_kindCombo, &QComboBox::activated, this,
            [this] { setKind(m_kindCombo->currentData().toString()); });

    auto *lastButton = new QPushButton(tr("&Last import"), this);
    connect(lastButton, &QPushButton::clicked, this, &RegisterChangesPage::showLastImport);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                 tr("Import national &register…"), this);
    m_importAction->setStatusTip(
        tr("Import the Ministry of Justice's register workbooks and see what changed"));
    connect(m_importAction, &QAction::triggered, this, &RegisterChangesPage::importRegister);
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                 tr("Export register &changes…"), this);
    m_exportAction->setStatusTip(
        tr("Write the register changes shown to a CSV file or an Excel workbook"));
    connect(m_exportAction, &QAction::triggered, this, &RegisterChangesPage::exportChanges);
    auto *importButton = new QPushButton(m_importAction->icon(), tr("&Import…"), this);
    connect(importButton, &QPushButton::clicked, m_importAction, &QAction::trigger);
    auto *exportButton = new QPushButton(m_exportAction->icon(), tr("E&xport…"), this);
    connect(exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);

    auto *importsLabel = new QLabel(tr("<b>Imports of the register</b>"), this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *importsRow = new QHBoxLayout;
    importsRow->addWidget(importsLabel, 1);
    importsRow->addWidget(importButton);
    topLayout->addLayout(importsRow);
    topLayout->addWidget(m_importView);

    // The imports compared on one row, what is shown of their changes on another: on one row the
    // choices were cut at 1024x600 ("(începu", issue 15).
    auto *imports = new QHBoxLayout;
    auto *filters = new QHBoxLayout;
    addLabelledField(imports, tr("Changes &after:"), m_fromCombo);
    addLabelledField(imports, tr("&up to:"), m_untilCombo);
    imports->addWidget(lastButton);
    imports->addStretch(1);
    addLabelledField(filters, tr("C&ounty:"), m_countyCombo);
    addLabelledField(filters, tr("&Kind:"), m_kindCombo);
    filters->addStretch(1);
    filters->addWidget(exportButton);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(imports);
    bottomLayout->addLayout(filters);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_changeView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitPanes(Qt::Vertical, {top, bottom}, this, {1, 3}));

    reloadImports();
    showLastImport();
}

QList<QAction *> RegisterChangesPage::fileActions() const
{
    return {m_importAction, m_exportAction};
}

void RegisterChangesPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_importAction->setEnabled(!readOnly);
}

QString RegisterChangesPage::statusText() const
{
    const int changes = m_changes->rowCount();
    const int imports = m_imports->rowCount();
    return tr("%Ln change(s)", "", changes) + QStringLiteral(", ") +
           tr("%Ln import(s) of the register", "", imports);
}

void RegisterChangesPage::reloadImports()
{
    m_imports->reload();
    m_importView->resizeColumnsToContents();
    m_fromCombo->clear();
    m_untilCombo->clear();
    m_fromCombo->addItem(tr("(the start)"), 0);
    // Oldest first, as a time line.
    const QList<RegisterImport> &list = m_imports->imports();
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        m_fromCombo->addItem(RegisterImportModel::label(*it), it->id);
        m_untilCombo->addItem(RegisterImportModel::label(*it), it->id);
    }
}

void RegisterChangesPage::showBetween(qint64 afterImportId, qint64 untilImportId)
{
    m_fromCombo->setCurrentIndex(std::max(0, m_fromCombo->findData(afterImportId)));
    m_untilCombo->setCurrentIndex(m_untilCombo->findData(untilImportId));
    m_changes->setImports(afterImportId, untilImportId);
    m_changeView->resizeColumnsToContents();
    for (int c = 0; c < m_changes->columnCount(); ++c)
        m_changeView->setColumnWidth(c, std::min(m_changeView->columnWidth(c), 360));
    updateStatus();
}

void RegisterChangesPage::showLastImport()
{
    const QList<RegisterImport> &list = m_imports->imports();
    if (list.isEmpty()) {
        m_changes->setImports(1, 1); // nothing imported yet: nothing to list
        updateStatus();
        return;
    }
    const qint64 last = list.constFirst().id;
    const qint64 before = list.size() > 1 ? list.at(1).id : 0;
    showBetween(before, last);
}

void RegisterChangesPage::applyImportChoice()
{
    const qint64 until = m_untilCombo->currentData().toLongLong();
    if (until <= 0)
        return;
    showBetween(m_fromCombo->currentData().toLongLong(), until);
}

void RegisterChangesPage::setCounty(int countyId)
{
    m_countyCombo->setCurrentIndex(std::max(0, m_countyCombo->findData(countyId)));
    m_changes->setCounty(countyId > 0 ? std::optional<int>(countyId) : std::nullopt);
    updateStatus();
}

void RegisterChangesPage::setKind(const QString &kind)
{
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(kind)));
    m_changes->setKinds(kind.isEmpty() ? QStringList() : QStringList{kind});
    updateStatus();
}

void RegisterChangesPage::updateStatus()
{
    if (!m_changes->lastError().isEmpty()) {
        m_summary->setText(tr("The changes cannot be read: %1").arg(m_changes->lastError()));
    } else if (m_imports->rowCount() == 0) {
        m_summary->setText(tr("Nothing imported yet. File > Import national register… reads the "
                              "Ministry of Justice's "
                              "workbooks; each later edition shows here what changed."));
    } else {
        QStringList parts;
        for (const QString &kind : RegisterChange::kinds()) {
            int n = 0;
            for (const RegisterChange &c : m_changes->changes())
                n += c.kind == kind ? 1 : 0;
            if (n > 0)
                parts << QStringLiteral("%1: %2").arg(RegisterChange::nameOfKind(kind),
                                                      QLocale().toString(n));
        }
        const int total = m_changes->rowCount();
        m_summary->setText(parts.isEmpty()
                               ? tr("No changes.")
                               : tr("%Ln change(s)", "", total) + QStringLiteral(" — ") +
                                     parts.join(QLatin1String(", ")));
    }
    Q_EMIT statusTextChanged(statusText());
}

bool RegisterChangesPage::hasDocument() const
{
    return m_imports->rowCount() > 0;
}

reports::ReportDocument RegisterChangesPage::document() const
{
    reports::RegisterChangesData data;
    const int fromRow = m_imports->rowOf(m_changes->query().afterImportId);
    const int untilRow = m_imports->rowOf(m_changes->query().untilImportId);
    if (fromRow >= 0)
        data.from = m_imports->import(fromRow);
    if (untilRow >= 0)
        data.until = m_imports->import(untilRow);
    if (m_countyCombo->currentIndex() > 0)
        data.county = m_countyCombo->currentText();
    if (m_kindCombo->currentIndex() > 0)
        data.kinds = m_kindCombo->currentText();
    // In the order shown (a clicked header sorts the document too).
    for (int row = 0; row < m_changeProxy->rowCount(); ++row)
        data.changes.append(
            m_changes->change(m_changeProxy->mapToSource(m_changeProxy->index(row, 0)).row()));
    return reports::registerChangesReport(data);
}

void RegisterChangesPage::importRegister()
{
    if (m_readOnly)
        return;
    RegisterImportDialog dialog(*m_context.database, this);
    dialog.exec();
    if (dialog.summaries().isEmpty())
        return;
    // The import is one transaction outside the undo history; older commands could now undo over
    // what it wrote, so the history starts again here.
    if (m_context.undoStack)
        m_context.undoStack->clear();
    reloadImports();
    showLastImport();
    int added = 0, changed = 0, rejected = 0;
    for (const RegisterImportSummary &s : dialog.summaries()) {
        added += s.added;
        changed += s.changed + s.statusChanged;
        rejected += int(s.rejected.size());
    }
    Q_EMIT notice(tr("Register imported: %L1 organizations added, %L2 changed, %L3 rows rejected.")
                      .arg(added)
                      .arg(changed)
                      .arg(rejected));
}

void RegisterChangesPage::exportChanges()
{
    const QString path = saveFileNameInLastFolder(
        this, tr("Export register changes"), tr("register-changes") + QStringLiteral(".xlsx"),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<RegisterChange> shown;
    for (int row = 0; row < m_changeProxy->rowCount(); ++row)
        shown.append(
            m_changes->change(m_changeProxy->mapToSource(m_changeProxy->index(row, 0)).row()));
    if (Status s = RegisterChangeExporter::exportFile(shown, path); !s) {
        Dialogs::critical(this, tr("Export failed"), s.error());
        return;
    }
    rememberFolderOf(path);
    const int count = int(shown.size());
    Q_EMIT notice(
        tr("%Ln change(s) written to %1.", "", count).arg(QDir::toNativeSeparators(path)));
}

void RegisterChangesPage::reloadRecords()
{
    const qint64 after = m_fromCombo->currentData().toLongLong();
    const qint64 until = m_untilCombo->currentData().toLongLong();
    reloadImports();
    if (until > 0 && m_untilCombo->findData(until) >= 0)
        showBetween(m_fromCombo->findData(after) >= 0 ? after : 0, until);
    else
        showLastImport();
}

} // namespace dc

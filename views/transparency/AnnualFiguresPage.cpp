#include "AnnualFiguresPage.h"

#include "AnnualReportCommands.h"
#include "AnnualReportForms.h"
#include "ConclusionsDialog.h"
#include "ImportReportsDialog.h"
#include "ReportModelsDialog.h"
#include "SendFormsDialog.h"
#include "WarningHighlightProxy.h"
#include "common/Dialogs.h"
#include "common/RecordEditing.h"
#include "common/TableSetup.h"
#include "documents/TransparencyReports.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "transparency/AnnualFigures.h"
#include "transparency/AnnualFiguresTableModel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace dc {

namespace {

// Each indicator's column headed by its code over its label, wrapped at about 16 characters on at
// most three lines (issue 15: bare codes A1 … B3 said nothing); the whole label on hover. The
// model's own header (the code) stays as it is for the exports.
class ReadableHeaderProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        const QVariant header = QIdentityProxyModel::headerData(section, orientation, role);
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return header;
        const QString label =
            QIdentityProxyModel::headerData(section, orientation, Qt::ToolTipRole).toString();
        if (label.isEmpty())
            return header;
        return QString(header.toString() + QLatin1Char('\n') + wrapped(label));
    }

private:
    static QString wrapped(const QString &text)
    {
        constexpr int lineLength = 16;
        constexpr int maxLines = 3;
        QStringList lines;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= lineLength)
                lines.last() += QLatin1Char(' ') + word;
            else
                lines << word;
        }
        if (lines.size() > maxLines) {
            lines.resize(maxLines);
            lines.last() += QStringLiteral("…");
        }
        return lines.join(QLatin1Char('\n'));
    }
};

/// How a figure typed by hand changed from @p before to @p now ("“5” → “7”"); empty when it did
/// not (who typed it and when are not compared).
QStringList figureChanges(const std::optional<ManualFigure> &before,
                          const std::optional<ManualFigure> &now)
{
    const auto json = [](const std::optional<ManualFigure> &figure) {
        return figure ? QJsonObject{{QStringLiteral("value"), figure->value}} : QJsonObject();
    };
    return changedValues(json(before), json(now));
}

} // namespace

AnnualFiguresPage::AnnualFiguresPage(const PageContext &context, QWidget *parent)
    : Page(context,
           {QStringLiteral("transparency-figures"), tr("Annual figures"),
            themeIcon(QStringLiteral("x-office-spreadsheet"), QStyle::SP_FileDialogListView)},
           parent)
{
    const int lastYear = QDate::currentDate().year() - 1;
    m_model = new AnnualFiguresTableModel(context.database->connection(), lastYear, this);
    auto *proxy = new WarningHighlightProxy(AnnualFiguresTableModel::Reported,
                                            AnnualFiguresTableModel::ManualRole, this,
                                            AnnualFiguresTableModel::DiffersRole);
    proxy->setSourceModel(m_model);

    m_year = new QSpinBox(this);
    m_year->setRange(2003, QDate::currentDate().year());
    m_year->setValue(lastYear);
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    auto *legend = new QLabel(
        tr("A figure comes from the institution's report where it sent one, else from the "
           "office's records; <i>italics</i>: typed from a paper report; on a red ground: the "
           "report differs from the records (shown in brackets); —: unknown. Hover a code for "
           "its meaning, a figure for its source."),
        this);
    legend->setWordWrap(true);
    m_documentHint = new QLabel(this);
    m_documentHint->setObjectName(QStringLiteral("documentHint"));
    m_documentHint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addSpacing(12);
    m_reportButton = new QPushButton(tr("Annual report received…"), this);
    m_manualButton = new QPushButton(tr("Manual figure…"), this);
    m_courtButton = new QPushButton(tr("Court cases…"), this);
    for (QPushButton *button : {m_reportButton, m_manualButton, m_courtButton}) {
        button->setToolTip(tr("For the institution selected in the table and the year shown"));
        top->addWidget(button);
    }
    connect(m_reportButton, &QPushButton::clicked, this, &AnnualFiguresPage::editAnnualReport);
    connect(m_manualButton, &QPushButton::clicked, this, &AnnualFiguresPage::editManualFigure);
    connect(m_courtButton, &QPushButton::clicked, this, &AnnualFiguresPage::editCourtCases);
    auto *importButton = new QPushButton(tr("Import received reports…"), this);
    importButton->setObjectName(QStringLiteral("importReportsButton"));
    importButton->setToolTip(
        tr("The annual reports the institutions sent back as files (XLSX, ODS, CSV)"));
    importButton->setEnabled(!context.database->isReadOnly());
    connect(importButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new ImportReportsDialog(*m_context.database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            refreshFigures(documentInstitution());
            Q_EMIT notice(dialog->resultText());
        });
        dialog->open();
    });
    top->addStretch(1);
    // Files for the institutions (SendFormsDialog): the forms of the year, and reminders for the
    // late reports; nothing in the database changes.
    auto *sendFormsButton = new QPushButton(tr("Send forms…"), this);
    sendFormsButton->setObjectName(QStringLiteral("sendFormsButton"));
    sendFormsButton->setToolTip(
        tr("The report's forms of the year shown, for every institution or the one selected"));
    auto *remindButton = new QPushButton(tr("Remind…"), this);
    remindButton->setObjectName(QStringLiteral("remindButton"));
    remindButton->setToolTip(
        tr("E-mails to the institutions whose report of the year shown is overdue"));
    // The year's own actions, beside the forms of one institution's report.
    auto *yearActions = new QHBoxLayout;
    yearActions->addWidget(sendFormsButton);
    yearActions->addWidget(remindButton);
    yearActions->addWidget(importButton);
    const auto openSendForms = [this](SendFormsDialog::Mode mode) {
        const qint64 institution = documentInstitution();
        auto *dialog = new SendFormsDialog(mode, *m_context.database, m_model->year(), institution,
                                           institution > 0 ? institutionName() : QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    connect(sendFormsButton, &QPushButton::clicked, this,
            [openSendForms] { openSendForms(SendFormsDialog::Mode::Forms); });
    connect(remindButton, &QPushButton::clicked, this,
            [openSendForms] { openSendForms(SendFormsDialog::Mode::Reminders); });

    m_conclusionsButton = new QPushButton(tr("Conclusions…"), this);
    m_conclusionsButton->setToolTip(
        tr("The Service's conclusions and recommendations for the year shown"));
    m_modelsButton = new QPushButton(tr("Report models…"), this);
    m_modelsButton->setToolTip(tr("The models of the annual report: load a corrected model file"));
    yearActions->addWidget(m_conclusionsButton);
    yearActions->addWidget(m_modelsButton);
    yearActions->addStretch(1);
    connect(m_conclusionsButton, &QPushButton::clicked, this, &AnnualFiguresPage::editConclusions);
    connect(m_modelsButton, &QPushButton::clicked, this, &AnnualFiguresPage::editReportModels);

    auto *readable = new ReadableHeaderProxy(this);
    readable->setSourceModel(proxy);
    m_view =
        makeTable(readable, this,
                  {.singleSelection = false, .stretchLastColumn = false, .smoothScroll = true});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(yearActions);
    layout->addWidget(legend);
    layout->addWidget(m_documentHint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);

    connect(m_year, &QSpinBox::valueChanged, this, &AnnualFiguresPage::showYear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnnualFiguresPage::updateDocumentHint);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnnualFiguresPage::updateDocumentHint);
    showYear(lastYear);
}

QString AnnualFiguresPage::statusText() const
{
    return tr("Annual figures of %1").arg(m_model->year());
}

void AnnualFiguresPage::showYear(int year)
{
    if (m_model->year() != year)
        m_model->setYear(year);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(
        AnnualFiguresTableModel::Institution,
        std::min(m_view->columnWidth(AnnualFiguresTableModel::Institution), 320));
    QStringList names;
    for (const Institution &i : AnnualFigures::missing(m_context.database->connection(), year))
        names << i.name.toHtmlEscaped();
    m_missing->setText(
        names.isEmpty()
            ? tr("Every institution has reported for %1.").arg(year)
            : tr("<b>Not reported for %1:</b> %2").arg(year).arg(names.join(QLatin1String("; "))));
    updateDocumentHint();
    Q_EMIT statusTextChanged(statusText());
}

qint64 AnnualFiguresPage::documentInstitution() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() ||
        !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.siblingAtColumn(0)
        .data(RecordTableModel::IdRole)
        .toLongLong(); // 0 on the totals
}

void AnnualFiguresPage::updateDocumentHint()
{
    const qint64 institution = documentInstitution();
    if (institution > 0) {
        const QString name = m_view->selectionModel()
                                 ->currentIndex()
                                 .siblingAtColumn(AnnualFiguresTableModel::Institution)
                                 .data()
                                 .toString();
        m_documentHint->setText(
            tr("Print and Export PDF give the annual report of %1 for %2. Select the totals "
               "row for the national synthesis.")
                .arg(name)
                .arg(m_model->year()));
    } else {
        m_documentHint->setText(
            tr("Print and Export PDF give the national synthesis of %1. Select an institution "
               "for its own annual report.")
                .arg(m_model->year()));
    }
    updateButtons();
}

AnnualReportDialog *AnnualFiguresPage::reportDialog() const
{
    return m_reportDialog;
}

ManualFigureDialog *AnnualFiguresPage::manualDialog() const
{
    return m_manualDialog;
}

ConclusionsDialog *AnnualFiguresPage::conclusionsDialog() const
{
    return m_conclusionsDialog;
}

CourtCasesDialog *AnnualFiguresPage::courtDialog() const
{
    return m_courtDialog;
}

void AnnualFiguresPage::refreshFigures(qint64 institution)
{
    m_model->refresh();
    showYear(m_model->year());
    QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (institution > 0 && index.data(RecordTableModel::IdRole).toLongLong() == institution) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            break;
        }
    }
}

void AnnualFiguresPage::updateButtons()
{
    const bool institution = documentInstitution() > 0 && m_context.undoStack != nullptr;
    for (QPushButton *button : {m_reportButton, m_manualButton, m_courtButton})
        button->setEnabled(institution);
    m_conclusionsButton->setEnabled(m_context.undoStack != nullptr);
}

QString AnnualFiguresPage::institutionName() const
{
    return m_view->selectionModel()
        ->currentIndex()
        .siblingAtColumn(AnnualFiguresTableModel::Institution)
        .data()
        .toString();
}

bool AnnualFiguresPage::run(RecordCommand *command, const QString &title)
{
    std::unique_ptr<RecordCommand> owned(command);
    if (const Status status = owned->execute(); !status) {
        Dialogs::warning(this, title, status.error());
        return false;
    }
    m_context.undoStack->push(owned.release());
    return true;
}

void AnnualFiguresPage::editAnnualReport()
{
    const qint64 institution = documentInstitution();
    if (institution <= 0 || !m_context.undoStack)
        return;
    const QSqlDatabase db = m_context.database->connection();
    const int year = m_model->year();
    const AnnualReport opened =
        AnnualReportRepository(db)
            .report(institution, year)
            .value_or(AnnualReport{0, institution, year, QDate(), QString()});
    auto *dialog = new AnnualReportDialog(institutionName(), opened, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reportDialog = dialog;
    // The report as stored when the form opened, to see at Save whether someone else changed it.
    auto loaded = std::make_shared<AnnualReport>(dialog->record());
    const RecordCommandContext context = pageCommandContext(
        db, this, tr("Annual report"), [this](qint64 id) { refreshFigures(id); });
    const auto stored = [db, institution, year] {
        return AnnualReportRepository(db).report(institution, year);
    };
    connect(dialog, &AnnualReportDialog::saveRequested, this, [=, this] {
        const std::optional<AnnualReport> current = stored();
        if (current) {
            if (const std::optional<bool> settled = settleConflict(dialog, *loaded, *current)) {
                if (*settled)
                    dialog->accept();
                return;
            }
        } else if (loaded->id > 0 && !recordGoneAddAgain(dialog)) {
            return;
        }
        if (run(new AnnualReportCommand(context, institution, year, current, dialog->record()),
                tr("Annual report")))
            dialog->accept();
    });
    connect(dialog, &AnnualReportDialog::removeRequested, this, [=, this] {
        // Removed at once (Edit > Undo puts it back), unless someone else changed it or removed
        // it while the form was open.
        const std::optional<AnnualReport> current = stored();
        if (!current) {
            recordAlreadyDeleted(dialog, tr("Annual report"));
            dialog->reject();
            return;
        }
        if (current->toJson() != loaded->toJson() &&
            !deleteChangedRecordAnyway(dialog, tr("Annual report"),
                                       changedValues(loaded->toJson(), current->toJson())))
            return;
        if (run(new AnnualReportCommand(context, institution, year, current, std::nullopt),
                tr("Annual report")))
            dialog->accept();
    });
    dialog->open();
}

void AnnualFiguresPage::editManualFigure()
{
    const qint64 institution = documentInstitution();
    if (institution <= 0 || !m_context.undoStack)
        return;
    const QSqlDatabase db = m_context.database->connection();
    const int year = m_model->year();
    auto *dialog = new ManualFigureDialog(db, institution, institutionName(), year, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_manualDialog = dialog;
    const RecordCommandContext context = pageCommandContext(
        db, this, tr("Manual figure"), [this](qint64 id) { refreshFigures(id); });
    connect(dialog, &ManualFigureDialog::saveRequested, this, [=, this] {
        const QString code = dialog->code();
        if (const QString refusal = dialog->refusal(); !refusal.isEmpty()) {
            Dialogs::warning(this, tr("Manual figure"), refusal);
            return;
        }
        // Someone else may have typed the figure since the code was chosen: their number is
        // saved over only when the user says so.
        const std::optional<ManualFigure> stored = dialog->existing();
        if (const QStringList changes = figureChanges(dialog->shown(), stored);
            !changes.isEmpty() && !saveOverChangedRecord(dialog, tr("Manual figure"), changes)) {
            dialog->reject();
            return;
        }
        ManualFigure after{institution, year, code, dialog->value(), AuditLog::osUser(), {}};
        if (run(new ManualFigureCommand(context, institution, year, code, stored, after),
                tr("Manual figure")))
            dialog->accept();
    });
    connect(dialog, &ManualFigureDialog::removeRequested, this, [=, this] {
        const QString code = dialog->code();
        const std::optional<ManualFigure> stored = dialog->existing();
        if (!stored) {
            recordAlreadyDeleted(dialog, tr("Manual figure"));
            dialog->reject();
            return;
        }
        if (const QStringList changes = figureChanges(dialog->shown(), stored);
            !changes.isEmpty() && !deleteChangedRecordAnyway(dialog, tr("Manual figure"), changes))
            return;
        if (run(new ManualFigureCommand(context, institution, year, code, stored, std::nullopt),
                tr("Manual figure")))
            dialog->accept();
    });
    dialog->open();
}

void AnnualFiguresPage::editCourtCases()
{
    const qint64 institution = documentInstitution();
    if (institution <= 0 || !m_context.undoStack)
        return;
    const QSqlDatabase db = m_context.database->connection();
    const RecordCommandContext context =
        pageCommandContext(db, this, tr("Court cases"), [this](qint64 id) {
            refreshFigures(id);
            if (m_courtDialog)
                m_courtDialog->reload();
        });
    auto *dialog = new CourtCasesDialog(
        db, institution, institutionName(), m_model->year(),
        [=, this](const CourtCase &before, const CourtCase &after) -> Status {
            return run(new CourtCaseCommand(context, before, after), tr("Court cases"))
                       ? Status()
                       : Status::failure(tr("The court case was not saved."));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_courtDialog = dialog;
    dialog->open();
}

void AnnualFiguresPage::editConclusions()
{
    if (!m_context.undoStack)
        return;
    const QSqlDatabase db = m_context.database->connection();
    const int year = m_model->year();
    const auto stored = [db, year] {
        return YearConclusions{year, AnnualReportRepository(db).conclusions(year)};
    };
    auto *dialog = new ConclusionsDialog(stored(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conclusionsDialog = dialog;
    // The text as stored when the form opened, to see at Save whether someone else changed it.
    auto loaded = std::make_shared<YearConclusions>(dialog->record());
    const RecordCommandContext context = pageCommandContext(
        db, this, tr("Conclusions"), [this](qint64) { refreshFigures(documentInstitution()); });
    connect(dialog, &ConclusionsDialog::saveRequested, this, [=, this] {
        const YearConclusions current = stored();
        if (const std::optional<bool> settled = settleConflict(dialog, *loaded, current)) {
            if (*settled)
                dialog->accept();
            return;
        }
        if (run(new ConclusionsCommand(context, year, current.text, dialog->text()),
                tr("Conclusions")))
            dialog->accept();
    });
    dialog->open();
}

void AnnualFiguresPage::editReportModels()
{
    auto *dialog = new ReportModelsDialog(m_context.database->connection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportModelsDialog::modelsChanged, this,
            [this] { refreshFigures(documentInstitution()); });
    dialog->open();
}

bool AnnualFiguresPage::hasDocument() const
{
    return m_context.database != nullptr;
}

reports::ReportDocument AnnualFiguresPage::document() const
{
    if (!hasDocument())
        return {};
    const qint64 institution = documentInstitution();
    Result<reports::ReportDocument> document =
        institution > 0
            ? reports::buildInstitutionTransparencyReport(*m_context.database, institution,
                                                          m_model->year(), QLocale())
            : reports::buildTransparencySynthesis(*m_context.database, m_model->year(), QLocale());
    if (!document) {
        Dialogs::warning(window(), tr("Annual transparency report"), document.error());
        return {};
    }
    return std::move(document).value();
}

void AnnualFiguresPage::reloadRecords()
{
    refreshFigures(documentInstitution());
}

} // namespace dc

#include "AnnualReportForms.h"

#include "common/RecordEditing.h"

#include "transparency/AnnualFigures.h"
#include "transparency/FormIndicators.h"
#include "transparency/PublicMeetingRepository.h"

#include "ui_CourtCasesDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace dc {

// --- AnnualReportDialog -------------------------------------------------------------------------

AnnualReportDialog::AnnualReportDialog(const QString &institutionName, const AnnualReport &report,
                                       QWidget *parent)
    : RecordFormFor(parent)
{
    setWindowTitle(tr("Annual report received"));
    m_receivedOn = new QDateEdit(this);
    m_receivedOn->setObjectName(QStringLiteral("receivedOn"));
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_selfEvaluation = new QPlainTextEdit(this);
    m_selfEvaluation->setObjectName(QStringLiteral("selfEvaluation"));
    m_selfEvaluation->setTabChangesFocus(true);

    auto *heading = new QLabel(tr("The report of <b>%1</b> for <b>%2</b> on applying Law 52/2003.")
                                   .arg(institutionName.toHtmlEscaped())
                                   .arg(report.year),
                               this);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Received on:"), m_receivedOn);
    form->addRow(tr("&D, the institution's own evaluation:"), m_selfEvaluation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    setUpForm(buttons, nullptr, nullptr, OnSave::AskPage);
    addRemoveButton(tr("&Remove the report"));
    watch({m_receivedOn, m_selfEvaluation});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 300);
    setRecord(report);
}

void AnnualReportDialog::load(const AnnualReport &report)
{
    // A report not recorded yet is received today, as a rule.
    m_receivedOn->setDate(report.receivedOn.isValid() ? report.receivedOn : QDate::currentDate());
    m_selfEvaluation->setPlainText(report.selfEvaluation);
}

void AnnualReportDialog::updateFields()
{
    removeButton()->setEnabled(m_original.id > 0);
}

AnnualReport AnnualReportDialog::record() const
{
    AnnualReport r = m_original;
    r.receivedOn = m_receivedOn->date();
    r.selfEvaluation = m_selfEvaluation->toPlainText().trimmed();
    return r;
}

QStringList AnnualReportDialog::problems() const
{
    return {};
}

// --- ManualFigureDialog -------------------------------------------------------------------------

ManualFigureDialog::ManualFigureDialog(QSqlDatabase db, qint64 institutionId,
                                       const QString &institutionName, int year, QWidget *parent)
    : RecordForm(parent), m_db(std::move(db)), m_institution(institutionId), m_year(year)
{
    setWindowTitle(tr("Manual figure"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("code"));
    for (const FormIndicator &indicator : FormIndicators::all()) {
        if (indicator.kind != FigureKind::Count)
            continue;
        const QString code = FormIndicators::code(indicator);
        m_code->addItem(QStringLiteral("%1 – %2").arg(code, FormIndicators::label(indicator)),
                        code);
    }
    m_value = new QSpinBox(this);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setRange(0, std::numeric_limits<int>::max());
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_entered = new QLabel(this);
    m_entered->setWordWrap(true);

    auto *heading = new QLabel(
        tr("A figure of <b>%1</b> for <b>%2</b> typed from the paper report. It is allowed "
           "only where no record provides the figure.")
            .arg(institutionName.toHtmlEscaped())
            .arg(year),
        this);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Indicator:"), m_code);
    form->addRow(tr("&Value:"), m_value);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    setUpForm(buttons, m_refusal, nullptr, OnSave::AskPage);
    addRemoveButton(tr("&Remove the figure"));
    connect(m_code, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<ManualFigure> figure = existing())
            m_value->setValue(int(figure->value));
        check();
    });
    watch({m_value});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_entered);
    layout->addWidget(buttons);
    if (const std::optional<ManualFigure> figure = existing())
        m_value->setValue(int(figure->value));
    check();
    resize(520, 220);
}

QString ManualFigureDialog::code() const
{
    return m_code->currentData().toString();
}

qint64 ManualFigureDialog::value() const
{
    return m_value->value();
}

bool ManualFigureDialog::setCode(const QString &code)
{
    const int index = m_code->findData(code);
    if (index < 0)
        return false;
    m_code->setCurrentIndex(index);
    return true;
}

std::optional<ManualFigure> ManualFigureDialog::existing() const
{
    const QString chosen = code();
    for (const ManualFigure &figure :
         AnnualReportRepository(m_db).manualFigures(m_institution, m_year)) {
        if (figure.code == chosen)
            return figure;
    }
    return std::nullopt;
}

QString ManualFigureDialog::refusal() const
{
    const QString chosen = code();
    if (chosen.isEmpty() || !AnnualFigures::recordsProvide(m_db, m_institution, m_year, chosen))
        return {};
    return tr("%1 is computed from the records of %2 for this institution; a figure typed by hand "
              "is not allowed.")
        .arg(chosen)
        .arg(m_year);
}

QStringList ManualFigureDialog::problems() const
{
    const QString why = refusal();
    return why.isEmpty() ? QStringList() : QStringList{why};
}

bool ManualFigureDialog::isChanged() const
{
    const std::optional<ManualFigure> figure = existing();
    return !figure || figure->value != value();
}

void ManualFigureDialog::updateFields()
{
    // Read when the code is chosen, not at every key: Save compares it with the figure stored
    // then, to see whether someone else typed one meanwhile.
    if (code() != m_shownCode) {
        m_shownCode = code();
        m_shown = existing();
    }
    const std::optional<ManualFigure> &figure = m_shown;
    removeButton()->setEnabled(figure.has_value());
    m_entered->setText(
        figure ? tr("Typed earlier: %1, by %2 on %3.")
                     .arg(figure->value)
                     .arg(figure->enteredBy,
                          QLocale().toString(figure->enteredAt.toLocalTime(), QLocale::ShortFormat))
               : QString());
    m_entered->setVisible(figure.has_value());
}

// --- CourtCasesDialog ---------------------------------------------------------------------------

CourtCasesDialog::CourtCasesDialog(QSqlDatabase db, qint64 institutionId,
                                   const QString &institutionName, int year, Change change,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CourtCasesDialog>()), m_db(std::move(db)),
      m_institution(institutionId), m_change(std::move(change))
{
    m_ui->setupUi(this);
    m_ui->heading->setText(tr("Court cases under Law 52/2003 brought against <b>%1</b>.")
                               .arg(institutionName.toHtmlEscaped()));
    m_ui->year->setValue(year);
    for (const CourtCaseStatus status : {CourtCaseStatus::Pending, CourtCaseStatus::WonByPlaintiff,
                                         CourtCaseStatus::WonByInstitution})
        m_ui->status->addItem(courtCaseStatusName(status), int(status));

    connect(m_ui->cases, &QListWidget::currentRowChanged, this, &CourtCasesDialog::showSelected);
    connect(m_ui->add, &QPushButton::clicked, this, [this] { run(CourtCase(), typed()); });
    connect(m_ui->save, &QPushButton::clicked, this, &CourtCasesDialog::saveSelected);
    connect(m_ui->remove, &QPushButton::clicked, this, &CourtCasesDialog::removeSelected);
    connect(m_ui->close, &QPushButton::clicked, this, &QDialog::accept);
    reload();
    resize(480, 420);
}

CourtCasesDialog::~CourtCasesDialog() = default;

QListWidget *CourtCasesDialog::list() const
{
    return m_ui->cases;
}

QSpinBox *CourtCasesDialog::yearBox() const
{
    return m_ui->year;
}

QComboBox *CourtCasesDialog::statusBox() const
{
    return m_ui->status;
}

QLineEdit *CourtCasesDialog::referenceEdit() const
{
    return m_ui->reference;
}

QPushButton *CourtCasesDialog::addButton() const
{
    return m_ui->add;
}

QPushButton *CourtCasesDialog::saveButton() const
{
    return m_ui->save;
}

QPushButton *CourtCasesDialog::deleteButton() const
{
    return m_ui->remove;
}

void CourtCasesDialog::reload()
{
    const std::optional<CourtCase> current = selected();
    m_cases = PublicMeetingRepository(m_db).courtCases(m_institution);
    const QSignalBlocker blocker(m_ui->cases);
    m_ui->cases->clear();
    int row = -1;
    for (const CourtCase &c : std::as_const(m_cases)) {
        QString text = QStringLiteral("%1 – %2").arg(c.year).arg(courtCaseStatusName(c.status));
        if (!c.reference.isEmpty())
            text += QStringLiteral(" (%1)").arg(c.reference);
        m_ui->cases->addItem(text);
        if (current && current->id == c.id)
            row = m_ui->cases->count() - 1;
    }
    m_ui->cases->setCurrentRow(row);
    showSelected();
}

CourtCase CourtCasesDialog::typed() const
{
    CourtCase c;
    c.institutionId = m_institution;
    c.year = m_ui->year->value();
    c.status = CourtCaseStatus(m_ui->status->currentData().toInt());
    c.reference = m_ui->reference->text().trimmed();
    return c;
}

std::optional<CourtCase> CourtCasesDialog::selected() const
{
    const int row = m_ui->cases->currentRow();
    if (row < 0 || row >= m_cases.size())
        return std::nullopt;
    return m_cases.at(row);
}

void CourtCasesDialog::showSelected()
{
    const std::optional<CourtCase> c = selected();
    m_ui->save->setEnabled(c.has_value());
    m_ui->remove->setEnabled(c.has_value());
    if (!c)
        return;
    m_ui->year->setValue(c->year);
    m_ui->status->setCurrentIndex(m_ui->status->findData(int(c->status)));
    m_ui->reference->setText(c->reference);
}

void CourtCasesDialog::saveSelected()
{
    const std::optional<CourtCase> shown = selected();
    if (!shown)
        return;
    CourtCase after = typed();
    after.id = shown->id;
    after.subject = shown->subject;
    // Someone else may have changed or deleted the case since the list was read.
    const std::optional<CourtCase> stored = PublicMeetingRepository(m_db).findCourtCase(shown->id);
    if (!stored) {
        if (!recordGoneAddAgain(this))
            return reload();
        after.id = 0;
        return run(CourtCase(), after);
    }
    if (stored->toJson() != shown->toJson() && stored->toJson() != after.toJson() &&
        !saveOverChangedRecord(this, windowTitle(),
                               changedValues(shown->toJson(), stored->toJson())))
        return reload();
    after.subject = stored->subject;
    run(*stored, after);
}

void CourtCasesDialog::removeSelected()
{
    const std::optional<CourtCase> shown = selected();
    if (!shown)
        return;
    const std::optional<CourtCase> stored = PublicMeetingRepository(m_db).findCourtCase(shown->id);
    if (!stored) {
        recordAlreadyDeleted(this, windowTitle());
        return reload();
    }
    if (stored->toJson() != shown->toJson() &&
        !deleteChangedRecordAnyway(this, windowTitle(),
                                   changedValues(shown->toJson(), stored->toJson())))
        return reload();
    run(*stored, CourtCase());
}

void CourtCasesDialog::run(const CourtCase &before, const CourtCase &after)
{
    if (m_change && m_change(before, after))
        reload();
}

} // namespace dc

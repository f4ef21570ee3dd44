#include "AnnualReportForms.h"

#include "transparency/AnnualFigures.h"
#include "transparency/FormIndicators.h"
#include "transparency/PublicMeetingRepository.h"

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

AnnualReportDialog::AnnualReportDialog(const QString &institutionName, int year,
                                       const std::optional<AnnualReport> &existing, QWidget *parent)
    : RecordForm(parent), m_existing(existing)
{
    setWindowTitle(tr("Annual report received"));
    m_receivedOn = new QDateEdit(this);
    m_receivedOn->setObjectName(QStringLiteral("receivedOn"));
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_receivedOn->setDate(existing ? existing->receivedOn : QDate::currentDate());
    m_selfEvaluation = new QPlainTextEdit(this);
    m_selfEvaluation->setObjectName(QStringLiteral("selfEvaluation"));
    m_selfEvaluation->setTabChangesFocus(true);
    if (existing)
        m_selfEvaluation->setPlainText(existing->selfEvaluation);

    auto *heading = new QLabel(tr("The report of <b>%1</b> for <b>%2</b> on applying Law 52/2003.")
                                   .arg(institutionName.toHtmlEscaped())
                                   .arg(year),
                               this);
    heading->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Received on:"), m_receivedOn);
    form->addRow(tr("&D, the institution's own evaluation:"), m_selfEvaluation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    setUpForm(buttons, nullptr, nullptr, OnSave::AskPage);
    addRemoveButton(tr("&Remove the report"))->setEnabled(existing.has_value());
    watch({m_receivedOn, m_selfEvaluation});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 300);
    check();
}

AnnualReport AnnualReportDialog::report() const
{
    AnnualReport r;
    r.receivedOn = m_receivedOn->date();
    r.selfEvaluation = m_selfEvaluation->toPlainText().trimmed();
    return r;
}

QStringList AnnualReportDialog::problems() const
{
    return {};
}

bool AnnualReportDialog::isChanged() const
{
    const AnnualReport now = report();
    return !m_existing || now.receivedOn != m_existing->receivedOn ||
           now.selfEvaluation != m_existing->selfEvaluation.trimmed();
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
    const std::optional<ManualFigure> figure = existing();
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
    : QDialog(parent), m_db(std::move(db)), m_institution(institutionId),
      m_change(std::move(change))
{
    setWindowTitle(tr("Court cases"));
    auto *heading = new QLabel(tr("Court cases under Law 52/2003 brought against <b>%1</b>.")
                                   .arg(institutionName.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cases"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2003, 2100);
    m_year->setValue(year);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const CourtCaseStatus status : {CourtCaseStatus::Pending, CourtCaseStatus::WonByPlaintiff,
                                         CourtCaseStatus::WonByInstitution})
        m_status->addItem(courtCaseStatusName(status), int(status));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("optional"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Case &number:"), m_reference);

    m_add = new QPushButton(tr("&Add as a new case"), this);
    m_save = new QPushButton(tr("Save &changes"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &CourtCasesDialog::showSelected);
    connect(m_add, &QPushButton::clicked, this, [this] { run(CourtCase(), typed()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const std::optional<CourtCase> before = selected()) {
            CourtCase after = typed();
            after.id = before->id;
            after.subject = before->subject;
            run(*before, after);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const std::optional<CourtCase> before = selected())
            run(*before, CourtCase());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    reload();
    resize(480, 420);
}

void CourtCasesDialog::reload()
{
    const std::optional<CourtCase> current = selected();
    m_cases = PublicMeetingRepository(m_db).courtCases(m_institution);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = -1;
    for (const CourtCase &c : std::as_const(m_cases)) {
        QString text = QStringLiteral("%1 – %2").arg(c.year).arg(courtCaseStatusName(c.status));
        if (!c.reference.isEmpty())
            text += QStringLiteral(" (%1)").arg(c.reference);
        m_list->addItem(text);
        if (current && current->id == c.id)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    showSelected();
}

CourtCase CourtCasesDialog::typed() const
{
    CourtCase c;
    c.institutionId = m_institution;
    c.year = m_year->value();
    c.status = CourtCaseStatus(m_status->currentData().toInt());
    c.reference = m_reference->text().trimmed();
    return c;
}

std::optional<CourtCase> CourtCasesDialog::selected() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    if (row < 0 || row >= m_cases.size())
        return std::nullopt;
    return m_cases.at(row);
}

void CourtCasesDialog::showSelected()
{
    const std::optional<CourtCase> c = selected();
    m_save->setEnabled(c.has_value());
    m_delete->setEnabled(c.has_value());
    if (!c)
        return;
    m_year->setValue(c->year);
    m_status->setCurrentIndex(m_status->findData(int(c->status)));
    m_reference->setText(c->reference);
}

void CourtCasesDialog::run(const CourtCase &before, const CourtCase &after)
{
    if (m_change && m_change(before, after))
        reload();
}

} // namespace dc

#include "FundingCallDialog.h"

#include "ui_FundingCallDialog.h"

#include "common/DateFields.h"
#include "funding/FundingRepository.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dc {

FundingCallDialog::FundingCallDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FundingCallDialog>()), m_db(std::move(db))
{
    m_ui->setupUi(this);
    m_ui->institution->addItem(tr("(choose)"), 0);
    for (const Institution &i : InstitutionRepository(m_db).all())
        m_ui->institution->addItem(i.name, i.id);
    m_ui->domain->addItem(tr("(every domain)"), 0);
    for (const Domain &d : OrganizationRepository(m_db).domains())
        m_ui->domain->addItem(d.name, d.id);
    for (QDateEdit *edit : {m_ui->opensOn, m_ui->submissionDeadline, m_ui->resultsOn})
        datefields::setUpOptional(edit);
    m_ui->problems->setStyleSheet(QStringLiteral("color:#b00020"));
    m_ui->warnings->setStyleSheet(QStringLiteral("color:#8c3c00"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveButton()->isEnabled())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *combo : {m_ui->institution, m_ui->domain})
        connect(combo, &QComboBox::currentIndexChanged, this, &FundingCallDialog::check);
    for (QLineEdit *line : {m_ui->name, m_ui->budget})
        connect(line, &QLineEdit::textChanged, this, &FundingCallDialog::check);
    connect(m_ui->year, &QSpinBox::valueChanged, this, &FundingCallDialog::check);
    connect(m_ui->notes, &QPlainTextEdit::textChanged, this, &FundingCallDialog::check);
    for (QDateEdit *edit : {m_ui->opensOn, m_ui->submissionDeadline, m_ui->resultsOn})
        connect(edit, &QDateEdit::dateChanged, this, &FundingCallDialog::check);
    FundingCall fresh;
    fresh.year = QDate::currentDate().year();
    setCall(fresh);
}

FundingCallDialog::~FundingCallDialog() = default;

void FundingCallDialog::setCall(const FundingCall &c)
{
    m_loading = true;
    m_original = c;
    m_ui->institution->setCurrentIndex(std::max(0, m_ui->institution->findData(c.institutionId)));
    m_ui->name->setText(c.name);
    m_ui->year->setValue(c.year > 0 ? c.year : QDate::currentDate().year());
    m_ui->domain->setCurrentIndex(std::max(0, m_ui->domain->findData(c.domainId)));
    // Two decimals with the Romanian marks, as people type them; read back exactly.
    m_ui->budget->setText(c.budget.isZero() && c.id == 0 ? QString() : c.budget.toDisplay());
    datefields::setDateOf(m_ui->opensOn, c.opensOn);
    datefields::setDateOf(m_ui->submissionDeadline, c.submissionDeadline);
    datefields::setDateOf(m_ui->resultsOn, c.resultsOn);
    m_ui->notes->setPlainText(c.notes);
    m_loading = false;
    m_original = call();
    check();
}

FundingCall FundingCallDialog::call() const
{
    FundingCall c;
    c.id = m_original.id;
    c.institutionId = m_ui->institution->currentData().toLongLong();
    c.name = m_ui->name->text();
    c.year = m_ui->year->value();
    c.domainId = m_ui->domain->currentData().toLongLong();
    c.budget = Money::parse(m_ui->budget->text()).value_or(Money());
    c.opensOn = datefields::dateOf(m_ui->opensOn);
    c.submissionDeadline = datefields::dateOf(m_ui->submissionDeadline);
    c.resultsOn = datefields::dateOf(m_ui->resultsOn);
    c.notes = m_ui->notes->toPlainText();
    normalizeCall(c);
    return c;
}

QStringList FundingCallDialog::problems() const
{
    QStringList result = validateCall(call());
    const QString budget = m_ui->budget->text().trimmed();
    if (!budget.isEmpty() && !Money::parse(budget))
        result << tr("Budget: not an amount in lei with at most two decimals (e.g. 250.000,00).");
    return result;
}

QStringList FundingCallDialog::warnings() const
{
    QStringList result;
    const FundingCall c = call();
    if (m_ui->budget->text().trimmed().isEmpty())
        result << tr("Budget: not given; the share of the budget awarded cannot be computed.");
    if (c.id > 0) {
        Money granted;
        for (const AwardLine &line : FundingRepository(m_db).awardLines(c.id)) {
            if (line.award.status != AwardStatus::Cancelled)
                granted += line.award.granted;
        }
        if (!c.budget.isZero() && granted > c.budget)
            result << tr("Budget: the awards already grant %1, more than this budget.")
                          .arg(granted.toDisplay());
    }
    return result;
}

QPushButton *FundingCallDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

void FundingCallDialog::check()
{
    if (m_loading)
        return;
    const QStringList problemList = problems();
    const QStringList warningList = warnings();
    m_ui->problems->setText(problemList.join(QLatin1Char('\n')));
    m_ui->problems->setVisible(!problemList.isEmpty());
    m_ui->warnings->setText(warningList.join(QLatin1Char('\n')));
    m_ui->warnings->setVisible(!warningList.isEmpty());
    const bool changed = m_original.id == 0 || call().toJson() != m_original.toJson();
    saveButton()->setEnabled(problemList.isEmpty() && changed);
}

} // namespace dc

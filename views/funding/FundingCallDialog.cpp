#include "FundingCallDialog.h"

#include "ui_FundingCallDialog.h"

#include "common/DateFields.h"
#include "funding/FundingRepository.h"
#include "funding/FundingRules.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QLineEdit>

namespace dc {

FundingCallDialog::FundingCallDialog(QSqlDatabase db, QWidget *parent)
    : RecordFormOf(parent), m_db(std::move(db))
{
    m_ui->institution->addItem(tr("(choose)"), 0);
    for (const Institution &i : InstitutionRepository(m_db).all())
        m_ui->institution->addItem(i.name, i.id);
    m_ui->domain->addItem(tr("(every domain)"), 0);
    for (const Domain &d : OrganizationRepository(m_db).domains())
        m_ui->domain->addItem(d.name, d.id);
    for (QDateEdit *edit : {m_ui->opensOn, m_ui->submissionDeadline, m_ui->resultsOn})
        datefields::setUpOptional(edit);
    setUpForm(m_ui->buttons, m_ui->problems, m_ui->warnings);
    watch({m_ui->institution, m_ui->domain, m_ui->name, m_ui->budget, m_ui->year, m_ui->notes,
           m_ui->opensOn, m_ui->submissionDeadline, m_ui->resultsOn});
    FundingCall fresh;
    fresh.year = QDate::currentDate().year();
    setRecord(fresh);
}

void FundingCallDialog::load(const FundingCall &c)
{
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
}

FundingCall FundingCallDialog::record() const
{
    FundingCall c;
    c.id = m_original.id;
    c.institutionId = m_ui->institution->currentData().toLongLong();
    c.name = m_ui->name->text();
    c.year = m_ui->year->value();
    c.domainId = m_ui->domain->currentData().toLongLong();
    c.budget = FundingRules::typedAmount(m_ui->budget->text()).value_or(Money());
    c.opensOn = datefields::dateOf(m_ui->opensOn);
    c.submissionDeadline = datefields::dateOf(m_ui->submissionDeadline);
    c.resultsOn = datefields::dateOf(m_ui->resultsOn);
    c.notes = m_ui->notes->toPlainText();
    normalizeCall(c);
    return c;
}

QStringList FundingCallDialog::problems() const
{
    return FundingRules::callProblems(record(), m_ui->budget->text());
}

QStringList FundingCallDialog::warnings() const
{
    const FundingCall c = record();
    return FundingRules::callWarnings(c, m_ui->budget->text(),
                                      c.id > 0 ? FundingRepository(m_db).awardLines(c.id)
                                               : QList<AwardLine>());
}

} // namespace dc

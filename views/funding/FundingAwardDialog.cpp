#include "FundingAwardDialog.h"

#include "ui_FundingAwardDialog.h"

#include "common/DateFields.h"
#include "common/OrganizationPicker.h"
#include "funding/FundingRepository.h"
#include "funding/FundingRules.h"
#include "transparency/InstitutionRepository.h"

#include <QHash>
#include <QLineEdit>

namespace dc {

namespace {

/// The amount of a field; empty text (and text that is not an amount, a problem) is zero.
Money amountOf(const QLineEdit *edit)
{
    return FundingRules::typedAmount(edit->text()).value_or(Money());
}

QString amountText(Money amount)
{
    return amount.isZero() ? QString() : amount.toDisplay();
}

} // namespace

FundingAwardDialog::FundingAwardDialog(QSqlDatabase db, QWidget *parent)
    : RecordFormOf(parent), m_db(std::move(db))
{
    QHash<qint64, QString> institutions;
    for (const Institution &i : InstitutionRepository(m_db).all())
        institutions.insert(i.id, i.name);
    m_ui->call->addItem(tr("(choose)"), 0);
    for (const FundingCall &c : FundingRepository(m_db).calls()) {
        //: A call in the award form: %1 year, %2 call's name, %3 institution
        m_ui->call->addItem(
            tr("%1 — %2 (%3)")
                .arg(QString::number(c.year), c.name, institutions.value(c.institutionId)),
            c.id);
    }
    for (const AwardStatus s : {AwardStatus::Contracted, AwardStatus::Paid, AwardStatus::Settled,
                                AwardStatus::Cancelled, AwardStatus::Reimbursed})
        m_ui->status->addItem(awardStatusName(s), int(s));
    for (QLineEdit *amount : {m_ui->requested, m_ui->granted, m_ui->paid, m_ui->ownContribution}) {
        amount->setPlaceholderText(tr("e.g. 12.345,67"));
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QDateEdit *edit : {m_ui->contractDate, m_ui->startsOn, m_ui->endsOn})
        datefields::setUpOptional(edit);
    m_organization = new OrganizationPicker(m_db, m_ui->search, m_ui->organizations, this);
    setUpForm(m_ui->buttons, m_ui->problems, m_ui->warnings);
    watch({m_ui->call, m_ui->status, m_ui->project, m_ui->requested, m_ui->granted, m_ui->paid,
           m_ui->ownContribution, m_ui->contractNumber, m_ui->contractDate, m_ui->startsOn,
           m_ui->endsOn});
    connect(m_organization, &OrganizationPicker::changed, this, &FundingAwardDialog::check);
    setRecord(FundingAward());
}

void FundingAwardDialog::load(const FundingAward &a)
{
    m_ui->call->setCurrentIndex(std::max(0, m_ui->call->findData(a.callId)));
    m_organization->setOrganizationId(a.organizationId);
    m_ui->project->setText(a.project);
    m_ui->requested->setText(amountText(a.requested));
    m_ui->granted->setText(amountText(a.granted));
    m_ui->paid->setText(amountText(a.paid));
    m_ui->ownContribution->setText(amountText(a.ownContribution));
    m_ui->contractNumber->setText(a.contractNumber);
    datefields::setDateOf(m_ui->contractDate, a.contractDate);
    datefields::setDateOf(m_ui->startsOn, a.startsOn);
    datefields::setDateOf(m_ui->endsOn, a.endsOn);
    m_ui->status->setCurrentIndex(std::max(0, m_ui->status->findData(int(a.status))));
}

FundingAward FundingAwardDialog::record() const
{
    FundingAward a;
    a.id = m_original.id;
    a.callId = m_ui->call->currentData().toLongLong();
    a.organizationId = m_organization->organizationId();
    a.project = m_ui->project->text();
    a.requested = amountOf(m_ui->requested);
    a.granted = amountOf(m_ui->granted);
    a.paid = amountOf(m_ui->paid);
    a.ownContribution = amountOf(m_ui->ownContribution);
    a.contractNumber = m_ui->contractNumber->text();
    a.contractDate = datefields::dateOf(m_ui->contractDate);
    a.startsOn = datefields::dateOf(m_ui->startsOn);
    a.endsOn = datefields::dateOf(m_ui->endsOn);
    a.status = AwardStatus(m_ui->status->currentData().toInt());
    normalizeAward(a);
    return a;
}

QStringList FundingAwardDialog::problems() const
{
    QStringList result =
        FundingRules::amountProblems({m_ui->requested->text(), m_ui->granted->text(),
                                      m_ui->paid->text(), m_ui->ownContribution->text()});
    result << FundingRepository(m_db).awardProblems(record());
    return result;
}

QStringList FundingAwardDialog::warnings() const
{
    return FundingRules::awardWarnings(record());
}

bool FundingAwardDialog::isChanged() const
{
    return m_original.id == 0 || !record().sameContent(m_original);
}

void FundingAwardDialog::chooseOrganization(const QString &text, qint64 organizationId)
{
    m_organization->choose(text, organizationId);
}

} // namespace dc

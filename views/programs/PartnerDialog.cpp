#include "PartnerDialog.h"
#include "ui_PartnerDialog.h"

#include "common/OrganizationPicker.h"

namespace dc {

namespace {

// The earliest date of the date fields stands for "not known" (their special value text).
const QDate unknownDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setMinimumDate(unknownDate);
    edit->setDate(date.isValid() ? date : unknownDate);
}

} // namespace

PartnerDialog::PartnerDialog(QSqlDatabase db, const Partnership &partnership, QWidget *parent)
    : RecordFormOf(parent)
{
    for (PartnerRole role : {PartnerRole::Promoter, PartnerRole::AssociativeStructure,
                             PartnerRole::Partner, PartnerRole::Beneficiary})
        m_ui->role->addItem(partnerRoleName(role), int(role));
    for (PartnershipStatus status : {PartnershipStatus::Proposed, PartnershipStatus::Active,
                                     PartnershipStatus::Ended, PartnershipStatus::Withdrawn})
        m_ui->status->addItem(partnershipStatusName(status), int(status));
    m_organization = new OrganizationPicker(std::move(db), m_ui->search, m_ui->organizations, this);

    setUpForm(m_ui->buttons, m_ui->messages);
    watch({m_ui->role, m_ui->status, m_ui->startDate, m_ui->endDate, m_ui->notes});
    connect(m_organization, &OrganizationPicker::changed, this, &PartnerDialog::check);
    setRecord(partnership);
}

void PartnerDialog::load(const Partnership &partnership)
{
    setWindowTitle(partnership.id ? tr("Edit partner") : tr("Add partner"));
    m_ui->role->setCurrentIndex(m_ui->role->findData(int(partnership.role)));
    m_ui->status->setCurrentIndex(m_ui->status->findData(int(partnership.status)));
    setDate(m_ui->startDate, partnership.startDate);
    setDate(m_ui->endDate, partnership.endDate);
    m_ui->notes->setText(partnership.notes);
    m_organization->setOrganizationId(partnership.organizationId);
}

Partnership PartnerDialog::record() const
{
    Partnership p = m_original;
    p.organizationId = m_organization->organizationId();
    p.role = PartnerRole(m_ui->role->currentData().toInt());
    p.status = PartnershipStatus(m_ui->status->currentData().toInt());
    p.startDate = dateOf(m_ui->startDate);
    p.endDate = dateOf(m_ui->endDate);
    p.notes = m_ui->notes->text().trimmed();
    return p;
}

QStringList PartnerDialog::problems() const
{
    return validatePartnership(record());
}

void PartnerDialog::chooseOrganization(const QString &text, qint64 organizationId)
{
    m_organization->choose(text, organizationId);
}

} // namespace dc

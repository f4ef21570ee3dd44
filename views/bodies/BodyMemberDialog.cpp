#include "BodyMemberDialog.h"
#include "core/Dates.h"

#include "ui_BodyMemberDialog.h"

#include "common/DateFields.h"
#include "common/OrganizationPicker.h"
#include "transparency/InstitutionRepository.h"

#include <QComboBox>
#include <QCoreApplication>

namespace dc {

namespace {

enum HolderKind
{
    OrganizationHolder,
    InstitutionHolder
};

} // namespace

BodyMemberDialog::BodyMemberDialog(QSqlDatabase db, QWidget *parent, const QDate &today)
    : RecordFormOf(parent), m_db(std::move(db)), m_today(dayOrToday(today))
{
    m_ui->holderKind->addItem(tr("an organization (NGO)"), OrganizationHolder);
    m_ui->holderKind->addItem(tr("an institution"), InstitutionHolder);
    m_ui->institution->addItem(tr("(choose)"), 0);
    for (const Institution &i : InstitutionRepository(m_db).all())
        m_ui->institution->addItem(i.name, i.id);
    for (const MemberRole r :
         {MemberRole::Member, MemberRole::Alternate, MemberRole::Chair, MemberRole::Secretariat})
        m_ui->role->addItem(memberRoleName(r), int(r));
    for (QDateEdit *edit : {m_ui->mandateStart, m_ui->mandateEnd})
        datefields::setUpOptional(edit);
    m_organization = new OrganizationPicker(m_db, m_ui->search, m_ui->organizations, this);
    setUpForm(m_ui->buttons, m_ui->problems, m_ui->warnings);
    watch({m_ui->holderKind, m_ui->institution, m_ui->role, m_ui->representative,
           m_ui->mandateStart, m_ui->mandateEnd});
    connect(m_organization, &OrganizationPicker::changed, this, &BodyMemberDialog::check);
    setRecord(BodyMember());
}

void BodyMemberDialog::load(const BodyMember &m)
{
    m_ui->holderKind->setCurrentIndex(m.institutionId > 0 ? InstitutionHolder : OrganizationHolder);
    m_organization->setOrganizationId(m.organizationId);
    m_ui->institution->setCurrentIndex(std::max(0, m_ui->institution->findData(m.institutionId)));
    m_ui->representative->setText(m.representative);
    m_ui->role->setCurrentIndex(std::max(0, m_ui->role->findData(int(m.role))));
    datefields::setDateOf(m_ui->mandateStart, m.mandateStart);
    datefields::setDateOf(m_ui->mandateEnd, m.mandateEnd);
}

BodyMember BodyMemberDialog::record() const
{
    BodyMember m;
    m.id = m_original.id;
    m.bodyId = m_original.bodyId;
    if (m_ui->holderKind->currentData().toInt() == OrganizationHolder)
        m.organizationId = m_organization->organizationId();
    else
        m.institutionId = m_ui->institution->currentData().toLongLong();
    m.representative = m_ui->representative->text();
    m.role = MemberRole(m_ui->role->currentData().toInt());
    m.mandateStart = datefields::dateOf(m_ui->mandateStart);
    m.mandateEnd = datefields::dateOf(m_ui->mandateEnd);
    normalizeMember(m);
    return m;
}

QStringList BodyMemberDialog::problems() const
{
    const BodyMember m = record();
    QStringList result;
    // The holder named by the field the user fills, rather than the record's either/or rule.
    if (m_ui->holderKind->currentData().toInt() == OrganizationHolder && m.organizationId <= 0)
        result << tr("Organization: choose one from the list (type part of its name).");
    else if (m_ui->holderKind->currentData().toInt() == InstitutionHolder && m.institutionId <= 0)
        result << tr("Institution: required.");
    const QString eitherOr = QCoreApplication::translate(
        "BodyMember", "Member: either an organization or an institution.");
    for (const QString &p : validateMember(m)) {
        if (p != eitherOr)
            result << p;
    }
    return result;
}

QStringList BodyMemberDialog::warnings() const
{
    const BodyMember m = record();
    QStringList result;
    if (m.mandateEnd.isValid() && m.mandateEnd < m_today)
        result << tr("Mandate end: the mandate ended on %1; the seat is shown as expired unless "
                     "it is renewed.")
                      .arg(m.mandateEnd.toString(QStringLiteral("dd.MM.yyyy")));
    if (m.representative.isEmpty())
        result << tr("Representative: nobody is named to sit for the member.");
    return result;
}

void BodyMemberDialog::chooseOrganization(const QString &text, qint64 organizationId)
{
    m_ui->holderKind->setCurrentIndex(OrganizationHolder);
    m_organization->choose(text, organizationId);
}

QString BodyMemberDialog::holderName() const
{
    if (m_ui->holderKind->currentData().toInt() == InstitutionHolder)
        return m_ui->institution->currentText();
    return m_organization->organizationName();
}

void BodyMemberDialog::updateFields()
{
    const bool organization = m_ui->holderKind->currentData().toInt() == OrganizationHolder;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->search), static_cast<QWidget *>(m_ui->searchLabel),
          static_cast<QWidget *>(m_ui->organizations)})
        w->setVisible(organization);
    m_ui->institution->setVisible(!organization);
    m_ui->institutionLabel->setVisible(!organization);
}

} // namespace dc

#include "InstitutionDialog.h"

#include "ui_InstitutionDialog.h"

#include "registry/Geography.h"

#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace dc {

InstitutionDialog::InstitutionDialog(QSqlDatabase db, QWidget *parent) : RecordFormOf(parent)
{
    for (const InstitutionKind k :
         {InstitutionKind::Ministry, InstitutionKind::CentralAgency, InstitutionKind::OtherCentral,
          InstitutionKind::CountyCouncil, InstitutionKind::Prefecture, InstitutionKind::CityHall,
          InstitutionKind::LocalCouncil, InstitutionKind::OtherLocal})
        m_ui->kind->addItem(institutionKindName(k), int(k));
    m_ui->county->addItem(tr("(none)"), 0);
    const Geography geography = Geography::load(db);
    for (const County &c : geography.counties())
        m_ui->county->addItem(c.name, c.id);
    m_ui->liaisonPhone->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9+ ()./-]*")), m_ui->liaisonPhone));
    setUpForm(m_ui->buttons, m_ui->problems);
    watch({m_ui->kind, m_ui->county, m_ui->name, m_ui->liaisonName, m_ui->liaisonFunction,
           m_ui->liaisonEmail, m_ui->liaisonPhone, m_ui->notes});
    setRecord(Institution());
}

void InstitutionDialog::load(const Institution &i)
{
    m_ui->name->setText(i.name);
    m_ui->kind->setCurrentIndex(std::max(0, m_ui->kind->findData(int(i.kind))));
    m_ui->county->setCurrentIndex(std::max(0, m_ui->county->findData(i.countyId)));
    m_ui->liaisonName->setText(i.liaisonName);
    m_ui->liaisonFunction->setText(i.liaisonFunction);
    m_ui->liaisonEmail->setText(i.liaisonEmail);
    m_ui->liaisonPhone->setText(i.liaisonPhone);
    m_ui->notes->setPlainText(i.notes);
}

Institution InstitutionDialog::record() const
{
    Institution i;
    i.id = m_original.id;
    i.name = m_ui->name->text();
    i.kind = InstitutionKind(m_ui->kind->currentData().toInt());
    i.countyId = m_ui->county->currentData().toInt();
    i.liaisonName = m_ui->liaisonName->text();
    i.liaisonFunction = m_ui->liaisonFunction->text();
    i.liaisonEmail = m_ui->liaisonEmail->text();
    i.liaisonPhone = m_ui->liaisonPhone->text();
    i.notes = m_ui->notes->toPlainText();
    return i;
}

QStringList InstitutionDialog::problems() const
{
    return validateInstitution(record());
}

} // namespace dc

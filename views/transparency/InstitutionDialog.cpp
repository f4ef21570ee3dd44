#include "InstitutionDialog.h"

#include "ui_InstitutionDialog.h"

#include "registry/Geography.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace dc {

InstitutionDialog::InstitutionDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InstitutionDialog>())
{
    m_ui->setupUi(this);
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
    m_ui->problems->setStyleSheet(QStringLiteral("color:#b00020"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *combo : {m_ui->kind, m_ui->county})
        connect(combo, &QComboBox::currentIndexChanged, this, &InstitutionDialog::check);
    for (QLineEdit *line : {m_ui->name, m_ui->liaisonName, m_ui->liaisonFunction,
                            m_ui->liaisonEmail, m_ui->liaisonPhone})
        connect(line, &QLineEdit::textChanged, this, &InstitutionDialog::check);
    connect(m_ui->notes, &QPlainTextEdit::textChanged, this, &InstitutionDialog::check);
    setInstitution(Institution());
}

InstitutionDialog::~InstitutionDialog() = default;

void InstitutionDialog::setInstitution(const Institution &i)
{
    m_loading = true;
    m_original = i;
    m_ui->name->setText(i.name);
    m_ui->kind->setCurrentIndex(std::max(0, m_ui->kind->findData(int(i.kind))));
    m_ui->county->setCurrentIndex(std::max(0, m_ui->county->findData(i.countyId)));
    m_ui->liaisonName->setText(i.liaisonName);
    m_ui->liaisonFunction->setText(i.liaisonFunction);
    m_ui->liaisonEmail->setText(i.liaisonEmail);
    m_ui->liaisonPhone->setText(i.liaisonPhone);
    m_ui->notes->setPlainText(i.notes);
    m_loading = false;
    m_original = institution();
    m_original.id = i.id;
    check();
}

Institution InstitutionDialog::institution() const
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
    return validateInstitution(institution());
}

QPushButton *InstitutionDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

void InstitutionDialog::check()
{
    if (m_loading)
        return;
    const QStringList problemList = problems();
    QString html;
    for (const QString &p : problemList)
        html += p.toHtmlEscaped() + QStringLiteral("<br>");
    m_ui->problems->setText(html);
    m_ui->problems->setVisible(!problemList.isEmpty());
    const bool changed = m_original.id == 0 || institution().toJson() != m_original.toJson();
    saveButton()->setEnabled(problemList.isEmpty() && changed);
}

} // namespace dc

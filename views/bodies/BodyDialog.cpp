#include "BodyDialog.h"
#include "core/Dates.h"

#include "ui_BodyDialog.h"

#include "bodies/BodyRepository.h"
#include "bodies/BodyRules.h"
#include "common/DateFields.h"
#include "transparency/InstitutionRepository.h"

#include <QComboBox>

namespace dc {

BodyDialog::BodyDialog(QSqlDatabase db, QWidget *parent, const QDate &today)
    : RecordFormOf(parent), m_db(std::move(db)), m_today(dayOrToday(today))
{
    for (const BodyKind k : {BodyKind::Council, BodyKind::College,
                             BodyKind::InterministerialCommittee, BodyKind::WorkingGroup})
        m_ui->kind->addItem(bodyKindName(k), int(k));
    for (const BodyStatus s : {BodyStatus::Active, BodyStatus::Dissolved})
        m_ui->status->addItem(bodyStatusName(s), int(s));
    m_ui->secretariat->addItem(tr("(none)"), 0);
    for (const Institution &i : InstitutionRepository(m_db).all())
        m_ui->secretariat->addItem(i.name, i.id);
    for (QDateEdit *edit : {m_ui->actDate, m_ui->activeFrom, m_ui->dissolvedOn})
        datefields::setUpOptional(edit);
    setUpForm(m_ui->buttons, m_ui->problems, m_ui->warnings);
    watch({m_ui->kind, m_ui->secretariat, m_ui->status, m_ui->name, m_ui->actNumber, m_ui->purpose,
           m_ui->notes, m_ui->mandateMonths, m_ui->quorum, m_ui->actDate, m_ui->activeFrom,
           m_ui->dissolvedOn});
    setRecord(ConsultativeBody());
}

void BodyDialog::load(const ConsultativeBody &b)
{
    m_ui->name->setText(b.name);
    m_ui->kind->setCurrentIndex(std::max(0, m_ui->kind->findData(int(b.kind))));
    m_ui->actNumber->setText(b.actNumber);
    datefields::setDateOf(m_ui->actDate, b.actDate);
    m_ui->secretariat->setCurrentIndex(
        std::max(0, m_ui->secretariat->findData(b.secretariatInstitutionId)));
    m_ui->purpose->setPlainText(b.purpose);
    m_ui->mandateMonths->setValue(b.mandateMonths.value_or(0));
    m_ui->quorum->setValue(b.quorum.value_or(0));
    m_ui->status->setCurrentIndex(std::max(0, m_ui->status->findData(int(b.status))));
    datefields::setDateOf(m_ui->activeFrom, b.activeFrom);
    datefields::setDateOf(m_ui->dissolvedOn, b.dissolvedOn);
    m_ui->notes->setPlainText(b.notes);
}

ConsultativeBody BodyDialog::record() const
{
    ConsultativeBody b;
    b.id = m_original.id;
    b.name = m_ui->name->text();
    b.kind = BodyKind(m_ui->kind->currentData().toInt());
    b.actNumber = m_ui->actNumber->text();
    b.actDate = datefields::dateOf(m_ui->actDate);
    b.secretariatInstitutionId = m_ui->secretariat->currentData().toLongLong();
    b.purpose = m_ui->purpose->toPlainText();
    if (m_ui->mandateMonths->value() > 0)
        b.mandateMonths = m_ui->mandateMonths->value();
    if (m_ui->quorum->value() > 0)
        b.quorum = m_ui->quorum->value();
    b.status = BodyStatus(m_ui->status->currentData().toInt());
    b.activeFrom = datefields::dateOf(m_ui->activeFrom);
    b.dissolvedOn = datefields::dateOf(m_ui->dissolvedOn);
    b.notes = m_ui->notes->toPlainText();
    normalizeBody(b);
    return b;
}

QStringList BodyDialog::problems() const
{
    const ConsultativeBody b = record();
    QStringList result = validateBody(b);
    if (const auto other = BodyRepository(m_db).findBodyIdByName(b.name);
        !b.name.isEmpty() && other && *other != b.id)
        result << tr("Name: a body named %1 already exists.").arg(b.name);
    return result;
}

QStringList BodyDialog::warnings() const
{
    const ConsultativeBody b = record();
    if (b.id <= 0)
        return {};
    const BodyRepository repository(m_db);
    QStringList result;
    for (const BodyWarning &w :
         BodyRules::check(b, repository.members(b.id), repository.meetings(b.id), m_today)) {
        if (w.kind == BodyWarning::Kind::BelowQuorum)
            result << tr("Quorum: %1").arg(w.message());
    }
    return result;
}

} // namespace dc

#include "PublicMeetingDialog.h"

#include "ui_PublicMeetingDialog.h"

#include "common/DateFields.h"
#include "transparency/DeadlineRules.h"
#include "transparency/InstitutionRepository.h"

#include <QSpinBox>

namespace dc {

PublicMeetingDialog::PublicMeetingDialog(QSqlDatabase db, QWidget *parent) : RecordFormOf(parent)
{
    for (const NameMatcher::Candidate &c : InstitutionRepository(db).candidates())
        m_ui->institution->addItem(c.name, c.id);
    m_ui->closedReason->addItem(tr("(public meeting)"), int(ClosedReason::None));
    for (const ClosedReason r :
         {ClosedReason::Classified, ClosedReason::SecretVote, ClosedReason::Other})
        m_ui->closedReason->addItem(closedReasonName(r), int(r));
    for (QDateEdit *edit : {m_ui->heldOn, m_ui->announcedOn})
        datefields::setUpRequired(edit);
    m_ui->participants->setRange(-1, 1000000);
    m_ui->participants->setSpecialValueText(tr("not known"));
    m_ui->recommendationsExpressed->setRange(0, 1000000);
    m_ui->recommendationsIncluded->setRange(0, 1000000);
    setUpForm(m_ui->buttons, m_ui->problems, m_ui->warnings);
    watch({m_ui->institution, m_ui->closedReason, m_ui->subject, m_ui->closedReasonText,
           m_ui->heldOn, m_ui->announcedOn, m_ui->isPublic, m_ui->announcedAtHeadquarters,
           m_ui->announcedOnWebsite, m_ui->announcedInMedia, m_ui->mediaPresent, m_ui->ngosTookPart,
           m_ui->minutesDrawnUp, m_ui->minutesPublished, m_ui->participants,
           m_ui->recommendationsExpressed, m_ui->recommendationsIncluded});
    PublicMeeting blank;
    blank.institutionId = m_ui->institution->currentData().toLongLong();
    blank.heldOn = QDate::currentDate();
    blank.announcedOn = QDate::currentDate();
    setRecord(blank);
}

void PublicMeetingDialog::load(const PublicMeeting &m)
{
    m_ui->institution->setCurrentIndex(std::max(0, m_ui->institution->findData(m.institutionId)));
    m_ui->subject->setText(m.subject);
    m_ui->heldOn->setDate(m.heldOn.isValid() ? m.heldOn : QDate::currentDate());
    m_ui->isPublic->setChecked(m.isPublic);
    m_ui->closedReason->setCurrentIndex(
        std::max(0, m_ui->closedReason->findData(int(m.closedReason))));
    m_ui->closedReasonText->setText(m.closedReasonText);
    m_ui->announcedOn->setDate(m.announcedOn.isValid() ? m.announcedOn : m_ui->heldOn->date());
    m_ui->announcedAtHeadquarters->setChecked(m.announcedAtHeadquarters);
    m_ui->announcedOnWebsite->setChecked(m.announcedOnWebsite);
    m_ui->announcedInMedia->setChecked(m.announcedInMedia);
    m_ui->mediaPresent->setChecked(m.mediaPresent);
    m_ui->participants->setValue(m.participants.value_or(-1));
    m_ui->ngosTookPart->setChecked(m.ngosTookPart);
    m_ui->recommendationsExpressed->setValue(m.recommendationsExpressed);
    m_ui->recommendationsIncluded->setValue(m.recommendationsIncluded);
    m_ui->minutesDrawnUp->setChecked(m.minutesDrawnUp);
    m_ui->minutesPublished->setChecked(m.minutesPublished);
}

PublicMeeting PublicMeetingDialog::record() const
{
    PublicMeeting m;
    m.id = m_original.id;
    m.institutionId = m_ui->institution->currentData().toLongLong();
    m.subject = m_ui->subject->text();
    m.heldOn = m_ui->heldOn->date();
    m.isPublic = m_ui->isPublic->isChecked();
    m.closedReason =
        m.isPublic ? ClosedReason::None : ClosedReason(m_ui->closedReason->currentData().toInt());
    m.closedReasonText = m.isPublic ? QString() : m_ui->closedReasonText->text();
    m.announcedOn = m_ui->announcedOn->date();
    m.announcedAtHeadquarters = m_ui->announcedAtHeadquarters->isChecked();
    m.announcedOnWebsite = m_ui->announcedOnWebsite->isChecked();
    m.announcedInMedia = m_ui->announcedInMedia->isChecked();
    m.mediaPresent = m_ui->mediaPresent->isChecked();
    if (const int participants = m_ui->participants->value(); participants >= 0)
        m.participants = participants;
    m.ngosTookPart = m_ui->ngosTookPart->isChecked();
    m.recommendationsExpressed = m_ui->recommendationsExpressed->value();
    m.recommendationsIncluded = m_ui->recommendationsIncluded->value();
    m.minutesDrawnUp = m_ui->minutesDrawnUp->isChecked();
    m.minutesPublished = m_ui->minutesPublished->isChecked();
    return m;
}

QStringList PublicMeetingDialog::problems() const
{
    PublicMeeting m = record();
    normalizePublicMeeting(m);
    QStringList result = validatePublicMeeting(m);
    if (!m.isPublic && m.closedReason == ClosedReason::None)
        result << tr(
            "Reason it was closed: a closed meeting needs one of the reasons the law allows.");
    result.removeDuplicates();
    return result;
}

QStringList PublicMeetingDialog::warnings() const
{
    PublicMeeting m = record();
    normalizePublicMeeting(m);
    QStringList result;
    if (m.isPublic) {
        for (const DeadlineWarning &w : DeadlineRules::check(m))
            result << DeadlineRules::message(w);
    }
    return result;
}

void PublicMeetingDialog::updateFields()
{
    const bool closed = !m_ui->isPublic->isChecked();
    m_ui->closedReason->setEnabled(closed);
    m_ui->closedReasonText->setEnabled(closed && m_ui->closedReason->currentData().toInt() ==
                                                     int(ClosedReason::Other));
}

} // namespace dc

#include "DraftActDialog.h"

#include "ui_DraftActDialog.h"

#include "common/DateFields.h"
#include "common/ScreenFit.h"
#include "registry/OrganizationRepository.h"
#include "transparency/DeadlineRules.h"
#include "transparency/InstitutionRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace dc {

namespace {

template <typename Enum> void selectData(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

bool sameDraft(const DraftAct &a, const DraftAct &b)
{
    return a.toJson() == b.toJson() && a.institutionId == b.institutionId;
}

} // namespace

DraftActDialog::DraftActDialog(QSqlDatabase db, QWidget *parent)
    : RecordFormOf(parent), m_db(std::move(db))
{
    resizeWithinScreen(this, QSize(720, 760));
    for (const NameMatcher::Candidate &c : InstitutionRepository(m_db).candidates())
        m_ui->institution->addItem(c.name, c.id);
    for (const DraftActKind k :
         {DraftActKind::Law, DraftActKind::GovernmentDecision, DraftActKind::EmergencyOrdinance,
          DraftActKind::GovernmentOrdinance, DraftActKind::Order,
          DraftActKind::LocalCouncilDecision, DraftActKind::CountyCouncilDecision,
          DraftActKind::Other})
        m_ui->kind->addItem(draftActKindName(k), int(k));
    for (const DraftActStatus s :
         {DraftActStatus::InPreparation, DraftActStatus::Announced, DraftActStatus::Submitted,
          DraftActStatus::Adopted, DraftActStatus::Withdrawn})
        m_ui->status->addItem(draftActStatusName(s), int(s));
    for (const DraftProcedure p :
         {DraftProcedure::Normal, DraftProcedure::Urgency, DraftProcedure::Exempt})
        m_ui->procedure->addItem(draftProcedureName(p), int(p));
    m_ui->debateRequester->addItem(tr("nobody"), int(DebateRequester::None));
    m_ui->debateRequester->addItem(tr("an association"), int(DebateRequester::Association));
    m_ui->debateRequester->addItem(tr("a person"), int(DebateRequester::Person));
    m_ui->debateRequester->addItem(tr("a public authority"), int(DebateRequester::Authority));
    for (QDateEdit *edit : {m_ui->announcedOn, m_ui->recommendationsDeadline,
                            m_ui->sentForApprovalOn, m_ui->submittedOn, m_ui->adoptedOn,
                            m_ui->debateRequestedOn, m_ui->debatePublishedOn, m_ui->debateHeldOn})
        datefields::setUpOptional(edit);
    for (QSpinBox *spin : {m_ui->infoRequestsFromPersons, m_ui->infoRequestsFromAssociations})
        spin->setRange(0, 1000000);
    // -1 is "not known"; the spin box cannot go lower, the record's check stays for other sources.
    m_ui->debateParticipants->setRange(-1, 1000000);
    m_ui->debateParticipants->setSpecialValueText(tr("not known"));
    m_ui->debateParticipants->setValue(-1);
    m_ui->organizationFind->setPlaceholderText(tr("Type a part of the name"));
    fillOrganizations(QString(), 0);

    setUpForm(m_ui->buttons, m_ui->problems, m_ui->warnings);
    connect(m_ui->organizationFind, &QLineEdit::textChanged, this, [this](const QString &text) {
        fillOrganizations(text, m_ui->debateRequesterOrganization->currentData().toLongLong());
    });
    watch({m_ui->institution,
           m_ui->kind,
           m_ui->status,
           m_ui->procedure,
           m_ui->debateRequester,
           m_ui->debateRequesterOrganization,
           m_ui->title,
           m_ui->procedureReason,
           m_ui->debateRequesterName,
           m_ui->debatePlace,
           m_ui->announcedOn,
           m_ui->recommendationsDeadline,
           m_ui->sentForApprovalOn,
           m_ui->submittedOn,
           m_ui->adoptedOn,
           m_ui->debateRequestedOn,
           m_ui->debatePublishedOn,
           m_ui->debateHeldOn,
           m_ui->announcedOnWebsite,
           m_ui->announcedAtHeadquarters,
           m_ui->announcedInMedia,
           m_ui->sentToPersons,
           m_ui->sentToAssociations,
           m_ui->debateRequested,
           m_ui->debateHeld,
           m_ui->debateOnline,
           m_ui->infoRequestsFromPersons,
           m_ui->infoRequestsFromAssociations,
           m_ui->debateParticipants,
           m_ui->notes});

    DraftAct blank;
    blank.institutionId = m_ui->institution->currentData().toLongLong();
    setRecord(blank);
}

void DraftActDialog::fillOrganizations(const QString &text, qint64 keepId)
{
    const QSignalBlocker blocker(m_ui->debateRequesterOrganization);
    m_ui->debateRequesterOrganization->clear();
    m_ui->debateRequesterOrganization->addItem(tr("(not from the registry)"), qint64(0));
    OrganizationRepository repository(m_db);
    bool kept = keepId == 0;
    if (keepId > 0) {
        if (const std::optional<Organization> o = repository.find(keepId)) {
            m_ui->debateRequesterOrganization->addItem(o->name, keepId);
            kept = true;
        }
    }
    if (!text.trimmed().isEmpty()) {
        for (const OrganizationHit &hit : repository.search(text, 50)) {
            if (hit.id != keepId)
                m_ui->debateRequesterOrganization->addItem(hit.name, hit.id);
        }
    }
    m_ui->debateRequesterOrganization->setCurrentIndex(kept && keepId > 0 ? 1 : 0);
}

void DraftActDialog::load(const DraftAct &draft)
{
    m_ui->institution->setCurrentIndex(
        std::max(0, m_ui->institution->findData(draft.institutionId)));
    m_ui->title->setText(draft.title);
    selectData(m_ui->kind, draft.kind);
    selectData(m_ui->status, draft.status);
    datefields::setDateOf(m_ui->announcedOn, draft.announcedOn);
    m_ui->announcedOnWebsite->setChecked(draft.announcedOnWebsite);
    m_ui->announcedAtHeadquarters->setChecked(draft.announcedAtHeadquarters);
    m_ui->announcedInMedia->setChecked(draft.announcedInMedia);
    datefields::setDateOf(m_ui->recommendationsDeadline, draft.recommendationsDeadline);
    datefields::setDateOf(m_ui->sentForApprovalOn, draft.sentForApprovalOn);
    datefields::setDateOf(m_ui->submittedOn, draft.submittedOn);
    datefields::setDateOf(m_ui->adoptedOn, draft.adoptedOn);
    selectData(m_ui->procedure, draft.procedure);
    m_ui->procedureReason->setText(draft.procedureReason);
    m_ui->infoRequestsFromPersons->setValue(draft.infoRequestsFromPersons);
    m_ui->infoRequestsFromAssociations->setValue(draft.infoRequestsFromAssociations);
    m_ui->sentToPersons->setChecked(draft.sentToPersons);
    m_ui->sentToAssociations->setChecked(draft.sentToAssociations);
    m_ui->debateRequested->setChecked(draft.debateRequested);
    selectData(m_ui->debateRequester, draft.debateRequester);
    fillOrganizations(QString(), draft.debateRequesterOrganizationId);
    m_ui->debateRequesterName->setText(draft.debateRequesterName);
    datefields::setDateOf(m_ui->debateRequestedOn, draft.debateRequestedOn);
    m_ui->debateHeld->setChecked(draft.debateHeld);
    datefields::setDateOf(m_ui->debatePublishedOn, draft.debatePublishedOn);
    datefields::setDateOf(m_ui->debateHeldOn, draft.debateHeldOn);
    m_ui->debatePlace->setText(draft.debatePlace);
    m_ui->debateOnline->setChecked(draft.debateOnline);
    m_ui->debateParticipants->setValue(draft.debateParticipants.value_or(-1));
    m_ui->notes->setPlainText(draft.notes);
}

DraftAct DraftActDialog::record() const
{
    DraftAct d;
    d.id = m_original.id;
    d.institutionId = m_ui->institution->currentData().toLongLong();
    d.title = m_ui->title->text();
    d.kind = DraftActKind(m_ui->kind->currentData().toInt());
    d.status = DraftActStatus(m_ui->status->currentData().toInt());
    d.announcedOn = datefields::dateOf(m_ui->announcedOn);
    d.announcedOnWebsite = m_ui->announcedOnWebsite->isChecked();
    d.announcedAtHeadquarters = m_ui->announcedAtHeadquarters->isChecked();
    d.announcedInMedia = m_ui->announcedInMedia->isChecked();
    d.recommendationsDeadline = datefields::dateOf(m_ui->recommendationsDeadline);
    d.sentForApprovalOn = datefields::dateOf(m_ui->sentForApprovalOn);
    d.submittedOn = datefields::dateOf(m_ui->submittedOn);
    d.adoptedOn = datefields::dateOf(m_ui->adoptedOn);
    d.procedure = DraftProcedure(m_ui->procedure->currentData().toInt());
    d.procedureReason = m_ui->procedureReason->text();
    d.infoRequestsFromPersons = m_ui->infoRequestsFromPersons->value();
    d.infoRequestsFromAssociations = m_ui->infoRequestsFromAssociations->value();
    d.sentToPersons = m_ui->sentToPersons->isChecked();
    d.sentToAssociations = m_ui->sentToAssociations->isChecked();
    d.debateRequested = m_ui->debateRequested->isChecked();
    d.debateRequester = DebateRequester(m_ui->debateRequester->currentData().toInt());
    d.debateRequesterOrganizationId = m_ui->debateRequesterOrganization->currentData().toLongLong();
    d.debateRequesterName = m_ui->debateRequesterName->text();
    d.debateRequestedOn = datefields::dateOf(m_ui->debateRequestedOn);
    d.debateHeld = m_ui->debateHeld->isChecked();
    d.debatePublishedOn = datefields::dateOf(m_ui->debatePublishedOn);
    d.debateHeldOn = datefields::dateOf(m_ui->debateHeldOn);
    d.debatePlace = m_ui->debatePlace->text();
    d.debateOnline = m_ui->debateOnline->isChecked();
    if (const int participants = m_ui->debateParticipants->value(); participants >= 0)
        d.debateParticipants = participants;
    d.notes = m_ui->notes->toPlainText();
    return d;
}

QStringList DraftActDialog::problems() const
{
    DraftAct d = record();
    normalizeDraftAct(d);
    QStringList result = validateDraftAct(d);
    if (d.institutionId <= 0)
        result.prepend(tr("Institution: choose the institution."));
    return result;
}

QStringList DraftActDialog::warnings() const
{
    DraftAct d = record();
    normalizeDraftAct(d);
    QStringList result;
    for (const DeadlineWarning &w : DeadlineRules::check(d))
        result << DeadlineRules::message(w);
    return result;
}

bool DraftActDialog::isChanged() const
{
    DraftAct now = record();
    normalizeDraftAct(now);
    DraftAct before = m_original;
    normalizeDraftAct(before);
    return m_original.id == 0 || !sameDraft(now, before);
}

void DraftActDialog::updateFields()
{
    const bool requested = m_ui->debateRequested->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->debateRequester),
                       static_cast<QWidget *>(m_ui->organizationFind),
                       static_cast<QWidget *>(m_ui->debateRequesterOrganization),
                       static_cast<QWidget *>(m_ui->debateRequesterName),
                       static_cast<QWidget *>(m_ui->debateRequestedOn)})
        w->setEnabled(requested);
    const bool held = m_ui->debateHeld->isChecked();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->debatePublishedOn),
          static_cast<QWidget *>(m_ui->debateHeldOn), static_cast<QWidget *>(m_ui->debatePlace),
          static_cast<QWidget *>(m_ui->debateOnline),
          static_cast<QWidget *>(m_ui->debateParticipants)})
        w->setEnabled(held);
    m_ui->procedureReason->setEnabled(m_ui->procedure->currentData().toInt() !=
                                      int(DraftProcedure::Normal));
}

} // namespace dc

#include "DraftActDialog.h"

#include "ui_DraftActDialog.h"

#include "registry/OrganizationRepository.h"
#include "transparency/DeadlineRules.h"
#include "transparency/InstitutionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dc {

namespace {

// A QDateEdit cannot be empty: its minimum date, shown as a dash, stands for "no date".
const QDate noDate(1990, 1, 1);

void setUpDate(QDateEdit *edit)
{
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QStringLiteral("–"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(noDate);
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void setDateOf(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

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
    : QDialog(parent), m_db(std::move(db)), m_ui(std::make_unique<Ui::DraftActDialog>())
{
    m_ui->setupUi(this);
    resize(720, 760);
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
        setUpDate(edit);
    for (QSpinBox *spin : {m_ui->infoRequestsFromPersons, m_ui->infoRequestsFromAssociations})
        spin->setRange(0, 1000000);
    // -1 is "not known"; the spin box cannot go lower, the record's check stays for other sources.
    m_ui->debateParticipants->setRange(-1, 1000000);
    m_ui->debateParticipants->setSpecialValueText(tr("not known"));
    m_ui->debateParticipants->setValue(-1);
    m_ui->organizationFind->setPlaceholderText(tr("Type a part of the name"));
    m_ui->warnings->setStyleSheet(QStringLiteral("color:#8c3c00"));
    m_ui->problems->setStyleSheet(QStringLiteral("color:#b00020"));
    fillOrganizations(QString(), 0);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->organizationFind, &QLineEdit::textChanged, this, [this](const QString &text) {
        fillOrganizations(text, m_ui->debateRequesterOrganization->currentData().toLongLong());
    });
    for (QComboBox *combo : {m_ui->institution, m_ui->kind, m_ui->status, m_ui->procedure,
                             m_ui->debateRequester, m_ui->debateRequesterOrganization})
        connect(combo, &QComboBox::currentIndexChanged, this, &DraftActDialog::check);
    for (QLineEdit *line :
         {m_ui->title, m_ui->procedureReason, m_ui->debateRequesterName, m_ui->debatePlace})
        connect(line, &QLineEdit::textChanged, this, &DraftActDialog::check);
    for (QDateEdit *edit : {m_ui->announcedOn, m_ui->recommendationsDeadline,
                            m_ui->sentForApprovalOn, m_ui->submittedOn, m_ui->adoptedOn,
                            m_ui->debateRequestedOn, m_ui->debatePublishedOn, m_ui->debateHeldOn})
        connect(edit, &QDateEdit::dateChanged, this, &DraftActDialog::check);
    for (QCheckBox *box : {m_ui->announcedOnWebsite, m_ui->announcedAtHeadquarters,
                           m_ui->announcedInMedia, m_ui->sentToPersons, m_ui->sentToAssociations,
                           m_ui->debateRequested, m_ui->debateHeld, m_ui->debateOnline})
        connect(box, &QCheckBox::toggled, this, &DraftActDialog::check);
    for (QSpinBox *spin : {m_ui->infoRequestsFromPersons, m_ui->infoRequestsFromAssociations,
                           m_ui->debateParticipants})
        connect(spin, &QSpinBox::valueChanged, this, &DraftActDialog::check);
    connect(m_ui->notes, &QPlainTextEdit::textChanged, this, &DraftActDialog::check);

    DraftAct blank;
    blank.institutionId = m_ui->institution->currentData().toLongLong();
    setDraft(blank);
}

DraftActDialog::~DraftActDialog() = default;

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

void DraftActDialog::setDraft(const DraftAct &draft)
{
    m_loading = true;
    m_original = draft;
    m_ui->institution->setCurrentIndex(
        std::max(0, m_ui->institution->findData(draft.institutionId)));
    m_ui->title->setText(draft.title);
    selectData(m_ui->kind, draft.kind);
    selectData(m_ui->status, draft.status);
    setDateOf(m_ui->announcedOn, draft.announcedOn);
    m_ui->announcedOnWebsite->setChecked(draft.announcedOnWebsite);
    m_ui->announcedAtHeadquarters->setChecked(draft.announcedAtHeadquarters);
    m_ui->announcedInMedia->setChecked(draft.announcedInMedia);
    setDateOf(m_ui->recommendationsDeadline, draft.recommendationsDeadline);
    setDateOf(m_ui->sentForApprovalOn, draft.sentForApprovalOn);
    setDateOf(m_ui->submittedOn, draft.submittedOn);
    setDateOf(m_ui->adoptedOn, draft.adoptedOn);
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
    setDateOf(m_ui->debateRequestedOn, draft.debateRequestedOn);
    m_ui->debateHeld->setChecked(draft.debateHeld);
    setDateOf(m_ui->debatePublishedOn, draft.debatePublishedOn);
    setDateOf(m_ui->debateHeldOn, draft.debateHeldOn);
    m_ui->debatePlace->setText(draft.debatePlace);
    m_ui->debateOnline->setChecked(draft.debateOnline);
    m_ui->debateParticipants->setValue(draft.debateParticipants.value_or(-1));
    m_ui->notes->setPlainText(draft.notes);
    m_loading = false;
    // Compare against the form's own reading, so that an untouched form is "unchanged".
    m_original = this->draft();
    m_original.id = draft.id;
    check();
}

DraftAct DraftActDialog::draft() const
{
    DraftAct d;
    d.id = m_original.id;
    d.institutionId = m_ui->institution->currentData().toLongLong();
    d.title = m_ui->title->text();
    d.kind = DraftActKind(m_ui->kind->currentData().toInt());
    d.status = DraftActStatus(m_ui->status->currentData().toInt());
    d.announcedOn = dateOf(m_ui->announcedOn);
    d.announcedOnWebsite = m_ui->announcedOnWebsite->isChecked();
    d.announcedAtHeadquarters = m_ui->announcedAtHeadquarters->isChecked();
    d.announcedInMedia = m_ui->announcedInMedia->isChecked();
    d.recommendationsDeadline = dateOf(m_ui->recommendationsDeadline);
    d.sentForApprovalOn = dateOf(m_ui->sentForApprovalOn);
    d.submittedOn = dateOf(m_ui->submittedOn);
    d.adoptedOn = dateOf(m_ui->adoptedOn);
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
    d.debateRequestedOn = dateOf(m_ui->debateRequestedOn);
    d.debateHeld = m_ui->debateHeld->isChecked();
    d.debatePublishedOn = dateOf(m_ui->debatePublishedOn);
    d.debateHeldOn = dateOf(m_ui->debateHeldOn);
    d.debatePlace = m_ui->debatePlace->text();
    d.debateOnline = m_ui->debateOnline->isChecked();
    if (const int participants = m_ui->debateParticipants->value(); participants >= 0)
        d.debateParticipants = participants;
    d.notes = m_ui->notes->toPlainText();
    return d;
}

QStringList DraftActDialog::problems() const
{
    DraftAct d = draft();
    normalizeDraftAct(d);
    QStringList result = validateDraftAct(d);
    if (d.institutionId <= 0)
        result.prepend(tr("Institution: choose the institution."));
    return result;
}

QStringList DraftActDialog::warnings() const
{
    DraftAct d = draft();
    normalizeDraftAct(d);
    QStringList result;
    for (const DeadlineWarning &w : DeadlineRules::check(d))
        result << DeadlineRules::message(w);
    return result;
}

QPushButton *DraftActDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

void DraftActDialog::check()
{
    if (m_loading)
        return;
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

    const QStringList warningList = warnings();
    QString warningHtml;
    for (const QString &w : warningList)
        warningHtml += QStringLiteral("\u26A0 ") + w.toHtmlEscaped() + QStringLiteral("<br>");
    m_ui->warnings->setText(warningHtml);
    m_ui->warnings->setVisible(!warningList.isEmpty());

    const QStringList problemList = problems();
    QString problemHtml;
    for (const QString &p : problemList)
        problemHtml += p.toHtmlEscaped() + QStringLiteral("<br>");
    m_ui->problems->setText(problemHtml);
    m_ui->problems->setVisible(!problemList.isEmpty());

    DraftAct now = draft();
    normalizeDraftAct(now);
    DraftAct before = m_original;
    normalizeDraftAct(before);
    const bool changed = m_original.id == 0 || !sameDraft(now, before);
    saveButton()->setEnabled(problemList.isEmpty() && changed);
}

} // namespace dc

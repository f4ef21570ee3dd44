#include "RecommendationDialog.h"

#include "ui_RecommendationDialog.h"

#include "common/DateFields.h"
#include "registry/OrganizationRepository.h"

#include <QLineEdit>

namespace dc {

RecommendationDialog::RecommendationDialog(QSqlDatabase db, QDate draftAnnouncedOn, QWidget *parent)
    : RecordFormOf(parent), m_db(std::move(db)), m_draftAnnouncedOn(draftAnnouncedOn)
{
    m_ui->authorKind->addItem(tr("an organization"), int(RecommendationAuthor::Organization));
    m_ui->authorKind->addItem(tr("a person"), int(RecommendationAuthor::Person));
    for (const RecommendationDecision d :
         {RecommendationDecision::Pending, RecommendationDecision::Accepted,
          RecommendationDecision::PartiallyAccepted, RecommendationDecision::Rejected})
        m_ui->decision->addItem(recommendationDecisionName(d), int(d));
    datefields::setUpRequired(m_ui->receivedOn);
    m_ui->organizationFind->setPlaceholderText(tr("Type a part of the name"));
    fillOrganizations(QString(), 0);

    setUpForm(m_ui->buttons, m_ui->problems);
    connect(m_ui->organizationFind, &QLineEdit::textChanged, this, [this](const QString &text) {
        fillOrganizations(text, m_ui->authorOrganization->currentData().toLongLong());
        check();
    });
    watch({m_ui->authorKind, m_ui->authorOrganization, m_ui->decision, m_ui->authorName,
           m_ui->receivedOn, m_ui->receivedOnline, m_ui->rejectionJustificationSent, m_ui->text,
           m_ui->justification});

    Recommendation blank;
    blank.receivedOn = QDate::currentDate();
    setRecord(blank);
}

void RecommendationDialog::fillOrganizations(const QString &text, qint64 keepId)
{
    const QSignalBlocker blocker(m_ui->authorOrganization);
    m_ui->authorOrganization->clear();
    m_ui->authorOrganization->addItem(tr("(not from the registry)"), qint64(0));
    OrganizationRepository repository(m_db);
    if (keepId > 0) {
        if (const std::optional<Organization> o = repository.find(keepId))
            m_ui->authorOrganization->addItem(o->name, keepId);
    }
    if (!text.trimmed().isEmpty()) {
        for (const OrganizationHit &hit : repository.search(text, 50)) {
            if (hit.id != keepId)
                m_ui->authorOrganization->addItem(hit.name, hit.id);
        }
    }
    m_ui->authorOrganization->setCurrentIndex(m_ui->authorOrganization->count() > 1 ? 1 : 0);
}

void RecommendationDialog::load(const Recommendation &r)
{
    m_ui->authorKind->setCurrentIndex(std::max(0, m_ui->authorKind->findData(int(r.authorKind))));
    fillOrganizations(QString(), r.authorOrganizationId);
    if (r.authorOrganizationId == 0)
        m_ui->authorOrganization->setCurrentIndex(0);
    m_ui->authorName->setText(r.authorName);
    m_ui->receivedOn->setDate(r.receivedOn.isValid() ? r.receivedOn : QDate::currentDate());
    m_ui->receivedOnline->setChecked(r.receivedOnline);
    m_ui->text->setPlainText(r.text);
    m_ui->decision->setCurrentIndex(std::max(0, m_ui->decision->findData(int(r.decision))));
    m_ui->justification->setPlainText(r.justification);
    m_ui->rejectionJustificationSent->setChecked(r.rejectionJustificationSent);
}

Recommendation RecommendationDialog::record() const
{
    Recommendation r;
    r.id = m_original.id;
    r.draftId = m_original.draftId;
    r.authorKind = RecommendationAuthor(m_ui->authorKind->currentData().toInt());
    r.authorOrganizationId = m_ui->authorOrganization->currentData().toLongLong();
    r.authorName = m_ui->authorName->text();
    r.receivedOn = m_ui->receivedOn->date();
    r.receivedOnline = m_ui->receivedOnline->isChecked();
    r.text = m_ui->text->toPlainText();
    r.decision = RecommendationDecision(m_ui->decision->currentData().toInt());
    r.justification = m_ui->justification->toPlainText();
    r.rejectionJustificationSent = m_ui->rejectionJustificationSent->isChecked();
    return r;
}

QStringList RecommendationDialog::problems() const
{
    Recommendation r = record();
    normalizeRecommendation(r);
    return validateRecommendation(r, m_draftAnnouncedOn);
}

bool RecommendationDialog::isChanged() const
{
    Recommendation now = record();
    normalizeRecommendation(now);
    Recommendation before = m_original;
    normalizeRecommendation(before);
    return m_original.id == 0 || now.toJson() != before.toJson();
}

void RecommendationDialog::updateFields()
{
    const bool organization =
        m_ui->authorKind->currentData().toInt() == int(RecommendationAuthor::Organization);
    m_ui->organizationFind->setEnabled(organization);
    m_ui->authorOrganization->setEnabled(organization);
}

} // namespace dc

#include "RecommendationDialog.h"

#include "ui_RecommendationDialog.h"

#include "registry/OrganizationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dc {

RecommendationDialog::RecommendationDialog(QSqlDatabase db, QDate draftAnnouncedOn, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_draftAnnouncedOn(draftAnnouncedOn),
      m_ui(std::make_unique<Ui::RecommendationDialog>())
{
    m_ui->setupUi(this);
    m_ui->authorKind->addItem(tr("an organization"), int(RecommendationAuthor::Organization));
    m_ui->authorKind->addItem(tr("a person"), int(RecommendationAuthor::Person));
    for (const RecommendationDecision d :
         {RecommendationDecision::Pending, RecommendationDecision::Accepted,
          RecommendationDecision::PartiallyAccepted, RecommendationDecision::Rejected})
        m_ui->decision->addItem(recommendationDecisionName(d), int(d));
    m_ui->receivedOn->setCalendarPopup(true);
    m_ui->receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->organizationFind->setPlaceholderText(tr("Type a part of the name"));
    m_ui->problems->setStyleSheet(QStringLiteral("color:#b00020"));
    fillOrganizations(QString(), 0);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->organizationFind, &QLineEdit::textChanged, this, [this](const QString &text) {
        fillOrganizations(text, m_ui->authorOrganization->currentData().toLongLong());
        check();
    });
    for (QComboBox *combo : {m_ui->authorKind, m_ui->authorOrganization, m_ui->decision})
        connect(combo, &QComboBox::currentIndexChanged, this, &RecommendationDialog::check);
    connect(m_ui->authorName, &QLineEdit::textChanged, this, &RecommendationDialog::check);
    connect(m_ui->receivedOn, &QDateEdit::dateChanged, this, &RecommendationDialog::check);
    for (QCheckBox *box : {m_ui->receivedOnline, m_ui->rejectionJustificationSent})
        connect(box, &QCheckBox::toggled, this, &RecommendationDialog::check);
    for (QPlainTextEdit *edit : {m_ui->text, m_ui->justification})
        connect(edit, &QPlainTextEdit::textChanged, this, &RecommendationDialog::check);

    Recommendation blank;
    blank.receivedOn = QDate::currentDate();
    setRecommendation(blank);
}

RecommendationDialog::~RecommendationDialog() = default;

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

void RecommendationDialog::setRecommendation(const Recommendation &r)
{
    m_loading = true;
    m_original = r;
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
    m_loading = false;
    m_original = recommendation();
    m_original.id = r.id;
    check();
}

Recommendation RecommendationDialog::recommendation() const
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
    Recommendation r = recommendation();
    normalizeRecommendation(r);
    return validateRecommendation(r, m_draftAnnouncedOn);
}

QPushButton *RecommendationDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

void RecommendationDialog::check()
{
    if (m_loading)
        return;
    const bool organization =
        m_ui->authorKind->currentData().toInt() == int(RecommendationAuthor::Organization);
    m_ui->organizationFind->setEnabled(organization);
    m_ui->authorOrganization->setEnabled(organization);
    const QStringList problemList = problems();
    QString html;
    for (const QString &p : problemList)
        html += p.toHtmlEscaped() + QStringLiteral("<br>");
    m_ui->problems->setText(html);
    m_ui->problems->setVisible(!problemList.isEmpty());
    Recommendation now = recommendation();
    normalizeRecommendation(now);
    Recommendation before = m_original;
    normalizeRecommendation(before);
    const bool changed = m_original.id == 0 || now.toJson() != before.toJson();
    saveButton()->setEnabled(problemList.isEmpty() && changed);
}

} // namespace dc

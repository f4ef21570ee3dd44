#include "FundingAwardDialog.h"

#include "ui_FundingAwardDialog.h"

#include "common/DateFields.h"
#include "funding/FundingRepository.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace dc {

namespace {

/// The amount of a field; empty text is zero, text that is not an amount is empty.
std::optional<Money> amountOf(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::optional<Money>(Money()) : Money::parse(text);
}

QString amountText(Money amount)
{
    return amount.isZero() ? QString() : amount.toDisplay();
}

} // namespace

FundingAwardDialog::FundingAwardDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FundingAwardDialog>()), m_db(std::move(db))
{
    m_ui->setupUi(this);
    QHash<qint64, QString> institutions;
    for (const Institution &i : InstitutionRepository(m_db).all())
        institutions.insert(i.id, i.name);
    m_ui->call->addItem(tr("(choose)"), 0);
    for (const FundingCall &c : FundingRepository(m_db).calls()) {
        //: A call in the award form: %1 year, %2 call's name, %3 institution
        m_ui->call->addItem(
            tr("%1 — %2 (%3)")
                .arg(QString::number(c.year), c.name, institutions.value(c.institutionId)),
            c.id);
    }
    for (const AwardStatus s : {AwardStatus::Contracted, AwardStatus::Paid, AwardStatus::Settled,
                                AwardStatus::Cancelled, AwardStatus::Reimbursed})
        m_ui->status->addItem(awardStatusName(s), int(s));
    for (QLineEdit *amount : {m_ui->requested, m_ui->granted, m_ui->paid, m_ui->ownContribution}) {
        amount->setPlaceholderText(tr("e.g. 12.345,67"));
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QDateEdit *edit : {m_ui->contractDate, m_ui->startsOn, m_ui->endsOn})
        datefields::setUpOptional(edit);
    m_ui->problems->setStyleSheet(QStringLiteral("color:#b00020"));
    m_ui->warnings->setStyleSheet(QStringLiteral("color:#8c3c00"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveButton()->isEnabled())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *combo : {m_ui->call, m_ui->status})
        connect(combo, &QComboBox::currentIndexChanged, this, &FundingAwardDialog::check);
    connect(m_ui->search, &QLineEdit::textChanged, this, &FundingAwardDialog::searchChanged);
    connect(m_ui->organizations, &QListWidget::currentRowChanged, this, &FundingAwardDialog::check);
    for (QLineEdit *line : {m_ui->project, m_ui->requested, m_ui->granted, m_ui->paid,
                            m_ui->ownContribution, m_ui->contractNumber})
        connect(line, &QLineEdit::textChanged, this, &FundingAwardDialog::check);
    for (QDateEdit *edit : {m_ui->contractDate, m_ui->startsOn, m_ui->endsOn})
        connect(edit, &QDateEdit::dateChanged, this, &FundingAwardDialog::check);
    setAward(FundingAward());
}

FundingAwardDialog::~FundingAwardDialog() = default;

void FundingAwardDialog::setAward(const FundingAward &a)
{
    m_loading = true;
    m_original = a;
    m_ui->call->setCurrentIndex(std::max(0, m_ui->call->findData(a.callId)));
    m_ui->search->clear();
    m_ui->organizations->clear();
    if (a.organizationId > 0) {
        if (const std::optional<Organization> organization =
                OrganizationRepository(m_db).find(a.organizationId)) {
            auto *item = new QListWidgetItem(organization->name, m_ui->organizations);
            item->setData(Qt::UserRole, a.organizationId);
            m_ui->organizations->setCurrentItem(item);
        }
    }
    m_ui->project->setText(a.project);
    m_ui->requested->setText(amountText(a.requested));
    m_ui->granted->setText(amountText(a.granted));
    m_ui->paid->setText(amountText(a.paid));
    m_ui->ownContribution->setText(amountText(a.ownContribution));
    m_ui->contractNumber->setText(a.contractNumber);
    datefields::setDateOf(m_ui->contractDate, a.contractDate);
    datefields::setDateOf(m_ui->startsOn, a.startsOn);
    datefields::setDateOf(m_ui->endsOn, a.endsOn);
    m_ui->status->setCurrentIndex(std::max(0, m_ui->status->findData(int(a.status))));
    m_loading = false;
    m_original = award();
    check();
}

FundingAward FundingAwardDialog::award() const
{
    FundingAward a;
    a.id = m_original.id;
    a.callId = m_ui->call->currentData().toLongLong();
    const QListWidgetItem *item = m_ui->organizations->currentItem();
    a.organizationId = item ? item->data(Qt::UserRole).toLongLong() : 0;
    a.project = m_ui->project->text();
    a.requested = amountOf(m_ui->requested).value_or(Money());
    a.granted = amountOf(m_ui->granted).value_or(Money());
    a.paid = amountOf(m_ui->paid).value_or(Money());
    a.ownContribution = amountOf(m_ui->ownContribution).value_or(Money());
    a.contractNumber = m_ui->contractNumber->text();
    a.contractDate = datefields::dateOf(m_ui->contractDate);
    a.startsOn = datefields::dateOf(m_ui->startsOn);
    a.endsOn = datefields::dateOf(m_ui->endsOn);
    a.status = AwardStatus(m_ui->status->currentData().toInt());
    normalizeAward(a);
    return a;
}

QStringList FundingAwardDialog::problems() const
{
    QStringList result;
    const std::pair<QLineEdit *, QString> amounts[] = {
        {m_ui->requested, tr("Requested")},
        {m_ui->granted, tr("Granted")},
        {m_ui->paid, tr("Paid")},
        {m_ui->ownContribution, tr("Own contribution")},
    };
    for (const auto &[edit, label] : amounts) {
        if (!amountOf(edit))
            //: %1 is the amount's field (Requested, Granted, Paid, Own contribution)
            result << tr("%1: not an amount in lei with at most two decimals (e.g. 12.345,67).")
                          .arg(label);
    }
    result << FundingRepository(m_db).awardProblems(award());
    return result;
}

QStringList FundingAwardDialog::warnings() const
{
    const FundingAward a = award();
    QStringList result;
    if (!a.requested.isZero() && a.granted > a.requested)
        result << tr("Granted: more than the amount requested (%1).").arg(a.requested.toDisplay());
    if (a.status == AwardStatus::Paid && a.paid < a.granted)
        result << tr("Paid: the status is paid but %1 of %2 were paid.")
                      .arg(a.paid.toDisplay(), a.granted.toDisplay());
    return result;
}

QPushButton *FundingAwardDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

void FundingAwardDialog::chooseOrganization(const QString &text, qint64 organizationId)
{
    m_ui->search->setText(text);
    for (int row = 0; row < m_ui->organizations->count(); ++row) {
        if (m_ui->organizations->item(row)->data(Qt::UserRole).toLongLong() == organizationId)
            m_ui->organizations->setCurrentRow(row);
    }
}

void FundingAwardDialog::searchChanged()
{
    const QListWidgetItem *current = m_ui->organizations->currentItem();
    const qint64 chosen = current ? current->data(Qt::UserRole).toLongLong() : 0;
    {
        const QSignalBlocker blocker(m_ui->organizations);
        m_ui->organizations->clear();
        const QString text = m_ui->search->text().trimmed();
        if (!text.isEmpty()) {
            for (const OrganizationHit &hit : OrganizationRepository(m_db).search(text, 100)) {
                //: An organization found while typing: %1 its name, %2 its county
                auto *item = new QListWidgetItem(
                    hit.county.isEmpty() ? hit.name : tr("%1 (%2)").arg(hit.name, hit.county),
                    m_ui->organizations);
                item->setData(Qt::UserRole, hit.id);
                if (hit.id == chosen)
                    m_ui->organizations->setCurrentItem(item);
            }
        }
        if (!m_ui->organizations->currentItem() && m_ui->organizations->count() == 1)
            m_ui->organizations->setCurrentRow(0);
    }
    check();
}

void FundingAwardDialog::check()
{
    if (m_loading)
        return;
    const QStringList problemList = problems();
    const QStringList warningList = warnings();
    m_ui->problems->setText(problemList.join(QLatin1Char('\n')));
    m_ui->problems->setVisible(!problemList.isEmpty());
    m_ui->warnings->setText(warningList.join(QLatin1Char('\n')));
    m_ui->warnings->setVisible(!warningList.isEmpty());
    const bool changed = m_original.id == 0 || !award().sameContent(m_original);
    saveButton()->setEnabled(problemList.isEmpty() && changed);
}

} // namespace dc

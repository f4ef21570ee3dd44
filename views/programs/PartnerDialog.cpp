#include "PartnerDialog.h"
#include "ui_PartnerDialog.h"

#include "registry/OrganizationRepository.h"

#include <QPushButton>

namespace dc {

namespace {

// The earliest date of the date fields stands for "not known" (their special value text).
const QDate unknownDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setMinimumDate(unknownDate);
    edit->setDate(date.isValid() ? date : unknownDate);
}

} // namespace

PartnerDialog::PartnerDialog(QSqlDatabase db, Partnership partnership, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PartnerDialog>()), m_db(std::move(db)),
      m_original(std::move(partnership))
{
    m_ui->setupUi(this);
    setWindowTitle(m_original.id ? tr("Edit partner") : tr("Add partner"));
    for (PartnerRole role : {PartnerRole::Promoter, PartnerRole::AssociativeStructure,
                             PartnerRole::Partner, PartnerRole::Beneficiary})
        m_ui->role->addItem(partnerRoleName(role), int(role));
    for (PartnershipStatus status : {PartnershipStatus::Proposed, PartnershipStatus::Active,
                                     PartnershipStatus::Ended, PartnershipStatus::Withdrawn})
        m_ui->status->addItem(partnershipStatusName(status), int(status));

    m_ui->role->setCurrentIndex(m_ui->role->findData(int(m_original.role)));
    m_ui->status->setCurrentIndex(m_ui->status->findData(int(m_original.status)));
    setDate(m_ui->startDate, m_original.startDate);
    setDate(m_ui->endDate, m_original.endDate);
    m_ui->notes->setText(m_original.notes);
    if (m_original.organizationId) {
        if (const std::optional<Organization> organization =
                OrganizationRepository(m_db).find(m_original.organizationId)) {
            auto *item = new QListWidgetItem(organization->name, m_ui->organizations);
            item->setData(Qt::UserRole, m_original.organizationId);
            m_ui->organizations->setCurrentItem(item);
        }
    }

    connect(m_ui->search, &QLineEdit::textChanged, this, &PartnerDialog::searchChanged);
    connect(m_ui->organizations, &QListWidget::currentRowChanged, this, &PartnerDialog::update);
    connect(m_ui->role, &QComboBox::currentIndexChanged, this, &PartnerDialog::update);
    connect(m_ui->status, &QComboBox::currentIndexChanged, this, &PartnerDialog::update);
    connect(m_ui->startDate, &QDateEdit::dateChanged, this, &PartnerDialog::update);
    connect(m_ui->endDate, &QDateEdit::dateChanged, this, &PartnerDialog::update);
    connect(m_ui->notes, &QLineEdit::textChanged, this, &PartnerDialog::update);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSave())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

PartnerDialog::~PartnerDialog() = default;

Partnership PartnerDialog::partnership() const
{
    Partnership p = m_original;
    const QListWidgetItem *item = m_ui->organizations->currentItem();
    p.organizationId = item ? item->data(Qt::UserRole).toLongLong() : 0;
    p.role = PartnerRole(m_ui->role->currentData().toInt());
    p.status = PartnershipStatus(m_ui->status->currentData().toInt());
    p.startDate = dateOf(m_ui->startDate);
    p.endDate = dateOf(m_ui->endDate);
    p.notes = m_ui->notes->text().trimmed();
    return p;
}

bool PartnerDialog::canSave() const
{
    const Partnership p = partnership();
    return validatePartnership(p).isEmpty() && (!m_original.id || !p.sameContent(m_original));
}

QString PartnerDialog::messages() const
{
    return m_ui->messages->text();
}

void PartnerDialog::chooseOrganization(const QString &text, qint64 organizationId)
{
    m_ui->search->setText(text);
    for (int row = 0; row < m_ui->organizations->count(); ++row) {
        if (m_ui->organizations->item(row)->data(Qt::UserRole).toLongLong() == organizationId)
            m_ui->organizations->setCurrentRow(row);
    }
}

void PartnerDialog::searchChanged()
{
    const qint64 chosen = partnership().organizationId;
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
    update();
}

void PartnerDialog::update()
{
    const Partnership p = partnership();
    m_ui->messages->setText(validatePartnership(p).join(QLatin1Char('\n')));
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
}

} // namespace dc

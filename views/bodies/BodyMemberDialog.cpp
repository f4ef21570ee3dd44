#include "BodyMemberDialog.h"

#include "ui_BodyMemberDialog.h"

#include "common/DateFields.h"
#include "registry/OrganizationRepository.h"
#include "transparency/InstitutionRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace dc {

namespace {

enum HolderKind
{
    OrganizationHolder,
    InstitutionHolder
};

} // namespace

BodyMemberDialog::BodyMemberDialog(QSqlDatabase db, QWidget *parent, const QDate &today)
    : QDialog(parent), m_ui(std::make_unique<Ui::BodyMemberDialog>()), m_db(std::move(db)),
      m_today(today.isValid() ? today : QDate::currentDate())
{
    m_ui->setupUi(this);
    m_ui->holderKind->addItem(tr("an organization (NGO)"), OrganizationHolder);
    m_ui->holderKind->addItem(tr("an institution"), InstitutionHolder);
    m_ui->institution->addItem(tr("(choose)"), 0);
    for (const Institution &i : InstitutionRepository(m_db).all())
        m_ui->institution->addItem(i.name, i.id);
    for (const MemberRole r :
         {MemberRole::Member, MemberRole::Alternate, MemberRole::Chair, MemberRole::Secretariat})
        m_ui->role->addItem(memberRoleName(r), int(r));
    for (QDateEdit *edit : {m_ui->mandateStart, m_ui->mandateEnd})
        datefields::setUpOptional(edit);
    m_ui->problems->setStyleSheet(QStringLiteral("color:#b00020"));
    m_ui->warnings->setStyleSheet(QStringLiteral("color:#8c3c00"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveButton()->isEnabled())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->holderKind, &QComboBox::currentIndexChanged, this,
            &BodyMemberDialog::holderKindChanged);
    connect(m_ui->search, &QLineEdit::textChanged, this, &BodyMemberDialog::searchChanged);
    connect(m_ui->organizations, &QListWidget::currentRowChanged, this, &BodyMemberDialog::check);
    for (QComboBox *combo : {m_ui->institution, m_ui->role})
        connect(combo, &QComboBox::currentIndexChanged, this, &BodyMemberDialog::check);
    connect(m_ui->representative, &QLineEdit::textChanged, this, &BodyMemberDialog::check);
    for (QDateEdit *edit : {m_ui->mandateStart, m_ui->mandateEnd})
        connect(edit, &QDateEdit::dateChanged, this, &BodyMemberDialog::check);
    setMember(BodyMember());
}

BodyMemberDialog::~BodyMemberDialog() = default;

void BodyMemberDialog::setMember(const BodyMember &m)
{
    m_loading = true;
    m_original = m;
    m_ui->holderKind->setCurrentIndex(m.institutionId > 0 ? InstitutionHolder : OrganizationHolder);
    m_ui->search->clear();
    m_ui->organizations->clear();
    if (m.organizationId > 0) {
        if (const std::optional<Organization> organization =
                OrganizationRepository(m_db).find(m.organizationId)) {
            auto *item = new QListWidgetItem(organization->name, m_ui->organizations);
            item->setData(Qt::UserRole, m.organizationId);
            m_ui->organizations->setCurrentItem(item);
        }
    }
    m_ui->institution->setCurrentIndex(std::max(0, m_ui->institution->findData(m.institutionId)));
    m_ui->representative->setText(m.representative);
    m_ui->role->setCurrentIndex(std::max(0, m_ui->role->findData(int(m.role))));
    datefields::setDateOf(m_ui->mandateStart, m.mandateStart);
    datefields::setDateOf(m_ui->mandateEnd, m.mandateEnd);
    m_loading = false;
    holderKindChanged();
    m_original = member();
}

BodyMember BodyMemberDialog::member() const
{
    BodyMember m;
    m.id = m_original.id;
    m.bodyId = m_original.bodyId;
    if (m_ui->holderKind->currentData().toInt() == OrganizationHolder) {
        const QListWidgetItem *item = m_ui->organizations->currentItem();
        m.organizationId = item ? item->data(Qt::UserRole).toLongLong() : 0;
    } else {
        m.institutionId = m_ui->institution->currentData().toLongLong();
    }
    m.representative = m_ui->representative->text();
    m.role = MemberRole(m_ui->role->currentData().toInt());
    m.mandateStart = datefields::dateOf(m_ui->mandateStart);
    m.mandateEnd = datefields::dateOf(m_ui->mandateEnd);
    normalizeMember(m);
    return m;
}

QStringList BodyMemberDialog::problems() const
{
    const BodyMember m = member();
    QStringList result;
    // The holder named by the field the user fills, rather than the record's either/or rule.
    if (m_ui->holderKind->currentData().toInt() == OrganizationHolder && m.organizationId <= 0)
        result << tr("Organization: choose one from the list (type part of its name).");
    else if (m_ui->holderKind->currentData().toInt() == InstitutionHolder && m.institutionId <= 0)
        result << tr("Institution: required.");
    const QString eitherOr = QCoreApplication::translate(
        "BodyMember", "Member: either an organization or an institution.");
    for (const QString &p : validateMember(m)) {
        if (p != eitherOr)
            result << p;
    }
    return result;
}

QStringList BodyMemberDialog::warnings() const
{
    const BodyMember m = member();
    QStringList result;
    if (m.mandateEnd.isValid() && m.mandateEnd < m_today)
        result << tr("Mandate end: the mandate ended on %1; the seat is shown as expired unless "
                     "it is renewed.")
                      .arg(m.mandateEnd.toString(QStringLiteral("dd.MM.yyyy")));
    if (m.representative.isEmpty())
        result << tr("Representative: nobody is named to sit for the member.");
    return result;
}

QPushButton *BodyMemberDialog::saveButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save);
}

void BodyMemberDialog::chooseOrganization(const QString &text, qint64 organizationId)
{
    m_ui->holderKind->setCurrentIndex(OrganizationHolder);
    m_ui->search->setText(text);
    for (int row = 0; row < m_ui->organizations->count(); ++row) {
        if (m_ui->organizations->item(row)->data(Qt::UserRole).toLongLong() == organizationId)
            m_ui->organizations->setCurrentRow(row);
    }
}

QString BodyMemberDialog::holderName() const
{
    if (m_ui->holderKind->currentData().toInt() == InstitutionHolder)
        return m_ui->institution->currentText();
    const QListWidgetItem *item = m_ui->organizations->currentItem();
    if (!item)
        return {};
    if (const std::optional<Organization> o =
            OrganizationRepository(m_db).find(item->data(Qt::UserRole).toLongLong()))
        return o->name;
    return item->text();
}

void BodyMemberDialog::holderKindChanged()
{
    const bool organization = m_ui->holderKind->currentData().toInt() == OrganizationHolder;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->search), static_cast<QWidget *>(m_ui->searchLabel),
          static_cast<QWidget *>(m_ui->organizations)})
        w->setVisible(organization);
    m_ui->institution->setVisible(!organization);
    m_ui->institutionLabel->setVisible(!organization);
    check();
}

void BodyMemberDialog::searchChanged()
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

void BodyMemberDialog::check()
{
    if (m_loading)
        return;
    const QStringList problemList = problems();
    const QStringList warningList = warnings();
    m_ui->problems->setText(problemList.join(QLatin1Char('\n')));
    m_ui->problems->setVisible(!problemList.isEmpty());
    m_ui->warnings->setText(warningList.join(QLatin1Char('\n')));
    m_ui->warnings->setVisible(!warningList.isEmpty());
    const bool changed = m_original.id == 0 || member().toJson() != m_original.toJson();
    saveButton()->setEnabled(problemList.isEmpty() && changed);
}

} // namespace dc

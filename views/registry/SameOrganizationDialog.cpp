#include "SameOrganizationDialog.h"

#include "common/ScreenFit.h"
#include "registry/OrganizationRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace dc {

namespace {

constexpr int shownCandidates = 200;

} // namespace

SameOrganizationDialog::SameOrganizationDialog(QSqlDatabase db, qint64 organizationId,
                                               const QString &name, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_organizationId(organizationId)
{
    setObjectName(QStringLiteral("sameOrganizationDialog"));
    setWindowTitle(tr("The same organization"));
    auto *explanation = new QLabel(
        //: %1 is the organization's name
        tr("“%1” is the same organization as the record chosen below. The counts (such as the "
           "promoters of an edition) take the two records once; both records are kept as they are, "
           "and the mark can be removed.")
            .arg(name),
        this);
    explanation->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("sameOrganizationSearch"));
    m_search->setPlaceholderText(tr("Search by name, acronym, locality or CIF"));
    m_search->setClearButtonEnabled(true);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("sameOrganizationCandidates"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_search);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_buttons);
    resizeWithinScreen(this, QSize(520, 420));

    connect(m_search, &QLineEdit::textChanged, this, &SameOrganizationDialog::search);
    connect(m_candidates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

qint64 SameOrganizationDialog::chosenId() const
{
    const QListWidgetItem *item = m_candidates->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SameOrganizationDialog::search()
{
    m_candidates->clear();
    // A record already marked as an alias is counted through another: it cannot be chosen.
    QSqlQuery aliases(m_db);
    QSet<qint64> excluded{m_organizationId};
    if (aliases.exec(QStringLiteral("SELECT organization_id FROM organization_same_as"))) {
        while (aliases.next())
            excluded.insert(aliases.value(0).toLongLong());
    }
    auto add = [this, &excluded](qint64 id, const QString &name, const QString &county) {
        if (excluded.contains(id))
            return;
        auto *item = new QListWidgetItem(
            county.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, county), m_candidates);
        item->setData(Qt::UserRole, id);
    };
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        for (const OrganizationHit &hit :
             OrganizationRepository(m_db).search(text, shownCandidates))
            add(hit.id, hit.name, hit.county);
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o.id, o.name, coalesce(c.name, '') FROM organization o "
                             "LEFT JOIN county c ON c.id = o.county_id "
                             "ORDER BY o.name_sort, o.id LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), shownCandidates);
    if (q.exec()) {
        while (q.next())
            add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString());
    }
}

} // namespace dc

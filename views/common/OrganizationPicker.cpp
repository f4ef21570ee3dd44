#include "OrganizationPicker.h"

#include "registry/OrganizationRepository.h"

#include <QLineEdit>
#include <QListWidget>

namespace dc {

OrganizationPicker::OrganizationPicker(QSqlDatabase db, QLineEdit *search, QListWidget *list,
                                       QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_search(search), m_list(list)
{
    connect(m_search, &QLineEdit::textChanged, this, &OrganizationPicker::search);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrganizationPicker::changed);
}

qint64 OrganizationPicker::organizationId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString OrganizationPicker::organizationName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return {};
    if (const std::optional<Organization> o = OrganizationRepository(m_db).find(organizationId()))
        return o->name;
    return item->text();
}

void OrganizationPicker::setOrganizationId(qint64 organizationId)
{
    m_search->clear();
    m_list->clear();
    if (organizationId <= 0)
        return;
    if (const std::optional<Organization> organization =
            OrganizationRepository(m_db).find(organizationId)) {
        auto *item = new QListWidgetItem(organization->name, m_list);
        item->setData(Qt::UserRole, organizationId);
        m_list->setCurrentItem(item);
    }
}

void OrganizationPicker::choose(const QString &text, qint64 organizationId)
{
    m_search->setText(text);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == organizationId)
            m_list->setCurrentRow(row);
    }
}

void OrganizationPicker::search()
{
    const qint64 chosen = organizationId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const QString text = m_search->text().trimmed();
        if (!text.isEmpty()) {
            for (const OrganizationHit &hit : OrganizationRepository(m_db).search(text, 100)) {
                //: An organization found while typing: %1 its name, %2 its county
                auto *item = new QListWidgetItem(
                    hit.county.isEmpty() ? hit.name : tr("%1 (%2)").arg(hit.name, hit.county),
                    m_list);
                item->setData(Qt::UserRole, hit.id);
                if (hit.id == chosen)
                    m_list->setCurrentItem(item);
            }
        }
        if (!m_list->currentItem() && m_list->count() == 1)
            m_list->setCurrentRow(0);
    }
    Q_EMIT changed();
}

} // namespace dc

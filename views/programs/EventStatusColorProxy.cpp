#include "EventStatusColorProxy.h"

#include "EventColors.h"

namespace dc {

EventStatusColorProxy::EventStatusColorProxy(int statusColumn, int programColumn, int rawValueRole,
                                             QObject *parent)
    : QIdentityProxyModel(parent), m_statusColumn(statusColumn), m_programColumn(programColumn),
      m_rawValueRole(rawValueRole)
{
}

QVariant EventStatusColorProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole) {
        const QModelIndex status = index.siblingAtColumn(m_statusColumn);
        return EventColors::background(
            eventStatusFromCode(QIdentityProxyModel::data(status, m_rawValueRole).toString()));
    }
    if (role == Qt::DecorationRole && m_programColumn >= 0 && index.column() == m_programColumn)
        return EventColors::programMark(
            QIdentityProxyModel::data(index, m_rawValueRole).toLongLong());
    return QIdentityProxyModel::data(index, role);
}

} // namespace dc

#include "WarningHighlightProxy.h"

#include "storage/RecordTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace dc {

WarningHighlightProxy::WarningHighlightProxy(int warningColumn, int manualRole, QObject *parent,
                                             int differsRole)
    : QIdentityProxyModel(parent), m_warningColumn(warningColumn), m_manualRole(manualRole),
      m_differsRole(differsRole)
{
}

QVariant WarningHighlightProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool warning = QIdentityProxyModel::data(index, RecordTableModel::WarningRole).toBool();
    switch (role) {
    case Qt::BackgroundRole:
        if (m_differsRole != 0 && QIdentityProxyModel::data(index, m_differsRole).toBool())
            return QBrush(QColor(255, 205, 205));
        if (warning)
            return QBrush(QColor(255, 236, 204));
        break;
    case Qt::ForegroundRole:
        if (warning)
            return QBrush(QColor(140, 60, 0));
        break;
    case Qt::DecorationRole:
        if (warning && index.column() == m_warningColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::FontRole:
        if (m_manualRole != 0 && QIdentityProxyModel::data(index, m_manualRole).toBool()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (QIdentityProxyModel::data(index, RecordTableModel::IdRole).toLongLong() == 0 &&
            m_manualRole != 0) {
            QFont font; // the totals row
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace dc

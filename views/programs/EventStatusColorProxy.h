#pragma once

#include <QIdentityProxyModel>

namespace dc {

/// A list of events with its rows coloured by status and, when it has a program column, each
/// event marked with its program's colour (EventColors), the same on the calendar and the edition
/// page. The models stay free of QtGui's colours.
class EventStatusColorProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStatusColorProxy)

public:
    /// @p statusColumn holds the status code and @p programColumn (-1: none) the program's id,
    /// both in the source's @p rawValueRole.
    EventStatusColorProxy(int statusColumn, int programColumn, int rawValueRole,
                          QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_statusColumn;
    int m_programColumn;
    int m_rawValueRole;
};

} // namespace dc

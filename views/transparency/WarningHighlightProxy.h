#pragma once

#include <QIdentityProxyModel>

namespace dc {

/// Shows what the transparency models flag: rows with a broken legal deadline (or an institution
/// that has not reported) in a warning colour with a warning icon, figures entered by hand in
/// italics, and figures of a received report that differ from the office's records on a red
/// ground. The models stay free of QtGui's colours and fonts.
class WarningHighlightProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningHighlightProxy)

public:
    /// @p warningColumn gets the icon; @p manualRole, when not 0, marks the cells shown in italics;
    /// @p differsRole, when not 0, the cells shown on a red ground.
    explicit WarningHighlightProxy(int warningColumn, int manualRole = 0, QObject *parent = nullptr,
                                   int differsRole = 0);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_warningColumn;
    int m_manualRole;
    int m_differsRole;
};

} // namespace dc

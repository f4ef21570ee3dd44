#pragma once

#include <QIdentityProxyModel>

namespace dc {

/// Shows what the transparency models flag: rows with a broken legal deadline (or an institution
/// that has not reported) in a warning colour with a warning icon, and figures entered by hand in
/// italics. The models stay free of QtGui's colours and fonts.
class WarningHighlightProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningHighlightProxy)

public:
    /// @p warningColumn gets the icon; @p manualRole, when not 0, marks the cells shown in italics.
    explicit WarningHighlightProxy(int warningColumn, int manualRole = 0, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_warningColumn;
    int m_manualRole;
};

} // namespace dc

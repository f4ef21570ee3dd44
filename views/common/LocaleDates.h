#pragma once

#include <QStyledItemDelegate>

class QWidget;

namespace dc {

/// Shows the ISO dates that the models give for display ("2021-04-28", "2021-04-28 10:30") in the
/// format of the user's language ("28.04.2021" in Romanian, "28.4.2021." in Serbian), leaving
/// every other value as the default delegate shows it. The models keep ISO text, which sorts
/// right and is what the command line and the exports write.
class LocaleDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

/// Gives every item view under @p root that still has Qt's default delegate a LocaleDateDelegate.
void useLocaleDates(QWidget *root);

} // namespace dc

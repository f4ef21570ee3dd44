#include "common/LocaleDates.h"
#include "core/Dates.h"

#include <QAbstractItemView>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace dc {

QString LocaleDateDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression isoMinute(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
        if (isoDate.match(text).hasMatch()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return shortDate(locale, date);
        } else if (isoMinute.match(text).hasMatch()) {
            const QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
            if (time.isValid())
                return locale.toString(time, QLocale::ShortFormat);
        }
    }
    return QStyledItemDelegate::displayText(value, locale);
}

void useLocaleDates(QWidget *root)
{
    const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        QAbstractItemDelegate *current = view->itemDelegate();
        // Only Qt's own default: a page's own delegate (warnings, money) stays as it is.
        if (current && current->metaObject() == &QStyledItemDelegate::staticMetaObject)
            view->setItemDelegate(new LocaleDateDelegate(view));
    }
}

} // namespace dc

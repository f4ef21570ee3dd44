#include "Dates.h"

#include <QRegularExpression>

namespace dc {

QString shortDate(const QLocale &locale, const QDate &date)
{
    if (!date.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString oneFinalPeriod(const QString &text)
{
    static const QRegularExpression dateAndPeriod(
        QStringLiteral("(\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}\\.)\\.(?!\\.)"));
    QString result = text;
    result.replace(dateAndPeriod, QStringLiteral("\\1"));
    return result;
}

} // namespace dc

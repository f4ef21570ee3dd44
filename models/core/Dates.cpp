#include "Dates.h"

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

} // namespace dc

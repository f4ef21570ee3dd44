#include "CsvText.h"

namespace dc::csv {

namespace {

bool startsLikeAFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    const char16_t first = value.front().unicode();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

void append(QString &line, const QString &value, bool neutralize)
{
    bool quote = false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u';' || u == u'"' || u == u'\r' || u == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralize)
            line += QLatin1Char('\'');
        line += value;
        return;
    }
    line += QLatin1Char('"');
    if (neutralize)
        line += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

} // namespace

void appendField(QString &line, const QString &value)
{
    append(line, value, startsLikeAFormula(value));
}

void appendPlainField(QString &line, const QString &value)
{
    append(line, value, false);
}

QString restoredField(const QString &value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') &&
        startsLikeAFormula(QStringView(value).mid(1)))
        return value.mid(1);
    return value;
}

} // namespace dc::csv

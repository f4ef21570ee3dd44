#include "Geography.h"

#include "core/Text.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace dc {

namespace {

// Letters and digits only, folded: "Bistrița-Năsăud" -> "bistritanasaud".
QString compact(const QString &text)
{
    const QString f = text::folded(text);
    QString key;
    key.reserve(f.size());
    for (const QChar c : f) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key.append(c);
    }
    return key;
}

} // namespace

Geography Geography::load(const QSqlDatabase &db)
{
    Geography g;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, code, name FROM region ORDER BY id"));
    while (q.next())
        g.m_regions.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    q.exec(QStringLiteral("SELECT id, code, name, region_id FROM county ORDER BY sort_key"));
    while (q.next()) {
        g.m_counties.append(
            {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    }
    for (const County &c : std::as_const(g.m_counties)) {
        g.m_countyKeys.insert(compact(c.name), c.id);
        g.m_countyKeys.insert(c.code.toLower(), c.id);
    }
    return g;
}

const County *Geography::county(int id) const
{
    for (const County &c : m_counties) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Region *Geography::region(int id) const
{
    for (const Region &r : m_regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

std::optional<int> Geography::findCounty(const QString &text) const
{
    // The common case first: a county name or code as the file usually has it.
    if (const auto it = m_countyKeys.constFind(compact(text)); it != m_countyKeys.constEnd())
        return it.value();
    QString f = text::folded(text);
    if (f.isEmpty())
        return std::nullopt;
    static const QRegularExpression prefix(
        QStringLiteral("^(judetul|judet|jud\\.?|municipiul|mun\\.?)\\s+"));
    f.remove(prefix);
    static const QRegularExpression sector(
        QStringLiteral("^(bucuresti\\s*,?\\s*)?sector(ul)?\\s*[1-6]$"));
    if (sector.match(f).hasMatch())
        f = QStringLiteral("bucuresti");
    if (const auto it = m_countyKeys.constFind(compact(f)); it != m_countyKeys.constEnd())
        return it.value();
    return std::nullopt;
}

std::optional<int> Geography::findRegion(const QString &text) const
{
    const QString key = compact(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const Region &r : m_regions) {
        if (compact(r.name) == key || r.code.toLower() == key)
            return r.id;
    }
    // Short forms used in the office's calendars: "S-V Oltenia", "Sud Muntenia" etc.
    static const QList<std::pair<QString, QString>> aliases = {
        {QStringLiteral("svoltenia"), QStringLiteral("SVO")},
        {QStringLiteral("sv"), QStringLiteral("SVO")},
        {QStringLiteral("oltenia"), QStringLiteral("SVO")},
        {QStringLiteral("muntenia"), QStringLiteral("SM")},
        {QStringLiteral("sudmuntenia"), QStringLiteral("SM")},
        {QStringLiteral("bucuresti"), QStringLiteral("BI")},
        {QStringLiteral("bucurestiilfov"), QStringLiteral("BI")},
        {QStringLiteral("centru"), QStringLiteral("C")},
    };
    for (const auto &[alias, code] : aliases) {
        if (key == alias) {
            for (const Region &r : m_regions) {
                if (r.code == code)
                    return r.id;
            }
        }
    }
    return std::nullopt;
}

} // namespace dc

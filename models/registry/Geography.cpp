#include "Geography.h"

#include "core/Text.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace dc {

namespace {

QString compact(const QString &text)
{
    QString f = text::folded(text);
    f.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return f;
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
        g.m_counties.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toInt()});
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
    QString f = text::folded(text);
    if (f.isEmpty())
        return std::nullopt;
    static const QRegularExpression prefix(QStringLiteral("^(judetul|judet|jud\\.?|municipiul|mun\\.?)\\s+"));
    f.remove(prefix);
    static const QRegularExpression sector(QStringLiteral("^(bucuresti\\s*,?\\s*)?sector(ul)?\\s*[1-6]$"));
    if (sector.match(f).hasMatch())
        f = QStringLiteral("bucuresti");
    const QString key = compact(f);
    for (const County &c : m_counties) {
        if (compact(c.name) == key || c.code.toLower() == key)
            return c.id;
    }
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
        {QStringLiteral("svoltenia"), QStringLiteral("SVO")}, {QStringLiteral("sv"), QStringLiteral("SVO")},
        {QStringLiteral("oltenia"), QStringLiteral("SVO")}, {QStringLiteral("muntenia"), QStringLiteral("SM")},
        {QStringLiteral("sudmuntenia"), QStringLiteral("SM")}, {QStringLiteral("bucuresti"), QStringLiteral("BI")},
        {QStringLiteral("bucurestiilfov"), QStringLiteral("BI")}, {QStringLiteral("centru"), QStringLiteral("C")},
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

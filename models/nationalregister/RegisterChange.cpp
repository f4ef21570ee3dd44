#include "RegisterChange.h"

#include "registry/Organization.h"

#include <QCoreApplication>

namespace dc {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("RegisterChange", text, disambiguation);
}

QString shortened(const QString &text)
{
    constexpr int longest = 80;
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1String(" / "));
    return s.size() > longest ? s.left(longest - 1) + QChar(0x2026) : s;
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("status"))
        return tr("status");
    if (field == QLatin1String("name"))
        return tr("name");
    if (field == QLatin1String("county"))
        return tr("county");
    if (field == QLatin1String("legal_form"))
        return tr("legal form");
    if (field == QLatin1String("locality"))
        return tr("locality");
    if (field == QLatin1String("address"))
        return tr("address");
    if (field == QLatin1String("purposes"))
        return tr("purposes");
    if (field == QLatin1String("public_utility"))
        return tr("public-utility decision");
    return field;
}

} // namespace

QStringList RegisterChange::kinds()
{
    return {QStringLiteral("added"),      QStringLiteral("dissolved"),
            QStringLiteral("struck_off"), QStringLiteral("in_liquidation"),
            QStringLiteral("renamed"),    QStringLiteral("moved_county"),
            QStringLiteral("other")};
}

QString RegisterChange::nameOfKind(const QString &kind)
{
    if (kind == QLatin1String("added"))
        return tr("added", "register change");
    if (kind == QLatin1String("dissolved"))
        return tr("dissolved", "register change");
    if (kind == QLatin1String("struck_off"))
        return tr("struck off", "register change");
    if (kind == QLatin1String("in_liquidation"))
        return tr("in liquidation", "register change");
    if (kind == QLatin1String("renamed"))
        return tr("renamed", "register change");
    if (kind == QLatin1String("moved_county"))
        return tr("moved county", "register change");
    return tr("other", "register change");
}

QString RegisterChange::detail() const
{
    if (kind == QLatin1String("added"))
        return {};
    QString from = oldValue;
    QString to = newValue;
    if (field == QLatin1String("status")) {
        from = registryStatusName(registryStatusFromCode(oldValue));
        to = registryStatusName(registryStatusFromCode(newValue));
    }
    const QString change = tr("%1 → %2").arg(from.isEmpty() ? tr("(empty)") : shortened(from),
                                             to.isEmpty() ? tr("(empty)") : shortened(to));
    if (kind == QLatin1String("other"))
        return tr("%1: %2").arg(fieldName(field), change);
    return change;
}

} // namespace dc

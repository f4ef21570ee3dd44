#include "RegisterChange.h"

#include "registry/Organization.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(RegisterChange)
};

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
        return Messages::tr("status");
    if (field == QLatin1String("name"))
        return Messages::tr("name");
    if (field == QLatin1String("county"))
        return Messages::tr("county");
    if (field == QLatin1String("legal_form"))
        return Messages::tr("legal form");
    if (field == QLatin1String("locality"))
        return Messages::tr("locality");
    if (field == QLatin1String("address"))
        return Messages::tr("address");
    if (field == QLatin1String("purposes"))
        return Messages::tr("purposes");
    if (field == QLatin1String("public_utility"))
        return Messages::tr("public-utility decision");
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
        return Messages::tr("added", "register change");
    if (kind == QLatin1String("dissolved"))
        return Messages::tr("dissolved", "register change");
    if (kind == QLatin1String("struck_off"))
        return Messages::tr("struck off", "register change");
    if (kind == QLatin1String("in_liquidation"))
        return Messages::tr("in liquidation", "register change");
    if (kind == QLatin1String("renamed"))
        return Messages::tr("renamed", "register change");
    if (kind == QLatin1String("moved_county"))
        return Messages::tr("moved county", "register change");
    return Messages::tr("other", "register change");
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
    const QString change =
        Messages::tr("%1 → %2").arg(from.isEmpty() ? Messages::tr("(empty)") : shortened(from),
                                    to.isEmpty() ? Messages::tr("(empty)") : shortened(to));
    if (kind == QLatin1String("other"))
        return Messages::tr("%1: %2").arg(fieldName(field), change);
    return change;
}

} // namespace dc

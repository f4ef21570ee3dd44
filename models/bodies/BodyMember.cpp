#include "BodyMember.h"

#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(BodyMember)
};

struct RoleInfo
{
    MemberRole role;
    const char *code;
    const char *name;
};

constexpr RoleInfo roles[] = {
    {MemberRole::Member, "member", QT_TRANSLATE_NOOP("BodyMember", "member")},
    {MemberRole::Alternate, "alternate", QT_TRANSLATE_NOOP("BodyMember", "alternate")},
    {MemberRole::Chair, "chair", QT_TRANSLATE_NOOP("BodyMember", "chair")},
    {MemberRole::Secretariat, "secretariat", QT_TRANSLATE_NOOP("BodyMember", "secretariat")},
};

} // namespace

bool BodyMember::servesOn(const QDate &day) const
{
    return mandateStart.isValid() && mandateStart <= day &&
           (!mandateEnd.isValid() || day <= mandateEnd);
}

bool BodyMember::countsForQuorum() const
{
    return role == MemberRole::Member || role == MemberRole::Chair;
}

QJsonObject BodyMember::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("body_id"), bodyId);
    if (organizationId > 0)
        json.insert(QLatin1String("organization_id"), organizationId);
    if (institutionId > 0)
        json.insert(QLatin1String("institution_id"), institutionId);
    if (!representative.isEmpty())
        json.insert(QLatin1String("representative"), representative);
    json.insert(QLatin1String("role"), memberRoleCode(role));
    json.insert(QLatin1String("mandate_start"), mandateStart.toString(Qt::ISODate));
    if (mandateEnd.isValid())
        json.insert(QLatin1String("mandate_end"), mandateEnd.toString(Qt::ISODate));
    return json;
}

QString memberRoleCode(MemberRole role)
{
    for (const RoleInfo &r : roles) {
        if (r.role == role)
            return QLatin1String(r.code);
    }
    return {};
}

std::optional<MemberRole> memberRoleFromCode(const QString &code)
{
    for (const RoleInfo &r : roles) {
        if (code == QLatin1String(r.code))
            return r.role;
    }
    return std::nullopt;
}

QString memberRoleName(MemberRole role)
{
    for (const RoleInfo &r : roles) {
        if (r.role == role)
            return QCoreApplication::translate("BodyMember", r.name);
    }
    return {};
}

void normalizeMember(BodyMember &member)
{
    member.representative = text::normalized(member.representative);
}

QStringList validateMember(const BodyMember &member)
{
    QStringList problems;
    if (member.bodyId <= 0)
        problems << Messages::tr("Body: required.");
    if ((member.organizationId > 0) == (member.institutionId > 0))
        problems << Messages::tr("Member: either an organization or an institution.");
    if (!member.mandateStart.isValid())
        problems << Messages::tr("Mandate start: required.");
    if (member.mandateStart.isValid() && member.mandateEnd.isValid() &&
        member.mandateEnd < member.mandateStart)
        problems << Messages::tr("Mandate end: before the mandate's start.");
    return problems;
}

} // namespace dc

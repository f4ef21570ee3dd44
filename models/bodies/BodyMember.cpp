#include "BodyMember.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(BodyMember)
};

constexpr codetable::Entry<MemberRole> roles[] = {
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
    AuditJson json;
    json.insert("body_id", bodyId);
    json.id("organization_id", organizationId);
    json.id("institution_id", institutionId);
    json.text("representative", representative);
    json.insert("role", memberRoleCode(role));
    json.insert("mandate_start", mandateStart.toString(Qt::ISODate));
    json.date("mandate_end", mandateEnd);
    return json.object();
}

QString memberRoleCode(MemberRole role)
{
    return codetable::codeOf(roles, role);
}

std::optional<MemberRole> memberRoleFromCode(const QString &code)
{
    return codetable::find(roles, code);
}

QString memberRoleName(MemberRole role)
{
    return Messages::tr(codetable::byValue(roles, role).name);
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

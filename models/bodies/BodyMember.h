#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

enum class MemberRole
{
    Member,
    Alternate,
    Chair,
    Secretariat
};

/// A seat in a consultative body: held by an organization of the registry or by an institution,
/// through a representative, for a mandate.
struct BodyMember
{
    qint64 id = 0;
    qint64 bodyId = 0;
    qint64 organizationId = 0; ///< exactly one of organizationId and institutionId is set
    qint64 institutionId = 0;
    QString representative;
    MemberRole role = MemberRole::Member;
    QDate mandateStart;
    QDate mandateEnd; ///< invalid when open-ended

    /// Whether the mandate runs on @p day.
    bool servesOn(const QDate &day) const;
    /// Chair and members vote and count for the quorum; alternates and the secretariat do not.
    bool countsForQuorum() const;
    QJsonObject toJson() const;
};

QString memberRoleCode(MemberRole role);
std::optional<MemberRole> memberRoleFromCode(const QString &code);
QString memberRoleName(MemberRole role);

void normalizeMember(BodyMember &member);
QStringList validateMember(const BodyMember &member);

} // namespace dc

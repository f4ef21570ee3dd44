#include "OrganizationAliasRepository.h"

#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationAliasRepository)
};

const QString selectAliases = QStringLiteral(
    "SELECT a.organization_id, a.same_as_id, o.name, s.name FROM organization_same_as a "
    "JOIN organization o ON o.id = a.organization_id JOIN organization s ON s.id = a.same_as_id ");

OrganizationAlias readAlias(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString()};
}

QJsonObject aliasJson(qint64 organizationId, qint64 sameAsId)
{
    return {{QStringLiteral("organization_id"), organizationId},
            {QStringLiteral("same_as_id"), sameAsId}};
}

} // namespace

OrganizationAliasRepository::OrganizationAliasRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<OrganizationAlias> OrganizationAliasRepository::aliasOf(qint64 organizationId) const
{
    return query::selectOne(m_db, selectAliases + QStringLiteral("WHERE a.organization_id = :id"),
                            {{QStringLiteral(":id"), organizationId}}, readAlias);
}

QList<OrganizationAlias> OrganizationAliasRepository::aliasesOf(qint64 organizationId) const
{
    return query::selectAll(
        m_db, selectAliases + QStringLiteral("WHERE a.same_as_id = :id ORDER BY o.name_sort, o.id"),
        {{QStringLiteral(":id"), organizationId}}, readAlias);
}

QList<OrganizationAlias> OrganizationAliasRepository::all() const
{
    return query::selectAll(
        m_db, selectAliases + QStringLiteral("ORDER BY s.name_sort, s.id, o.name_sort, o.id"), {},
        readAlias);
}

qint64 OrganizationAliasRepository::countedId(qint64 organizationId) const
{
    const std::optional<OrganizationAlias> alias = aliasOf(organizationId);
    return alias ? alias->sameAsId : organizationId;
}

Status OrganizationAliasRepository::mark(qint64 organizationId, qint64 sameAsId)
{
    auto nameOf = [this](qint64 id) -> std::optional<QString> {
        return query::selectOne(m_db,
                                QStringLiteral("SELECT name FROM organization WHERE id = :id"),
                                {{QStringLiteral(":id"), id}},
                                [](const QSqlQuery &q) { return q.value(0).toString(); });
    };
    const std::optional<QString> name = nameOf(organizationId);
    const std::optional<QString> sameAsName = nameOf(sameAsId);
    if (!name)
        return Status::failure(
            Messages::tr("The organization no. %1 no longer exists.").arg(organizationId));
    if (!sameAsName)
        return Status::failure(
            Messages::tr("The organization no. %1 no longer exists.").arg(sameAsId));
    if (organizationId == sameAsId)
        return Status::failure(
            Messages::tr("A record cannot be marked as the same organization as itself."));
    if (const std::optional<OrganizationAlias> alias = aliasOf(organizationId)) {
        //: %1 and %2 are organization records
        return Status::failure(
            Messages::tr("%1 is already marked as the same organization as %2; remove "
                         "that mark first.")
                .arg(alias->name, alias->sameAsName));
    }
    if (const std::optional<OrganizationAlias> alias = aliasOf(sameAsId)) {
        //: %1 is the chosen record, %2 the record it is already marked the same as
        return Status::failure(
            Messages::tr("%1 is itself marked as the same organization as %2: choose %2.")
                .arg(alias->name, alias->sameAsName));
    }
    if (const QList<OrganizationAlias> aliases = aliasesOf(organizationId); !aliases.isEmpty()) {
        //: %1 is a record that other records are marked the same as, %2 one of them
        return Status::failure(
            Messages::tr("Other records are marked as the same organization as %1 (%2): "
                         "mark %3 instead, or remove those marks first.")
                .arg(*name, aliases.first().name, *sameAsName));
    }
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = query::exec(
                m_db,
                QStringLiteral("INSERT INTO organization_same_as (organization_id, same_as_id, "
                               "created_at) VALUES (:o, :s, :now)"),
                {{QStringLiteral(":o"), organizationId},
                 {QStringLiteral(":s"), sameAsId},
                 {QStringLiteral(":now"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
            !s)
            return s;
        return AuditLog::record(m_db, QStringLiteral("organization_same_as"), organizationId,
                                AuditLog::Action::Insert, {}, aliasJson(organizationId, sameAsId));
    });
}

Status OrganizationAliasRepository::unmark(qint64 organizationId)
{
    const std::optional<OrganizationAlias> alias = aliasOf(organizationId);
    if (!alias)
        return {};
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = query::exec(
                m_db, QStringLiteral("DELETE FROM organization_same_as WHERE organization_id = :o"),
                {{QStringLiteral(":o"), organizationId}});
            !s)
            return s;
        return AuditLog::record(m_db, QStringLiteral("organization_same_as"), organizationId,
                                AuditLog::Action::Delete,
                                aliasJson(organizationId, alias->sameAsId), {});
    });
}

} // namespace dc

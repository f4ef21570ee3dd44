#include "OrganizationRemoval.h"

#include "PartnershipRepository.h"
#include "registry/OrganizationRepository.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRemoval)
};

int countOf(const QSqlDatabase &db, const QString &sql, qint64 organizationId)
{
    return int(query::selectId(db, sql, {{QStringLiteral(":o"), organizationId}}).value_or(0));
}

/// The rows of @p sql (selecting the row id, an int and a text) as links.
QList<RemovedOrganization::Link> linksOf(const QSqlDatabase &db, const QString &sql,
                                         qint64 organizationId)
{
    return query::selectAll(
        db, sql, {{QStringLiteral(":o"), organizationId}}, [](const QSqlQuery &q) {
            return RemovedOrganization::Link{q.value(0).toLongLong(), q.value(1).toInt(),
                                             q.value(2).toString()};
        });
}

QJsonObject linkJson(qint64 eventId, qint64 organizationId)
{
    return {{QStringLiteral("event_id"), eventId},
            {QStringLiteral("organization_id"), organizationId}};
}

} // namespace

QStringList OrganizationRemoval::consequences(QSqlDatabase db, qint64 organizationId)
{
    // The partnerships and event places, as the programs name them.
    QStringList lines = PartnershipRepository(db).tiesOfOrganization(organizationId);
    const int recommendations =
        countOf(db, QStringLiteral("SELECT count(*) FROM recommendation WHERE author_org_id = :o"),
                organizationId);
    if (recommendations > 0)
        lines << Messages::tr("%n recommendation(s) it sent keep its name as text", nullptr,
                              recommendations);
    const int debates = countOf(
        db, QStringLiteral("SELECT count(*) FROM draft_act WHERE debate_requester_org_id = :o"),
        organizationId);
    if (debates > 0)
        lines << Messages::tr("%n public debate request(s) keep its name as text", nullptr,
                              debates);
    return lines;
}

QStringList OrganizationRemoval::blockers(QSqlDatabase db, qint64 organizationId)
{
    QStringList lines;
    const int seats =
        countOf(db, QStringLiteral("SELECT count(*) FROM body_member WHERE organization_id = :o"),
                organizationId);
    if (seats > 0)
        lines << Messages::tr("%n seat(s) in consultative bodies", nullptr, seats);
    const int awards =
        countOf(db, QStringLiteral("SELECT count(*) FROM funding_award WHERE organization_id = :o"),
                organizationId);
    if (awards > 0)
        lines << Messages::tr("%n funding award(s)", nullptr, awards);
    const int organized = countOf(
        db, QStringLiteral("SELECT count(*) FROM event WHERE organizer_organization_id = :o"),
        organizationId);
    if (organized > 0)
        lines << Messages::tr("%n event(s) it organizes", nullptr, organized);
    // An undone delete could not put the mark back: the official removes it first, on purpose.
    const int aliases = countOf(db,
                                QStringLiteral("SELECT count(*) FROM organization_same_as "
                                               "WHERE :o IN (organization_id, same_as_id)"),
                                organizationId);
    if (aliases > 0)
        lines << Messages::tr("%n mark(s) as the same organization as another record", nullptr,
                              aliases);
    return lines;
}

Result<RemovedOrganization> OrganizationRemoval::remove(QSqlDatabase db, qint64 organizationId)
{
    using R = Result<RemovedOrganization>;
    OrganizationRepository organizations(db);
    const std::optional<Organization> organization = organizations.find(organizationId);
    if (!organization)
        return R::failure(
            Messages::tr("The organization no. %1 no longer exists.").arg(organizationId));
    if (const QStringList refusing = blockers(db, organizationId); !refusing.isEmpty()) {
        //: %1 is the organization's name, %2 the records that refer to it ("2 seats in consultative
        //: bodies")
        return R::failure(
            Messages::tr(
                "%1 cannot be deleted while these refer to it: %2. Remove it from those first.")
                .arg(organization->name, refusing.join(QLatin1String("; "))));
    }

    RemovedOrganization removed;
    removed.organization = *organization;
    const qint64 o = organizationId;
    const PartnershipRepository partnerships(db);
    for (const RemovedOrganization::Link &link :
         linksOf(db,
                 QStringLiteral(
                     "SELECT id, 0, '' FROM partnership WHERE organization_id = :o ORDER BY id"),
                 o)) {
        if (const std::optional<Partnership> p = partnerships.find(link.rowId))
            removed.partnerships << *p;
    }
    removed.coorganized = linksOf(
        db,
        QStringLiteral(
            "SELECT event_id, position, '' FROM event_coorganizer WHERE organization_id = :o"),
        o);
    removed.attended = linksOf(
        db, QStringLiteral("SELECT event_id, 0, '' FROM event_attendee WHERE organization_id = :o"),
        o);
    removed.recommendations = linksOf(
        db,
        QStringLiteral(
            "SELECT id, 0, coalesce(author_name, '') FROM recommendation WHERE author_org_id = :o"),
        o);
    removed.debateRequests =
        linksOf(db,
                QStringLiteral("SELECT id, 0, coalesce(debate_requester_name, '') FROM draft_act "
                               "WHERE debate_requester_org_id = :o"),
                o);
    removed.registerChanges = linksOf(
        db, QStringLiteral("SELECT id, 0, '' FROM register_change WHERE organization_id = :o"), o);

    const Status done = inTransaction(db, [&]() -> Status {
        // The texts keep the name that the foreign key's SET NULL would otherwise lose.
        for (const QString &keepName :
             {QStringLiteral("UPDATE recommendation SET author_name = coalesce(author_name, :name) "
                             "WHERE author_org_id = :o"),
              QStringLiteral(
                  "UPDATE draft_act SET debate_requester_name = coalesce(debate_requester_name, "
                  ":name) WHERE debate_requester_org_id = :o")}) {
            if (Status s = query::exec(
                    db, keepName,
                    {{QStringLiteral(":name"), organization->name}, {QStringLiteral(":o"), o}});
                !s)
                return s;
        }
        for (const RemovedOrganization::Link &link : std::as_const(removed.coorganized)) {
            if (Status s =
                    query::exec(db,
                                QStringLiteral("DELETE FROM event_coorganizer WHERE event_id = :e "
                                               "AND organization_id = :o"),
                                {{QStringLiteral(":e"), link.rowId}, {QStringLiteral(":o"), o}});
                !s)
                return s;
            if (Status s = AuditLog::record(db, QStringLiteral("event_coorganizer"), link.rowId,
                                            AuditLog::Action::Delete, linkJson(link.rowId, o), {});
                !s)
                return s;
        }
        for (const RemovedOrganization::Link &link : std::as_const(removed.attended)) {
            if (Status s = query::exec(
                    db,
                    QStringLiteral(
                        "DELETE FROM event_attendee WHERE event_id = :e AND organization_id = :o"),
                    {{QStringLiteral(":e"), link.rowId}, {QStringLiteral(":o"), o}});
                !s)
                return s;
            if (Status s = AuditLog::record(db, QStringLiteral("event_attendee"), link.rowId,
                                            AuditLog::Action::Delete, linkJson(link.rowId, o), {});
                !s)
                return s;
        }
        for (const Partnership &p : std::as_const(removed.partnerships)) {
            if (Status s = query::exec(db, QStringLiteral("DELETE FROM partnership WHERE id = :id"),
                                       {{QStringLiteral(":id"), p.id}});
                !s)
                return s;
            if (Status s = AuditLog::record(db, QStringLiteral("partnership"), p.id,
                                            AuditLog::Action::Delete, p.toJson(), {});
                !s)
                return s;
        }
        return organizations.removeInTransaction(*organization);
    });
    if (!done)
        return R::failure(done.error());
    return removed;
}

Status OrganizationRemoval::restore(QSqlDatabase db, const RemovedOrganization &removed)
{
    const qint64 o = removed.organization.id;
    return inTransaction(db, [&]() -> Status {
        Organization organization = removed.organization;
        if (Result<qint64> id = OrganizationRepository(db).insertInTransaction(organization, true);
            !id)
            return Status::failure(id.error());
        PartnershipRepository partnerships(db);
        for (Partnership p : removed.partnerships) {
            if (Result<qint64> id = partnerships.insertInTransaction(p, true); !id)
                return Status::failure(id.error());
        }
        for (const RemovedOrganization::Link &link : removed.coorganized) {
            if (Status s = query::exec(
                    db,
                    QStringLiteral(
                        "INSERT INTO event_coorganizer (event_id, organization_id, position) "
                        "VALUES (:e, :o, :p)"),
                    {{QStringLiteral(":e"), link.rowId},
                     {QStringLiteral(":o"), o},
                     {QStringLiteral(":p"), link.position}});
                !s)
                return s;
            if (Status s = AuditLog::record(db, QStringLiteral("event_coorganizer"), link.rowId,
                                            AuditLog::Action::Insert, {}, linkJson(link.rowId, o));
                !s)
                return s;
        }
        for (const RemovedOrganization::Link &link : removed.attended) {
            if (Status s = query::exec(
                    db,
                    QStringLiteral(
                        "INSERT INTO event_attendee (event_id, organization_id) VALUES (:e, :o)"),
                    {{QStringLiteral(":e"), link.rowId}, {QStringLiteral(":o"), o}});
                !s)
                return s;
            if (Status s = AuditLog::record(db, QStringLiteral("event_attendee"), link.rowId,
                                            AuditLog::Action::Insert, {}, linkJson(link.rowId, o));
                !s)
                return s;
        }
        const auto nameOrNull = [](const QString &name) {
            return name.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name);
        };
        for (const RemovedOrganization::Link &link : removed.recommendations) {
            if (Status s =
                    query::exec(db,
                                QStringLiteral("UPDATE recommendation SET author_org_id = :o, "
                                               "author_name = :name WHERE id = :id"),
                                {{QStringLiteral(":o"), o},
                                 {QStringLiteral(":name"), nameOrNull(link.storedName)},
                                 {QStringLiteral(":id"), link.rowId}});
                !s)
                return s;
        }
        for (const RemovedOrganization::Link &link : removed.debateRequests) {
            if (Status s =
                    query::exec(db,
                                QStringLiteral("UPDATE draft_act SET debate_requester_org_id = :o, "
                                               "debate_requester_name = "
                                               ":name WHERE id = :id"),
                                {{QStringLiteral(":o"), o},
                                 {QStringLiteral(":name"), nameOrNull(link.storedName)},
                                 {QStringLiteral(":id"), link.rowId}});
                !s)
                return s;
        }
        for (const RemovedOrganization::Link &link : removed.registerChanges) {
            if (Status s = query::exec(
                    db,
                    QStringLiteral(
                        "UPDATE register_change SET organization_id = :o WHERE id = :id"),
                    {{QStringLiteral(":o"), o}, {QStringLiteral(":id"), link.rowId}});
                !s)
                return s;
        }
        return Status();
    });
}

} // namespace dc

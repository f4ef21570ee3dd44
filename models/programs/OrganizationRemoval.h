#pragma once

#include "Partnership.h"
#include "core/Result.h"
#include "registry/Organization.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace dc {

/// Everything deleting an organization took with it, kept by the delete command so that undo puts
/// it all back under the same ids.
struct RemovedOrganization
{
    struct Link
    {
        qint64 rowId =
            0; ///< the event (co-organizer, attendee), recommendation, draft or register change
        int position = 0; ///< a co-organizer's position in the event's list
        QString
            storedName; ///< the author or requester name the row had before the name was kept in it
    };

    Organization organization;
    QList<Partnership> partnerships;
    QList<Link> coorganized;
    QList<Link> attended;
    QList<Link> recommendations; ///< it wrote them: they keep its name as the author's name
    QList<Link>
        debateRequests; ///< it requested a public debate on these drafts: they keep its name
    QList<Link> registerChanges;
};

/// Deleting an organization that other records refer to. Its partnerships and its places among
/// the co-organizers and attendees of events go with it (the user is asked first, with
/// consequences() in the question); the recommendations it sent and the debates it requested keep
/// its name as text. Seats in consultative bodies and funding awards refuse the delete
/// (blockers()): those are records of mandates and public money, removed on purpose first.
class OrganizationRemoval final
{
public:
    /// What goes with the organization, one line each ("Promoter of Programul ..., edition 2
    /// (2021)", "co-organizer of 4 events", "3 recommendations keep its name as text"); empty when
    /// nothing.
    static QStringList consequences(QSqlDatabase db, qint64 organizationId);
    /// What refuses the delete, one line each ("2 seats in consultative bodies"); empty when
    /// nothing.
    static QStringList blockers(QSqlDatabase db, qint64 organizationId);

    /// Deletes the organization with what goes with it, in one transaction with its audit rows;
    /// refused, naming the blockers, when something refuses it. The result puts it back.
    static Result<RemovedOrganization> remove(QSqlDatabase db, qint64 organizationId);
    /// Puts a removed organization back under its id with its partnerships (under their ids), its
    /// event places and its name links (undo of a delete), in one transaction.
    static Status restore(QSqlDatabase db, const RemovedOrganization &removed);
};

} // namespace dc

#pragma once

#include "Organization.h"
#include "core/Result.h"
#include "storage/BulkWrite.h"
#include "storage/ImportLog.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <vector>

namespace dc {

/// How an organization is stored: the columns of the organization table that a write fills, and
/// a record's values for them (the name's sort and comparison keys derived here). The one place
/// that knows them, for the repository's writes and for the bulk imports.
namespace organizationrows {

/// name, name_sort, name_folded, acronym, kind, legal_form, status, purposes, public_utility, cif,
/// registry_number, registry_date, county_id, locality, address, email, phone, website,
/// contact_person, volunteer_count, volunteering, notes.
const QStringList &columns();
/// @p o's values, in the order of columns(); the name's keys computed here unless given (a bulk
/// import makes them on its reading thread).
QVariantList values(const Organization &o, const QString &nameSort = QString(),
                    const QString &nameFolded = QString());

} // namespace organizationrows

/// Writes the organizations of a bulk import (the CSV import, the national register) on the
/// connection (on SQLite, its handle), inside the import's transaction: new ones 16 to a statement,
/// with ids given here (the transaction holds the write lock, so the next free id is known), their
/// domains, and changes to stored ones with an audit row of their old values marked with the
/// import's id. Every organization written carries the import's id. On a server the same
/// statements through the driver, the organization table locked against other writers until the
/// import's transaction ends.
class OrganizationBulkWriter final
{
public:
    /// @p importId: the data_import row of this import.
    OrganizationBulkWriter(QSqlDatabase db, qint64 importId);

    /// Prepares the statements and reads the next free id and the domains.
    Status prepare();

    /// The import whose id the organizations written from now on carry (for an import of several
    /// files, one a file).
    void setImportId(qint64 importId);

    /// Gives @p o the next free id and queues it (with its domains) for writing; the name's keys
    /// as organizationrows::values() takes them.
    Status add(Organization &o, const QString &nameSort = QString(),
               const QString &nameFolded = QString());
    /// Rewrites stored organization @p o (every column), its domains when they differ from
    /// @p before's, and an audit row of the change.
    Status update(const Organization &before, const Organization &o);
    /// Rewrites the columns of stored organization @p o, not its domains, with no audit row (the
    /// caller writes its own, audit()).
    Status rewrite(const Organization &o);
    /// An audit row of a change to organization @p id, marked with the import's id.
    Status audit(qint64 id, const QJsonObject &oldValues, const QJsonObject &newValues);
    /// An organization as stored (written first, when it is still queued).
    Result<Organization> load(qint64 id);
    /// On a server: reads stored organizations @p ids (and their domains) in two statements, so
    /// that load() finds them without a round trip each; forgets what the previous call read. A
    /// write of one of them here forgets it (the table is locked against other writers). Does
    /// nothing on a file, where a read costs no round trip.
    Status prefetch(const QList<qint64> &ids);
    /// Writes what is queued.
    Status flush();
    /// Writes what is queued and, on a server, moves the id sequence past the ids given here.
    Status finish();
    /// Whether organization @p id was added by this writer and is still queued.
    bool isQueued(qint64 id) const { return id >= m_firstQueued && id < m_nextId; }
    qint64 nextId() const { return m_nextId; }
    /// The first id this writer gave (the ids from here on were added by this import).
    qint64 firstId() const { return m_firstId; }

    /// "Educatie" in a file and "Educație" stored are one domain: the stored spelling of @p name,
    /// or @p name itself for a new domain.
    QString canonicalDomain(const QString &name) const;
    /// The stored spelling of every domain, by folded name (read once by prepare()).
    QHash<QString, QString> domainSpellings() const;

private:
    Status linkDomains(qint64 id, const QStringList &domains);
    /// Runs @p links (writes of domain links); on a server with each statement planned anew.
    Status withFreshPlans(const std::function<Status()> &links);

    QSqlDatabase m_db;
    qint64 m_importId = 0;
    QString m_now;
    bool m_server = false;
    bulk::RowInserter m_insert;
    bulk::RowInserter m_link;
    bulk::Statement m_update;
    bulk::Statement m_unlink;
    bulk::Statement m_addDomain;
    ImportAuditRows m_audit;
    QSqlQuery m_select;
    QSqlQuery m_selectDomains;
    QSqlQuery m_selectMany;
    QSqlQuery m_selectManyDomains;
    QHash<qint64, Organization> m_prefetched;
    struct Domain
    {
        qint64 id = 0;
        QString name;
    };
    QHash<QString, Domain> m_domains; // by folded name
    std::vector<std::pair<qint64, QStringList>> m_queuedDomains;
    qint64 m_firstId = 1;
    qint64 m_firstQueued = 1;
    qint64 m_nextId = 1;
};

} // namespace dc

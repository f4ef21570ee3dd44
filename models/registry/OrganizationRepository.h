#pragma once

#include "Organization.h"
#include "OrganizationValidation.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace dc {

/// One line of a search result.
struct OrganizationHit
{
    qint64 id = 0;
    QString name;
    QString county;
    QString cif;
};

/// A domain of activity (social services, education, environment...).
struct Domain
{
    int id = 0;
    QString name;
};

/// Reads and writes organizations. The public write methods are each one transaction and write
/// the audit log; the *InTransaction methods are for callers that group many writes (import).
class OrganizationRepository final
{
public:
    explicit OrganizationRepository(QSqlDatabase db);

    std::optional<Organization> find(qint64 id) const;
    std::optional<qint64> findIdByCif(const QString &normalizedCif) const;
    std::optional<qint64> findIdByRegistryNumber(const QString &registryNumber) const;
    /// Matched without case and diacritics.
    std::optional<qint64> findIdByNameAndCounty(const QString &name, int countyId) const;

    /// Normalizes, checks and adds @p organization; the new id, or the problems joined in one
    /// message.
    Result<qint64> add(Organization organization);
    /// Saves the changed record (matched by id).
    Status update(Organization organization);
    /// Deletes the organization with its domains and aliases.
    Status remove(qint64 id);
    /// Puts back a deleted organization under its old id (undo of a delete).
    Status restore(const Organization &organization);

    Result<qint64> insertInTransaction(Organization &organization, bool keepId = false);
    /// Deletes the organization (its domains go with it) inside the caller's transaction.
    Status removeInTransaction(const Organization &organization);
    Status updateInTransaction(const Organization &before, Organization &after);

    /// The problems of the record, including a CIF or registry number used by another organization.
    QList<FieldProblem> problemsOf(const Organization &normalized) const;

    /// Best matches first (FTS5 rank), prefix search on every word.
    QList<OrganizationHit> search(const QString &text, int limit) const;

    QList<Domain> domains() const;

    /// The record of a row whose columns are, in order: id, name, acronym, kind, legal_form,
    /// status, purposes, public_utility, cif, registry_number, registry_date, county_id, locality,
    /// address, email, phone, website, contact_person, volunteer_count, volunteering, notes,
    /// created_at, updated_at (domains are not read).
    static Organization fromRow(const QSqlQuery &query);
    /// The columns fromRow() reads, in its order, for a SELECT.
    static QString selectColumns();
    qint64 count() const;

    /// The message of the last failed statement, for the caller's error message.
    QString lastError() const { return m_lastError; }

private:
    Status writeDomains(qint64 id, const QStringList &domains);
    std::optional<qint64> findId(const QString &sql, const QString &bind,
                                 const QVariant &value) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

/// The problems as one message, one per line, each naming its field.
QString describeProblems(const QList<FieldProblem> &problems);

} // namespace dc

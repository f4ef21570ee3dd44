#include "OrganizationRepository.h"

#include "OrganizationFilter.h"
#include "OrganizationRows.h"
#include "core/Text.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RowWriter.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRepository)
};

const QString organizationColumns = QStringLiteral(
    "id, name, acronym, kind, legal_form, status, purposes, public_utility, cif, registry_number, "
    "registry_date, county_id, locality, address, email, phone, website, contact_person, "
    "volunteer_count, volunteering, notes, created_at, updated_at");

rowwriter::Values organizationValues(const Organization &o)
{
    const QStringList &columns = organizationrows::columns();
    const QVariantList values = organizationrows::values(o);
    rowwriter::Values named;
    named.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        named.append({columns.at(i), values.at(i)});
    return named;
}

} // namespace

QString OrganizationRepository::selectColumns()
{
    return organizationColumns;
}

Organization OrganizationRepository::fromRow(const QSqlQuery &q)
{
    Organization o;
    sqlvalues::Columns row(q);
    row >> o.id >> o.name >> o.acronym;
    o.kind = organizationKindFromCode(row.text());
    o.legalForm = legalFormFromCode(row.text());
    o.status = registryStatusFromCode(row.text());
    row >> o.purposes >> o.publicUtility >> o.cif >> o.registryNumber >> o.registryDate >>
        o.countyId >> o.locality >> o.address >> o.email >> o.phone >> o.website >>
        o.contactPerson >> o.volunteerCount >> o.volunteering >> o.notes >> o.createdAt >>
        o.updatedAt;
    return o;
}

QString describeProblems(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << organizationFieldName(p.field) + QLatin1String(": ") + p.message;
    return lines.join(QLatin1Char('\n'));
}

OrganizationRepository::OrganizationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Organization> OrganizationRepository::find(qint64 id) const
{
    const query::Binds byId{{QStringLiteral(":id"), id}};
    Result<QSqlQuery> q = query::run(
        m_db, QStringLiteral("SELECT %1 FROM organization WHERE id = :id").arg(organizationColumns),
        byId);
    if (!q || !q->next()) {
        m_lastError = q ? QString() : q.error();
        return std::nullopt;
    }
    Organization o = fromRow(*q);
    o.domains = query::selectAll(
        m_db,
        QStringLiteral(
            "SELECT d.name FROM organization_domain od JOIN domain d ON d.id = od.domain_id "
            "WHERE od.organization_id = :id ORDER BY d.sort_key"),
        byId, [](const QSqlQuery &d) { return d.value(0).toString(); });
    return o;
}

std::optional<qint64> OrganizationRepository::findId(const QString &sql, const QString &bind,
                                                     const QVariant &value) const
{
    return query::selectId(m_db, sql, {{bind, value}});
}

std::optional<qint64> OrganizationRepository::findIdByCif(const QString &cif) const
{
    if (cif.isEmpty())
        return std::nullopt;
    return findId(QStringLiteral("SELECT id FROM organization WHERE cif = :v"),
                  QStringLiteral(":v"), cif);
}

std::optional<qint64> OrganizationRepository::findIdByRegistryNumber(const QString &number) const
{
    if (number.isEmpty())
        return std::nullopt;
    return findId(QStringLiteral("SELECT id FROM organization WHERE registry_number = :v"),
                  QStringLiteral(":v"), number);
}

std::optional<qint64> OrganizationRepository::findIdByNameAndCounty(const QString &name,
                                                                    int countyId) const
{
    return query::selectId(
        m_db,
        QStringLiteral("SELECT id FROM organization WHERE name_folded = :name AND county_id IS NOT "
                       "DISTINCT FROM :county ORDER BY id LIMIT 1"),
        {{QStringLiteral(":name"), text::folded(name)},
         {QStringLiteral(":county"), sqlvalues::id(countyId)}});
}

QList<FieldProblem> OrganizationRepository::problemsOf(const Organization &o) const
{
    QList<FieldProblem> problems = validateOrganization(o);
    if (!o.cif.isEmpty()) {
        const auto other = findIdByCif(o.cif);
        if (other && *other != o.id) {
            problems.append(
                {OrganizationField::Cif,
                 Messages::tr("The CIF %1 is already used by another organization (no. %2).")
                     .arg(o.cif)
                     .arg(*other)});
        }
    }
    if (!o.registryNumber.isEmpty()) {
        const auto other = findIdByRegistryNumber(o.registryNumber);
        if (other && *other != o.id) {
            problems.append(
                {OrganizationField::RegistryNumber,
                 Messages::tr(
                     "The registry number %1 is already used by another organization (no. %2).")
                     .arg(o.registryNumber)
                     .arg(*other)});
        }
    }
    return problems;
}

Status OrganizationRepository::writeDomains(qint64 id, const QStringList &domains)
{
    if (Status s = query::exec(
            m_db, QStringLiteral("DELETE FROM organization_domain WHERE organization_id = :id"),
            {{QStringLiteral(":id"), id}});
        !s)
        return s;
    for (const QString &name : domains) {
        const QString folded = text::folded(name);
        std::optional<qint64> domainId =
            findId(QStringLiteral("SELECT id FROM domain WHERE folded = :v"), QStringLiteral(":v"),
                   folded);
        if (!domainId) {
            const Result<qint64> added =
                rowwriter::insertValues(m_db, QStringLiteral("domain"),
                                        {{QStringLiteral("name"), name},
                                         {QStringLiteral("folded"), folded},
                                         {QStringLiteral("sort_key"), text::sortKey(name)}});
            if (!added)
                return Status::failure(added.error());
            domainId = *added;
        }
        if (Status s = query::exec(m_db,
                                   QStringLiteral("INSERT INTO organization_domain "
                                                  "(organization_id, domain_id) VALUES (:o, :d)"),
                                   {{QStringLiteral(":o"), id}, {QStringLiteral(":d"), *domainId}});
            !s)
            return s;
    }
    return {};
}

Result<qint64> OrganizationRepository::insertInTransaction(Organization &o, bool keepId)
{
    using R = Result<qint64>;
    const QString now = sqlvalues::nowIso();
    if (!o.createdAt.isValid())
        o.createdAt = QDateTime::fromString(now, Qt::ISODate);
    o.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    rowwriter::Values values = organizationValues(o);
    if (keepId)
        values.prepend({QStringLiteral("id"), o.id});
    values.append({QStringLiteral("created_at"), o.createdAt.toString(Qt::ISODate)});
    values.append({QStringLiteral("updated_at"), now});
    const R id = rowwriter::insertValues(m_db, QStringLiteral("organization"), values);
    if (!id)
        return id;
    o.id = *id;
    if (!o.domains.isEmpty()) {
        if (Status s = writeDomains(o.id, o.domains); !s)
            return R::failure(s.error());
    }
    if (Status s = AuditLog::record(m_db, QStringLiteral("organization"), o.id,
                                    AuditLog::Action::Insert, {}, o.toJson());
        !s)
        return R::failure(s.error());
    return o.id;
}

Status OrganizationRepository::updateInTransaction(const Organization &before, Organization &o)
{
    const QString now = sqlvalues::nowIso();
    rowwriter::Values values = organizationValues(o);
    values.append({QStringLiteral("updated_at"), now});
    const Result<int> changed =
        rowwriter::updateValues(m_db, QStringLiteral("organization"), o.id, values);
    if (!changed)
        return Status::failure(changed.error());
    if (*changed != 1)
        return Status::failure(Messages::tr("The organization no. %1 no longer exists.").arg(o.id));
    o.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    if (before.domains != o.domains) {
        if (Status s = writeDomains(o.id, o.domains); !s)
            return s;
    }
    return AuditLog::record(m_db, QStringLiteral("organization"), o.id, AuditLog::Action::Update,
                            before.toJson(), o.toJson());
}

Result<qint64> OrganizationRepository::add(Organization o)
{
    using R = Result<qint64>;
    normalizeOrganization(o);
    o.id = 0;
    if (const QList<FieldProblem> problems = problemsOf(o); !problems.isEmpty())
        return R::failure(describeProblems(problems));
    return inTransaction(m_db, [&] { return insertInTransaction(o); });
}

Status OrganizationRepository::update(Organization o)
{
    normalizeOrganization(o);
    const std::optional<Organization> before = find(o.id);
    if (!before)
        return Status::failure(Messages::tr("The organization no. %1 no longer exists.").arg(o.id));
    if (const QList<FieldProblem> problems = problemsOf(o); !problems.isEmpty())
        return Status::failure(describeProblems(problems));
    if (before->sameContent(o))
        return {};
    return inTransaction(m_db, [&] { return updateInTransaction(*before, o); });
}

Status OrganizationRepository::remove(qint64 id)
{
    const std::optional<Organization> before = find(id);
    if (!before)
        return Status::failure(Messages::tr("The organization no. %1 no longer exists.").arg(id));
    return inTransaction(m_db, [&] { return removeInTransaction(*before); });
}

Status OrganizationRepository::removeInTransaction(const Organization &before)
{
    return rowwriter::deleteRow(m_db, QStringLiteral("organization"), before.id, before.toJson(),
                                [&](const QString &error) {
                                    return Messages::tr("The organization %1 cannot be deleted: %2")
                                        .arg(before.name, error);
                                });
}

Status OrganizationRepository::restore(const Organization &organization)
{
    Organization o = organization;
    normalizeOrganization(o);
    if (const QList<FieldProblem> problems = problemsOf(o); !problems.isEmpty())
        return Status::failure(describeProblems(problems));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Result<qint64> id = insertInTransaction(o, true); !id)
        return Status::failure(id.error());
    return transaction.commit();
}

QList<OrganizationHit> OrganizationRepository::search(const QString &text, int limit) const
{
    QList<OrganizationHit> hits;
    SqlClause match = searchCondition(m_db, text);
    if (match.sql.isEmpty())
        return hits;
    const bool server = query::isServer(m_db);
    match.binds.append({QStringLiteral(":limit"), limit});
    Result<QList<OrganizationHit>> found = query::select(
        m_db,
        QStringLiteral("SELECT o.id, o.name, c.name, o.cif FROM organization o %1"
                       "LEFT JOIN county c ON c.id = o.county_id WHERE %2 ORDER BY %3 LIMIT :limit")
            .arg(server ? QString() : QStringLiteral("JOIN organization_fts f ON f.rowid = o.id "),
                 server ? match.sql : QStringLiteral("organization_fts MATCH :fts"),
                 searchOrder(m_db)),
        match.binds, [](const QSqlQuery &q) {
            return OrganizationHit{q.value(0).toLongLong(), q.value(1).toString(),
                                   q.value(2).isNull() ? undeterminedCountyName()
                                                       : q.value(2).toString(),
                                   q.value(3).toString()};
        });
    if (!found) {
        m_lastError = found.error();
        return hits;
    }
    return std::move(found).value();
}

QList<Domain> OrganizationRepository::domains() const
{
    return query::selectAll(m_db, QStringLiteral("SELECT id, name FROM domain ORDER BY sort_key"),
                            {}, [](const QSqlQuery &q) {
                                return Domain{q.value(0).toInt(), q.value(1).toString()};
                            });
}

qint64 OrganizationRepository::count() const
{
    return query::selectId(m_db, QStringLiteral("SELECT count(*) FROM organization")).value_or(0);
}

} // namespace dc

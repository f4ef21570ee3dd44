#include "OrganizationRepository.h"

#include "OrganizationFilter.h"
#include "core/Text.h"
#include "storage/AuditLog.h"
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

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

const QString organizationColumns = QStringLiteral(
    "id, name, acronym, kind, legal_form, status, purposes, public_utility, cif, registry_number, "
    "registry_date, county_id, locality, address, email, phone, website, contact_person, "
    "volunteer_count, volunteering, notes, created_at, updated_at");

void bindOrganization(QSqlQuery &q, const Organization &o)
{
    q.bindValue(QStringLiteral(":name"), o.name);
    q.bindValue(QStringLiteral(":name_sort"), text::sortKey(o.name));
    q.bindValue(QStringLiteral(":name_folded"), text::folded(o.name));
    q.bindValue(QStringLiteral(":acronym"), orNull(o.acronym));
    q.bindValue(QStringLiteral(":kind"), organizationKindCode(o.kind));
    q.bindValue(QStringLiteral(":legal_form"), orNull(legalFormCode(o.legalForm)));
    q.bindValue(QStringLiteral(":status"), registryStatusCode(o.status));
    q.bindValue(QStringLiteral(":purposes"), orNull(o.purposes));
    q.bindValue(QStringLiteral(":public_utility"), orNull(o.publicUtility));
    q.bindValue(QStringLiteral(":cif"), orNull(o.cif));
    q.bindValue(QStringLiteral(":registry_number"), orNull(o.registryNumber));
    q.bindValue(QStringLiteral(":registry_date"),
                o.registryDate.isValid() ? QVariant(o.registryDate.toString(Qt::ISODate))
                                         : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":county_id"),
                o.countyId > 0 ? QVariant(o.countyId) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":locality"), orNull(o.locality));
    q.bindValue(QStringLiteral(":address"), orNull(o.address));
    q.bindValue(QStringLiteral(":email"), orNull(o.email));
    q.bindValue(QStringLiteral(":phone"), orNull(o.phone));
    q.bindValue(QStringLiteral(":website"), orNull(o.website));
    q.bindValue(QStringLiteral(":contact_person"), orNull(o.contactPerson));
    q.bindValue(QStringLiteral(":volunteer_count"), o.volunteerCount
                                                        ? QVariant(*o.volunteerCount)
                                                        : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":volunteering"), o.volunteering ? 1 : 0);
    q.bindValue(QStringLiteral(":notes"), orNull(o.notes));
}

} // namespace

Organization OrganizationRepository::fromRow(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.acronym = q.value(2).toString();
    o.kind = organizationKindFromCode(q.value(3).toString());
    o.legalForm = legalFormFromCode(q.value(4).toString());
    o.status = registryStatusFromCode(q.value(5).toString());
    o.purposes = q.value(6).toString();
    o.publicUtility = q.value(7).toString();
    o.cif = q.value(8).toString();
    o.registryNumber = q.value(9).toString();
    o.registryDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    o.countyId = q.value(11).toInt();
    o.locality = q.value(12).toString();
    o.address = q.value(13).toString();
    o.email = q.value(14).toString();
    o.phone = q.value(15).toString();
    o.website = q.value(16).toString();
    o.contactPerson = q.value(17).toString();
    if (!q.value(18).isNull())
        o.volunteerCount = q.value(18).toInt();
    o.volunteering = q.value(19).toLongLong() != 0;
    o.notes = q.value(20).toString();
    o.createdAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODate);
    o.updatedAt = QDateTime::fromString(q.value(22).toString(), Qt::ISODate);
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
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM organization WHERE id = :id").arg(organizationColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    Organization o = fromRow(q);
    q.prepare(QStringLiteral(
        "SELECT d.name FROM organization_domain od JOIN domain d ON d.id = od.domain_id "
        "WHERE od.organization_id = :id ORDER BY d.sort_key"));
    q.bindValue(QStringLiteral(":id"), id);
    q.exec();
    while (q.next())
        o.domains << q.value(0).toString();
    return o;
}

std::optional<qint64> OrganizationRepository::findId(const QString &sql, const QString &bind,
                                                     const QVariant &value) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.bindValue(bind, value);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id FROM organization WHERE name_folded = :name AND county_id IS :county "
        "ORDER BY id LIMIT 1"));
    q.bindValue(QStringLiteral(":name"), text::folded(name));
    q.bindValue(QStringLiteral(":county"),
                countyId > 0 ? QVariant(countyId) : QVariant(QMetaType::fromType<int>()));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM organization_domain WHERE organization_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    for (const QString &name : domains) {
        const QString folded = text::folded(name);
        std::optional<qint64> domainId =
            findId(QStringLiteral("SELECT id FROM domain WHERE folded = :v"), QStringLiteral(":v"),
                   folded);
        if (!domainId) {
            q.prepare(QStringLiteral("INSERT INTO domain (name, folded, sort_key) VALUES (:name, "
                                     ":folded, :sort) RETURNING id"));
            q.bindValue(QStringLiteral(":name"), name);
            q.bindValue(QStringLiteral(":folded"), folded);
            q.bindValue(QStringLiteral(":sort"), text::sortKey(name));
            if (!q.exec() || !q.next())
                return Status::failure(q.lastError().text());
            domainId = q.value(0).toLongLong();
        }
        q.prepare(QStringLiteral(
            "INSERT INTO organization_domain (organization_id, domain_id) VALUES (:o, :d)"));
        q.bindValue(QStringLiteral(":o"), id);
        q.bindValue(QStringLiteral(":d"), *domainId);
        if (!q.exec())
            return Status::failure(q.lastError().text());
    }
    return {};
}

Result<qint64> OrganizationRepository::insertInTransaction(Organization &o, bool keepId)
{
    using R = Result<qint64>;
    const QString now = nowIso();
    if (!o.createdAt.isValid())
        o.createdAt = QDateTime::fromString(now, Qt::ISODate);
    o.updatedAt = QDateTime::fromString(now, Qt::ISODate);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO organization (%1name, name_sort, name_folded, acronym, "
                             "kind, legal_form, status, purposes, "
                             "public_utility, cif, registry_number, registry_date, county_id, "
                             "locality, address, email, phone, "
                             "website, contact_person, volunteer_count, volunteering, notes, "
                             "created_at, updated_at) VALUES (%2"
                             ":name, :name_sort, :name_folded, :acronym, :kind, :legal_form, "
                             ":status, :purposes, :public_utility, "
                             ":cif, :registry_number, :registry_date, :county_id, :locality, "
                             ":address, :email, :phone, :website, "
                             ":contact_person, :volunteer_count, :volunteering, :notes, "
                             ":created_at, :updated_at) RETURNING id")
                  .arg(keepId ? QStringLiteral("id, ") : QString(),
                       keepId ? QStringLiteral(":id, ") : QString()));
    if (keepId)
        q.bindValue(QStringLiteral(":id"), o.id);
    bindOrganization(q, o);
    q.bindValue(QStringLiteral(":created_at"), o.createdAt.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":updated_at"), now);
    if (!q.exec() || !q.next())
        return R::failure(q.lastError().text());
    o.id = q.value(0).toLongLong();
    q.finish();
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE organization SET name = :name, name_sort = :name_sort, name_folded = :name_folded, "
        "acronym = :acronym, kind = :kind, legal_form = :legal_form, status = :status, purposes = "
        ":purposes, "
        "public_utility = :public_utility, cif = :cif, registry_number = :registry_number, "
        "registry_date = :registry_date, county_id = :county_id, locality = :locality, address = "
        ":address, "
        "email = :email, phone = :phone, website = :website, contact_person = :contact_person, "
        "volunteer_count = :volunteer_count, volunteering = :volunteering, notes = :notes, "
        "updated_at = :updated_at WHERE id = :id"));
    bindOrganization(q, o);
    const QString now = nowIso();
    q.bindValue(QStringLiteral(":updated_at"), now);
    q.bindValue(QStringLiteral(":id"), o.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM organization WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), before.id);
    if (!q.exec())
        return Status::failure(Messages::tr("The organization %1 cannot be deleted: %2")
                                   .arg(before.name, q.lastError().text()));
    return AuditLog::record(m_db, QStringLiteral("organization"), before.id,
                            AuditLog::Action::Delete, before.toJson(), {});
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
    const QString fts = ftsPrefixQuery(text);
    if (fts.isEmpty())
        return hits;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT o.id, o.name, c.name, o.cif FROM organization_fts f "
        "JOIN organization o ON o.id = f.rowid LEFT JOIN county c ON c.id = o.county_id "
        "WHERE organization_fts MATCH :fts ORDER BY f.rank, o.name_sort LIMIT :limit"));
    q.bindValue(QStringLiteral(":fts"), fts);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return hits;
    }
    while (q.next())
        hits.append({q.value(0).toLongLong(), q.value(1).toString(),
                     q.value(2).isNull() ? undeterminedCountyName() : q.value(2).toString(),
                     q.value(3).toString()});
    return hits;
}

QList<Domain> OrganizationRepository::domains() const
{
    QList<Domain> result;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name FROM domain ORDER BY sort_key"));
    while (q.next())
        result.append({q.value(0).toInt(), q.value(1).toString()});
    return result;
}

qint64 OrganizationRepository::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM organization")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace dc

#include "OrganizationRows.h"

#include "OrganizationRepository.h"
#include "core/Text.h"
#include "storage/SqlValues.h"

#include <QSqlError>

#include "storage/SqliteStatement.h"

namespace dc {

const QStringList &organizationrows::columns()
{
    static const QStringList names = {QStringLiteral("name"),
                                      QStringLiteral("name_sort"),
                                      QStringLiteral("name_folded"),
                                      QStringLiteral("acronym"),
                                      QStringLiteral("kind"),
                                      QStringLiteral("legal_form"),
                                      QStringLiteral("status"),
                                      QStringLiteral("purposes"),
                                      QStringLiteral("public_utility"),
                                      QStringLiteral("cif"),
                                      QStringLiteral("registry_number"),
                                      QStringLiteral("registry_date"),
                                      QStringLiteral("county_id"),
                                      QStringLiteral("locality"),
                                      QStringLiteral("address"),
                                      QStringLiteral("email"),
                                      QStringLiteral("phone"),
                                      QStringLiteral("website"),
                                      QStringLiteral("contact_person"),
                                      QStringLiteral("volunteer_count"),
                                      QStringLiteral("volunteering"),
                                      QStringLiteral("notes")};
    return names;
}

QVariantList organizationrows::values(const Organization &o, const QString &nameSort,
                                      const QString &nameFolded)
{
    return {o.name,
            nameSort.isNull() ? text::sortKey(o.name) : nameSort,
            nameFolded.isNull() ? text::folded(o.name) : nameFolded,
            sqlvalues::text(o.acronym),
            organizationKindCode(o.kind),
            sqlvalues::text(legalFormCode(o.legalForm)),
            registryStatusCode(o.status),
            sqlvalues::text(o.purposes),
            sqlvalues::text(o.publicUtility),
            sqlvalues::text(o.cif),
            sqlvalues::text(o.registryNumber),
            sqlvalues::date(o.registryDate),
            sqlvalues::id(o.countyId),
            sqlvalues::text(o.locality),
            sqlvalues::text(o.address),
            sqlvalues::text(o.email),
            sqlvalues::text(o.phone),
            sqlvalues::text(o.website),
            sqlvalues::text(o.contactPerson),
            sqlvalues::number(o.volunteerCount),
            sqlvalues::flag(o.volunteering),
            sqlvalues::text(o.notes)};
}

namespace {

QStringList insertColumns()
{
    return QStringList{QStringLiteral("id")} + organizationrows::columns() +
           QStringList{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                       QStringLiteral("import_id")};
}

} // namespace

OrganizationBulkWriter::OrganizationBulkWriter(QSqlDatabase db, qint64 importId)
    : m_db(std::move(db)), m_importId(importId), m_now(sqlvalues::nowIso()),
      m_insert(QStringLiteral("organization"), insertColumns()),
      m_link(QStringLiteral("organization_domain"),
             {QStringLiteral("organization_id"), QStringLiteral("domain_id")}),
      m_audit(QStringLiteral("organization"), importId), m_select(m_db), m_selectDomains(m_db),
      m_selectMany(m_db), m_selectManyDomains(m_db)
{
}

Status OrganizationBulkWriter::prepare()
{
    m_server = !sqlite::handle(m_db);
    if (m_server) {
        // The ids are given here, as on SQLite: no other writer may add an organization until
        // this import commits (readers go on). finish() moves the identity past them.
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("LOCK TABLE organization IN SHARE ROW EXCLUSIVE MODE")))
            return Status::failure(lock.lastError().text());
    }
    if (Status s = m_insert.prepare(m_db); !s)
        return s;
    if (Status s = m_link.prepare(m_db); !s)
        return s;
    if (Status s = m_audit.prepare(m_db); !s)
        return s;
    QByteArray update = "UPDATE organization SET ";
    for (const QString &column : organizationrows::columns())
        update += column.toLatin1() + " = ?, ";
    update += "updated_at = ?, import_id = ? WHERE id = ?";
    const std::pair<bulk::Statement *, QByteArray> statements[] = {
        {&m_update, update},
        {&m_unlink, "DELETE FROM organization_domain WHERE organization_id = ?"},
        {&m_addDomain, "INSERT INTO domain (name, folded, sort_key) VALUES (?, ?, ?) RETURNING id"},
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(m_db, sql))
            return Status::failure(statement->error());
    }
    for (QSqlQuery *q : {&m_select, &m_selectDomains})
        q->setForwardOnly(true);
    if (!m_select.prepare(QStringLiteral("SELECT %1 FROM organization WHERE id = ?")
                              .arg(OrganizationRepository::selectColumns())) ||
        !m_selectDomains.prepare(QStringLiteral(
            "SELECT d.name FROM organization_domain od JOIN domain d ON d.id = od.domain_id "
            "WHERE od.organization_id = ? ORDER BY d.sort_key")))
        return Status::failure(m_select.lastError().text());
    if (m_server) {
        // The ids bound as one text parameter: one plan whatever their number.
        for (QSqlQuery *q : {&m_selectMany, &m_selectManyDomains})
            q->setForwardOnly(true);
        if (!m_selectMany.prepare(
                QStringLiteral("SELECT %1 FROM organization "
                               "WHERE id = ANY (string_to_array(?, ',')::bigint[])")
                    .arg(OrganizationRepository::selectColumns())))
            return Status::failure(m_selectMany.lastError().text());
        if (!m_selectManyDomains.prepare(
                QStringLiteral("SELECT od.organization_id, d.name FROM organization_domain od "
                               "JOIN domain d ON d.id = od.domain_id "
                               "WHERE od.organization_id = ANY (string_to_array(?, ',')::bigint[]) "
                               "ORDER BY od.organization_id, d.sort_key")))
            return Status::failure(m_selectManyDomains.lastError().text());
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM organization")) || !q.next())
        return Status::failure(q.lastError().text());
    m_firstId = m_firstQueued = m_nextId = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT id, name, folded FROM domain")))
        return Status::failure(q.lastError().text());
    while (q.next())
        m_domains.insert(q.value(2).toString(), {q.value(0).toLongLong(), q.value(1).toString()});
    return {};
}

QString OrganizationBulkWriter::canonicalDomain(const QString &name) const
{
    const auto it = m_domains.constFind(text::folded(text::normalized(name)));
    return it != m_domains.cend() ? it->name : name;
}

void OrganizationBulkWriter::setImportId(qint64 importId)
{
    m_importId = importId;
    m_audit.setImportId(importId);
}

QHash<QString, QString> OrganizationBulkWriter::domainSpellings() const
{
    QHash<QString, QString> spellings;
    spellings.reserve(m_domains.size());
    for (auto it = m_domains.cbegin(); it != m_domains.cend(); ++it)
        spellings.insert(it.key(), it->name);
    return spellings;
}

Status OrganizationBulkWriter::add(Organization &o, const QString &nameSort,
                                   const QString &nameFolded)
{
    o.id = m_nextId++;
    QVariantList row = organizationrows::values(o, nameSort, nameFolded);
    row.prepend(o.id);
    row << m_now << m_now << m_importId;
    if (!o.domains.isEmpty())
        m_queuedDomains.push_back({o.id, o.domains});
    if (Status s = m_insert.add(row); !s)
        return s;
    // A full statement was written: the domains of its organizations can be linked now.
    return m_insert.waiting() == 0 ? flush() : Status{};
}

Status OrganizationBulkWriter::flush()
{
    if (Status s = m_insert.flush(); !s)
        return s;
    m_firstQueued = m_nextId;
    if (m_queuedDomains.empty() && m_link.waiting() == 0)
        return {};
    return withFreshPlans([this]() -> Status {
        for (const auto &[id, domains] : std::as_const(m_queuedDomains)) {
            if (Status s = linkDomains(id, domains); !s)
                return s;
        }
        m_queuedDomains.clear();
        return m_link.flush();
    });
}

Status OrganizationBulkWriter::withFreshPlans(const std::function<Status()> &links)
{
    if (!m_server)
        return links();
    // The foreign key checks of the links keep the plan made when the organization table was
    // small: a scan of the whole table, each link slower than the one before (8 ms a statement
    // of 16 links at 10,000 organizations, measured). Planned for each statement instead, they
    // look the id up in the index, whatever the import has added.
    QSqlQuery mode(m_db);
    if (!mode.exec(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan")))
        return Status::failure(mode.lastError().text());
    const Status written = links();
    if (!mode.exec(QStringLiteral("SET LOCAL plan_cache_mode = auto")))
        return Status::failure(mode.lastError().text());
    return written;
}

Status OrganizationBulkWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (!m_server || m_nextId == m_firstId)
        return {};
    // The identity's next value past the ids given here. Not setval(), which needs UPDATE on the
    // sequence: an editor may only take values from it (USAGE), so it takes as many as were
    // given. The table is locked against other writers: nobody else takes one meanwhile.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pg_get_serial_sequence('organization', 'id')")) || !q.next())
        return Status::failure(q.lastError().text());
    const QString sequence = q.value(0).toString();
    q.finish();
    if (!q.prepare(
            QStringLiteral(
                "SELECT count(nextval(:sequence)) FROM generate_series(1, "
                "(SELECT max(id) FROM organization) - (SELECT CASE WHEN is_called THEN last_value "
                "ELSE last_value - 1 END FROM %1))")
                .arg(sequence)))
        return Status::failure(q.lastError().text());
    q.bindValue(QStringLiteral(":sequence"), sequence);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

Status OrganizationBulkWriter::linkDomains(qint64 id, const QStringList &domains)
{
    for (const QString &name : domains) {
        const QString folded = text::folded(name);
        auto it = m_domains.find(folded);
        if (it == m_domains.end()) {
            m_addDomain.bind(1, name);
            m_addDomain.bind(2, folded);
            m_addDomain.bind(3, text::sortKey(name));
            if (!m_addDomain.next()) {
                const QString error = m_addDomain.error();
                m_addDomain.reset();
                return Status::failure(error);
            }
            const qint64 domainId = m_addDomain.int64(0);
            m_addDomain.reset();
            it = m_domains.insert(folded, {domainId, name});
        }
        if (Status s = m_link.add({id, it->id}); !s)
            return s;
    }
    return {};
}

Status OrganizationBulkWriter::rewrite(const Organization &o)
{
    m_prefetched.remove(o.id);
    if (isQueued(o.id)) {
        if (Status s = flush(); !s)
            return s;
    }
    const QVariantList row = organizationrows::values(o);
    int i = 0;
    for (const QVariant &value : row)
        m_update.bind(++i, value);
    m_update.bind(++i, m_now);
    m_update.bind(++i, m_importId);
    m_update.bind(++i, o.id);
    if (!m_update.run())
        return Status::failure(m_update.error());
    return {};
}

Status OrganizationBulkWriter::audit(qint64 id, const QJsonObject &oldValues,
                                     const QJsonObject &newValues)
{
    return m_audit.changed(id, oldValues, newValues);
}

Status OrganizationBulkWriter::update(const Organization &before, const Organization &o)
{
    if (Status s = rewrite(o); !s)
        return s;
    if (before.domains != o.domains) {
        m_unlink.bind(1, o.id);
        if (!m_unlink.run())
            return Status::failure(m_unlink.error());
        if (Status s = withFreshPlans([&]() -> Status {
                if (Status s = linkDomains(o.id, o.domains); !s)
                    return s;
                return m_link.flush();
            });
            !s)
            return s;
    }
    return m_audit.changed(o.id, before.toJson(), o.toJson());
}

Result<Organization> OrganizationBulkWriter::load(qint64 id)
{
    using R = Result<Organization>;
    if (const auto it = m_prefetched.constFind(id); it != m_prefetched.cend())
        return *it;
    if (isQueued(id)) {
        if (Status s = flush(); !s)
            return R::failure(s.error());
    }
    m_select.bindValue(0, id);
    if (!m_select.exec())
        return R::failure(m_select.lastError().text());
    if (!m_select.next())
        return R::failure(QStringLiteral("organization no. %1 vanished during the import").arg(id));
    Organization o = OrganizationRepository::fromRow(m_select);
    m_select.finish();
    m_selectDomains.bindValue(0, id);
    if (!m_selectDomains.exec())
        return R::failure(m_selectDomains.lastError().text());
    while (m_selectDomains.next())
        o.domains << m_selectDomains.value(0).toString();
    m_selectDomains.finish();
    return o;
}

Status OrganizationBulkWriter::prefetch(const QList<qint64> &ids)
{
    m_prefetched.clear();
    if (!m_server || ids.isEmpty())
        return {};
    const QString bound = bulk::idsParameter(ids);
    m_selectMany.bindValue(0, bound);
    if (!m_selectMany.exec())
        return Status::failure(m_selectMany.lastError().text());
    m_prefetched.reserve(ids.size());
    while (m_selectMany.next()) {
        Organization o = OrganizationRepository::fromRow(m_selectMany);
        const qint64 id = o.id;
        m_prefetched.insert(id, std::move(o));
    }
    m_selectMany.finish();
    m_selectManyDomains.bindValue(0, bound);
    if (!m_selectManyDomains.exec()) {
        m_prefetched.clear();
        return Status::failure(m_selectManyDomains.lastError().text());
    }
    while (m_selectManyDomains.next()) {
        const auto it = m_prefetched.find(m_selectManyDomains.value(0).toLongLong());
        if (it != m_prefetched.end())
            it->domains << m_selectManyDomains.value(1).toString();
    }
    m_selectManyDomains.finish();
    return {};
}

} // namespace dc

#include "OrganizationImporter.h"

#include "OrganizationRepository.h"

#include "Geography.h"
#include "Organization.h"
#include "OrganizationValidation.h"
#include "core/Text.h"
#include "files/CsvReader.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationImporter)
};

constexpr int fieldCount = int(ImportField::Volunteering) + 1;
// How often the progress callback is asked: often enough for a smooth bar, rarely enough to cost
// nothing.
constexpr int progressEvery = 512;

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// 0 is an unknown county, NULL in the database.
QVariant countyOrNull(int countyId)
{
    return countyId > 0 ? QVariant(countyId) : QVariant(QMetaType::fromType<int>());
}

std::optional<OrganizationField> organizationFieldOf(ImportField f)
{
    switch (f) {
    case ImportField::Name:
        return OrganizationField::Name;
    case ImportField::Acronym:
        return OrganizationField::Acronym;
    case ImportField::LegalForm:
        return OrganizationField::LegalForm;
    case ImportField::Cif:
        return OrganizationField::Cif;
    case ImportField::RegistryNumber:
        return OrganizationField::RegistryNumber;
    case ImportField::County:
        return OrganizationField::County;
    case ImportField::Locality:
        return OrganizationField::Locality;
    case ImportField::Address:
        return OrganizationField::Address;
    case ImportField::Email:
        return OrganizationField::Email;
    case ImportField::Phone:
        return OrganizationField::Phone;
    case ImportField::Website:
        return OrganizationField::Website;
    case ImportField::ContactPerson:
        return OrganizationField::ContactPerson;
    case ImportField::Domains:
        return OrganizationField::Domains;
    case ImportField::VolunteerCount:
        return OrganizationField::VolunteerCount;
    case ImportField::Volunteering:
        break;
    }
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString f = text::folded(text);
    if (f.isEmpty() || f == QLatin1String("nu") || f == QLatin1String("no") ||
        f == QLatin1String("0") || f == QLatin1String("false") || f == QLatin1String("n"))
        return false;
    if (f == QLatin1String("da") || f == QLatin1String("yes") || f == QLatin1String("1") ||
        f == QLatin1String("true") || f == QLatin1String("d") || f == QLatin1String("y") ||
        f == QLatin1String("x"))
        return true;
    return std::nullopt;
}

/// validation::normalizeCif without its regular expression, which is compiled anew on each call
/// (a tenth of the import's time): "RO 1234 5678" -> "12345678".
QString cifKey(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            s.append(c);
    }
    if (s.startsWith(QLatin1String("RO"), Qt::CaseInsensitive))
        s.remove(0, 2);
    return s.toUpper();
}

QList<ImportColumn> mapHeader(const QStringList &header)
{
    QList<ImportColumn> columns;
    std::array<bool, fieldCount> taken{};
    for (const QString &h : header) {
        ImportColumn column{h.trimmed(), ImportColumns::fieldForHeader(h)};
        if (column.field) {
            // Two columns for one field: the first one counts, so that the result never depends
            // on which of two differing cells wins.
            if (taken[int(*column.field)])
                column.field.reset();
            else
                taken[int(*column.field)] = true;
        }
        columns << column;
    }
    return columns;
}

/// One run over one file: the prepared statements, the caches and the counts.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationImporter)

public:
    struct Outcome
    {
        ImportAction action = ImportAction::Rejected;
        QString reason;
        qint64 id = 0;
    };

    ImportRun(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

    Status prepare(const QList<ImportColumn> &columns);
    /// Applies one record; a Status failure is a database failure that ends the whole import.
    Result<Outcome> apply(const QStringList &cells);

private:
    struct Lookup
    {
        qint64 id = 0;
        QString cif;
        QString registryNumber;
    };

    const QString &cell(const QStringList &cells, ImportField f) const
    {
        static const QString empty;
        const int i = m_column[int(f)];
        return i >= 0 && i < cells.size() ? cells.at(i) : empty;
    }
    bool has(ImportField f) const { return m_column[int(f)] >= 0; }
    QString header(ImportField f) const { return m_headers[int(f)]; }

    Status failure(const QSqlQuery &q) const
    {
        return Status::failure(
            tr("%1: the database refused the import (%2).").arg(m_path, q.lastError().text()));
    }
    std::optional<Lookup> findBy(QSqlQuery &q, const QVariant &a, const QVariant &b = {});
    Result<Organization> load(qint64 id);
    std::optional<int> county(const QString &text);
    QString canonicalDomain(const QString &name);
    Status writeOrganization(Organization &o, const Organization *before);
    Status writeDomains(qint64 id, const QStringList &domains, bool replace);
    Status audit(qint64 id, AuditLog::Action action, const QJsonObject &oldValues,
                 const QJsonObject &newValues);
    Status loadDomains();

    QSqlDatabase m_db;
    QString m_path;
    std::array<int, fieldCount> m_column{};
    std::array<QString, fieldCount> m_headers;
    Geography m_geography;
    QHash<QString, std::optional<int>> m_countyCache;
    struct DomainEntry
    {
        qint64 id = 0;
        QString name;
    };
    QHash<QString, DomainEntry> m_domains; // by folded name
    QString m_now;
    QString m_user;

    QSqlQuery m_byCif{m_db};
    QSqlQuery m_byRegistryNumber{m_db};
    QSqlQuery m_byNameAndCounty{m_db};
    QSqlQuery m_select{m_db};
    QSqlQuery m_selectDomains{m_db};
    QSqlQuery m_insert{m_db};
    QSqlQuery m_update{m_db};
    QSqlQuery m_deleteDomains{m_db};
    QSqlQuery m_insertDomain{m_db};
    QSqlQuery m_link{m_db};
    QSqlQuery m_audit{m_db};
};

Status ImportRun::prepare(const QList<ImportColumn> &columns)
{
    m_column.fill(-1);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).field) {
            m_column[int(*columns.at(i).field)] = i;
            m_headers[int(*columns.at(i).field)] = columns.at(i).header;
        }
    }
    m_geography = Geography::load(m_db);
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_user = AuditLog::osUser();

    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&m_byCif, "SELECT id, cif, registry_number FROM organization WHERE cif = ?"},
        {&m_byRegistryNumber,
         "SELECT id, cif, registry_number FROM organization WHERE registry_number = ?"},
        {&m_byNameAndCounty, "SELECT id, cif, registry_number FROM organization "
                             "WHERE name_folded = ? AND county_id IS ? ORDER BY id LIMIT 1"},
        {&m_select,
         "SELECT id, name, acronym, kind, legal_form, status, purposes, public_utility, cif, "
         "registry_number, registry_date, county_id, locality, address, email, phone, website, "
         "contact_person, volunteer_count, volunteering, notes, created_at, updated_at "
         "FROM organization WHERE id = ?"},
        {&m_selectDomains,
         "SELECT d.name FROM organization_domain od JOIN domain d ON d.id = od.domain_id "
         "WHERE od.organization_id = ? ORDER BY d.sort_key"},
        {&m_insert,
         "INSERT INTO organization (name, name_sort, name_folded, acronym, kind, legal_form, "
         "status, "
         "purposes, public_utility, cif, registry_number, registry_date, county_id, locality, "
         "address, email, phone, website, contact_person, volunteer_count, volunteering, notes, "
         "created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
         "RETURNING id"},
        {&m_update,
         "UPDATE organization SET name = ?, name_sort = ?, name_folded = ?, acronym = ?, kind = ?, "
         "legal_form = ?, status = ?, purposes = ?, public_utility = ?, cif = ?, registry_number = "
         "?, "
         "registry_date = ?, county_id = ?, locality = ?, address = ?, email = ?, phone = ?, "
         "website = ?, contact_person = ?, volunteer_count = ?, volunteering = ?, notes = ?, "
         "updated_at = ? WHERE id = ?"},
        {&m_deleteDomains, "DELETE FROM organization_domain WHERE organization_id = ?"},
        {&m_insertDomain,
         "INSERT INTO domain (name, folded, sort_key) VALUES (?, ?, ?) RETURNING id"},
        {&m_link, "INSERT INTO organization_domain (organization_id, domain_id) VALUES (?, ?)"},
        {&m_audit, "INSERT INTO audit_log (table_name, row_id, action, old_values, new_values, "
                   "os_user, changed_at) "
                   "VALUES ('organization', ?, ?, ?, ?, ?, ?)"},
    };
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(sql)))
            return failure(*query);
    }
    return loadDomains();
}

Status ImportRun::loadDomains()
{
    m_domains.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, folded FROM domain")))
        return failure(q);
    while (q.next())
        m_domains.insert(q.value(2).toString(), {q.value(0).toLongLong(), q.value(1).toString()});
    return {};
}

std::optional<ImportRun::Lookup> ImportRun::findBy(QSqlQuery &q, const QVariant &a,
                                                   const QVariant &b)
{
    q.bindValue(0, a);
    if (b.isValid())
        q.bindValue(1, b);
    std::optional<Lookup> found;
    if (q.exec() && q.next())
        found = Lookup{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    return found;
}

Result<Organization> ImportRun::load(qint64 id)
{
    using R = Result<Organization>;
    m_select.bindValue(0, id);
    if (!m_select.exec())
        return R::failure(failure(m_select).error());
    if (!m_select.next())
        return R::failure(Messages::tr("%1: organization no. %2 vanished during the import.")
                              .arg(m_path)
                              .arg(id));
    Organization o = OrganizationRepository::fromRow(m_select);
    m_select.finish();
    m_selectDomains.bindValue(0, id);
    if (!m_selectDomains.exec())
        return R::failure(failure(m_selectDomains).error());
    while (m_selectDomains.next())
        o.domains << m_selectDomains.value(0).toString();
    m_selectDomains.finish();
    return o;
}

std::optional<int> ImportRun::county(const QString &text)
{
    // Files repeat a few dozen spellings a million times; findCounty runs regular expressions.
    const auto it = m_countyCache.constFind(text);
    if (it != m_countyCache.cend())
        return *it;
    const std::optional<int> id = m_geography.findCounty(text);
    m_countyCache.insert(text, id);
    return id;
}

QString ImportRun::canonicalDomain(const QString &name)
{
    // "Educatie" in the file and "Educație" stored are one domain: comparing with the stored
    // spelling keeps a second import from seeing a change that writeDomains would not make.
    const auto it = m_domains.constFind(text::folded(text::normalized(name)));
    return it != m_domains.cend() ? it->name : name;
}

Status ImportRun::audit(qint64 id, AuditLog::Action action, const QJsonObject &oldValues,
                        const QJsonObject &newValues)
{
    // The same row AuditLog::record writes, through a statement prepared once.
    auto json = [](const QJsonObject &o) {
        return o.isEmpty()
                   ? QVariant(QMetaType::fromType<QString>())
                   : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    m_audit.bindValue(0, id);
    m_audit.bindValue(1, action == AuditLog::Action::Insert ? QStringLiteral("insert")
                                                            : QStringLiteral("update"));
    m_audit.bindValue(2, json(oldValues));
    m_audit.bindValue(3, json(newValues));
    m_audit.bindValue(4, m_user);
    m_audit.bindValue(5, m_now);
    if (!m_audit.exec())
        return failure(m_audit);
    return {};
}

Status ImportRun::writeDomains(qint64 id, const QStringList &domains, bool replace)
{
    if (replace) {
        m_deleteDomains.bindValue(0, id);
        if (!m_deleteDomains.exec())
            return failure(m_deleteDomains);
    }
    for (const QString &name : domains) {
        const QString folded = text::folded(name);
        auto it = m_domains.find(folded);
        if (it == m_domains.end()) {
            m_insertDomain.bindValue(0, name);
            m_insertDomain.bindValue(1, folded);
            m_insertDomain.bindValue(2, text::sortKey(name));
            if (!m_insertDomain.exec() || !m_insertDomain.next())
                return failure(m_insertDomain);
            it = m_domains.insert(folded, {m_insertDomain.value(0).toLongLong(), name});
            m_insertDomain.finish();
        }
        m_link.bindValue(0, id);
        m_link.bindValue(1, it->id);
        if (!m_link.exec())
            return failure(m_link);
    }
    return {};
}

Status ImportRun::writeOrganization(Organization &o, const Organization *before)
{
    QSqlQuery &q = before ? m_update : m_insert;
    int i = 0;
    auto bind = [&q, &i](const QVariant &v) { q.bindValue(i++, v); };
    bind(o.name);
    bind(text::sortKey(o.name));
    bind(text::folded(o.name));
    bind(orNull(o.acronym));
    bind(organizationKindCode(o.kind));
    bind(orNull(legalFormCode(o.legalForm)));
    bind(registryStatusCode(o.status));
    bind(orNull(o.purposes));
    bind(orNull(o.publicUtility));
    bind(orNull(o.cif));
    bind(orNull(o.registryNumber));
    bind(o.registryDate.isValid() ? QVariant(o.registryDate.toString(Qt::ISODate))
                                  : QVariant(QMetaType::fromType<QString>()));
    bind(countyOrNull(o.countyId));
    bind(orNull(o.locality));
    bind(orNull(o.address));
    bind(orNull(o.email));
    bind(orNull(o.phone));
    bind(orNull(o.website));
    bind(orNull(o.contactPerson));
    bind(o.volunteerCount ? QVariant(*o.volunteerCount) : QVariant(QMetaType::fromType<int>()));
    bind(o.volunteering ? 1 : 0);
    bind(orNull(o.notes));
    if (before) {
        bind(m_now);
        bind(o.id);
        if (!q.exec())
            return failure(q);
        if (before->domains != o.domains) {
            if (Status s = writeDomains(o.id, o.domains, true); !s)
                return s;
        }
        return audit(o.id, AuditLog::Action::Update, before->toJson(), o.toJson());
    }
    bind(m_now);
    bind(m_now);
    if (!q.exec() || !q.next())
        return failure(q);
    o.id = q.value(0).toLongLong();
    q.finish();
    if (!o.domains.isEmpty()) {
        if (Status s = writeDomains(o.id, o.domains, false); !s)
            return s;
    }
    return audit(o.id, AuditLog::Action::Insert, {}, o.toJson());
}

Result<ImportRun::Outcome> ImportRun::apply(const QStringList &cells)
{
    using R = Result<Outcome>;
    Outcome outcome;
    QStringList problems;
    QList<OrganizationField> reported;
    auto unreadable = [&](ImportField f, const QString &message) {
        problems << message;
        if (const std::optional<OrganizationField> of = organizationFieldOf(f))
            reported << *of;
    };

    // The keys, in their stored form.
    const QString cif = cifKey(cell(cells, ImportField::Cif));
    const QString registryNumber = text::normalized(cell(cells, ImportField::RegistryNumber));
    std::optional<int> countyId;
    if (has(ImportField::County)) {
        const QString &text = cell(cells, ImportField::County);
        if (text.trimmed().isEmpty()) {
            countyId = 0;
        } else {
            countyId = county(text);
            if (!countyId)
                unreadable(ImportField::County,
                           Messages::tr("%1: unknown county '%2'")
                               .arg(header(ImportField::County), text.trimmed()));
        }
    }

    std::optional<Lookup> byCif = cif.isEmpty() ? std::nullopt : findBy(m_byCif, cif);
    std::optional<Lookup> byNumber;
    bool numberLooked = false;
    auto lookNumber = [&] {
        if (!numberLooked && !registryNumber.isEmpty())
            byNumber = findBy(m_byRegistryNumber, registryNumber);
        numberLooked = true;
    };
    std::optional<Lookup> match = byCif;
    if (!match) {
        lookNumber();
        // A registry number does not override a CIF that says otherwise: such a row is a new
        // organization, and then rejected because its registry number is taken.
        if (byNumber && (cif.isEmpty() || byNumber->cif.isEmpty()))
            match = byNumber;
    }
    // An empty county cell is an unknown county: the same name with no county is the same
    // organization, so that importing the file again changes nothing.
    if (!match && countyId && has(ImportField::Name)) {
        const QString name = cell(cells, ImportField::Name);
        if (!name.trimmed().isEmpty()) {
            std::optional<Lookup> candidate =
                findBy(m_byNameAndCounty, text::folded(name), countyOrNull(*countyId));
            // The same name in the same county is another organization when its CIF or
            // registry number says so.
            if (candidate && (cif.isEmpty() || candidate->cif.isEmpty()) &&
                (registryNumber.isEmpty() || candidate->registryNumber.isEmpty()))
                match = candidate;
        }
    }

    Organization before;
    Organization o;
    if (match) {
        Result<Organization> stored = load(match->id);
        if (!stored)
            return R::failure(stored.error());
        before = std::move(stored).value();
        o = before;
    }

    // Merge the columns the file has into the record; a missing column keeps the stored value.
    auto setText = [&](ImportField f, QString &target) {
        if (has(f))
            target = cell(cells, f);
    };
    setText(ImportField::Name, o.name);
    setText(ImportField::Acronym, o.acronym);
    setText(ImportField::Cif, o.cif);
    setText(ImportField::RegistryNumber, o.registryNumber);
    setText(ImportField::Locality, o.locality);
    setText(ImportField::Address, o.address);
    setText(ImportField::Email, o.email);
    setText(ImportField::Phone, o.phone);
    setText(ImportField::Website, o.website);
    setText(ImportField::ContactPerson, o.contactPerson);
    if (countyId)
        o.countyId = *countyId;
    if (has(ImportField::LegalForm)) {
        const QString &text = cell(cells, ImportField::LegalForm);
        if (const std::optional<LegalForm> form = parseLegalForm(text))
            o.legalForm = *form;
        else
            unreadable(ImportField::LegalForm,
                       Messages::tr("%1: unknown legal form '%2'")
                           .arg(header(ImportField::LegalForm), text.trimmed()));
    }
    if (has(ImportField::VolunteerCount)) {
        const QString text = cell(cells, ImportField::VolunteerCount).trimmed();
        bool ok = true;
        const int count = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok)
            unreadable(ImportField::VolunteerCount,
                       Messages::tr("%1: '%2' is not a whole number")
                           .arg(header(ImportField::VolunteerCount), text));
        o.volunteerCount = text.isEmpty() || !ok ? std::nullopt : std::optional<int>(count);
    }
    if (has(ImportField::Volunteering)) {
        const QString &text = cell(cells, ImportField::Volunteering);
        if (const std::optional<bool> flag = parseYesNo(text))
            o.volunteering = *flag;
        else
            unreadable(ImportField::Volunteering,
                       Messages::tr("%1: '%2' is not da/nu, yes/no or 1/0")
                           .arg(header(ImportField::Volunteering), text.trimmed()));
    }
    if (has(ImportField::Domains)) {
        const QString &text = cell(cells, ImportField::Domains);
        // '|' when the cell has one, so that a domain may hold a comma; else ','.
        const QChar separator =
            text.contains(QLatin1Char('|')) ? QLatin1Char('|') : QLatin1Char(',');
        o.domains.clear();
        for (const QString &d : text.split(separator, Qt::SkipEmptyParts))
            o.domains << canonicalDomain(d);
    }
    normalizeOrganization(o);

    // The record's own checks, leaving out a field already reported as unreadable above (an
    // unknown county name is not reported twice).
    QList<FieldProblem> fieldProblems;
    for (const FieldProblem &p : validateOrganization(o)) {
        if (!reported.contains(p.field))
            fieldProblems << p;
    }
    // Unique keys, with the messages of OrganizationRepository::problemsOf.
    if (has(ImportField::Cif) && !o.cif.isEmpty() && o.cif != cif)
        byCif = findBy(m_byCif, o.cif); // the two normalizations disagreed: ask again
    if (has(ImportField::Cif) && !o.cif.isEmpty() && byCif && byCif->id != o.id) {
        fieldProblems.append({OrganizationField::Cif,
                              QCoreApplication::translate(
                                  "OrganizationRepository",
                                  "The CIF %1 is already used by another organization (no. %2).")
                                  .arg(o.cif)
                                  .arg(byCif->id)});
    }
    if (has(ImportField::RegistryNumber) && !o.registryNumber.isEmpty()) {
        lookNumber();
        if (byNumber && byNumber->id != o.id) {
            fieldProblems.append(
                {OrganizationField::RegistryNumber,
                 QCoreApplication::translate(
                     "OrganizationRepository",
                     "The registry number %1 is already used by another organization (no. %2).")
                     .arg(o.registryNumber)
                     .arg(byNumber->id)});
        }
    }
    for (const FieldProblem &p : std::as_const(fieldProblems))
        problems << organizationFieldName(p.field) + QLatin1String(": ") + p.message;
    if (!problems.isEmpty()) {
        outcome.reason = problems.join(QLatin1String("; "));
        return outcome;
    }

    if (match && before.sameContent(o)) {
        outcome.action = ImportAction::Unchanged;
        outcome.id = o.id;
        return outcome;
    }

    // No savepoint per record: the checks above catch every problem of the data, and a savepoint
    // per row made SQLite journal each statement (a quarter of the time). A write the database
    // still refuses (disk full, a constraint no check knows) ends the import, rolled back whole.
    if (Status s = writeOrganization(o, match ? &before : nullptr); !s)
        return R::failure(s.error());
    outcome.action = match ? ImportAction::Update : ImportAction::New;
    outcome.id = o.id;
    return outcome;
}

/// SQLite's full-text index is kept in sync by triggers. Inside one transaction every triggered
/// write makes FTS5 flush its pending terms (the statement journal's savepoint), which cost two
/// thirds of a large import; rebuilding the index once at the end costs about 2 µs a row. So a
/// large import drops the triggers (read back from the schema, not repeated here), rebuilds the
/// index and puts the triggers back, all inside the import's transaction: a rollback restores them.
class BulkFullTextIndex
{
public:
    explicit BulkFullTextIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Whether rebuilding the whole index is cheaper than the triggers for about @p records rows.
    static bool worthIt(const QSqlDatabase &db, qint64 records)
    {
        if (db.driverName() != QLatin1String("QSQLITE") || records < 2000)
            return false;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM organization")) || !q.next())
            return false;
        // The triggers cost about 30 times what the rebuild costs per row.
        return records * 30 > q.value(0).toLongLong();
    }

    Status suspend()
    {
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = 'organization' AND sql LIKE '%organization_fts%'")))
            return Status::failure(q.lastError().text());
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &[name, sql] : std::as_const(m_triggers)) {
            // The name comes from the schema, never from the user; quoted as an identifier.
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(quoted)))
                return Status::failure(q.lastError().text());
        }
        return {};
    }

    Status resume()
    {
        QSqlQuery q(m_db);
        if (m_triggers.isEmpty())
            return {};
        if (!q.exec(QStringLiteral(
                "INSERT INTO organization_fts(organization_fts) VALUES ('rebuild')")))
            return Status::failure(q.lastError().text());
        for (const auto &[name, sql] : std::as_const(m_triggers)) {
            if (!q.exec(sql))
                return Status::failure(q.lastError().text());
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    QList<std::pair<QString, QString>> m_triggers;
};

/// Reads the file's header row; the reader is then at the first data record.
Result<QList<ImportColumn>> readHeader(CsvReader &reader, const QString &path)
{
    using R = Result<QList<ImportColumn>>;
    QStringList header;
    if (!reader.readRecord(header)) {
        return R::failure(reader.error().isEmpty()
                              ? Messages::tr("%1: the file is empty.").arg(path)
                              : reader.error());
    }
    QList<ImportColumn> columns = mapHeader(header);
    const bool hasName = std::any_of(columns.cbegin(), columns.cend(), [](const ImportColumn &c) {
        return c.field == ImportField::Name;
    });
    if (!hasName) {
        return R::failure(
            Messages::tr("%1: the first row has no column with the organization's name (%2).")
                .arg(path,
                     ImportColumns::headerNames(ImportField::Name).join(QLatin1String(", "))));
    }
    return columns;
}

struct RunResult
{
    ImportSummary summary;
    QList<ImportColumn> columns;
    QList<ImportPreviewRecord> records;
};

Result<RunResult> run(QSqlDatabase db, const QString &path, TextEncoding encoding, bool dryRun,
                      const OrganizationImporter::Progress &progress, int previewRecords)
{
    using R = Result<RunResult>;
    CsvReader reader;
    if (Status s = reader.open(path, encoding); !s)
        return R::failure(s.error());
    RunResult result;
    result.summary.encoding = reader.encoding();
    result.summary.separator = reader.separator();
    result.summary.warnings = reader.warnings();
    Result<QList<ImportColumn>> columns = readHeader(reader, path);
    if (!columns)
        return R::failure(columns.error());
    result.columns = columns.value();

    // A page cache big enough for the indexes a large import touches: with SQLite's 2 MB default,
    // dirty pages spill to the WAL again and again (a third of the time went to pwrite).
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery pragma(db);
    qint64 cacheSize = 0;
    if (sqlite && pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next()) {
        cacheSize = pragma.value(0).toLongLong();
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    const auto restoreCache = qScopeGuard([&] {
        if (sqlite && cacheSize != 0)
            pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });

    Transaction transaction(db, WriterNote::Activity::Import);
    if (!transaction.isActive())
        return R::failure(Messages::tr("%1: the database cannot start the import (%2).")
                              .arg(path, transaction.error()));
    // About 200 bytes a row in the files officials have; a rough count is enough to choose.
    BulkFullTextIndex fullText(db);
    if (BulkFullTextIndex::worthIt(db, reader.size() / 200)) {
        if (Status s = fullText.suspend(); !s)
            return R::failure(
                Messages::tr("%1: the database refused the import (%2).").arg(path, s.error()));
    }
    ImportRun importRun(db, path);
    if (Status s = importRun.prepare(result.columns); !s)
        return R::failure(s.error());

    const int columnCount = int(result.columns.size());
    ImportSummary &summary = result.summary;
    QStringList cells;
    qint64 records = 0;
    while (reader.readRecord(cells)) {
        if (progress && ++records % progressEvery == 0 &&
            !progress(reader.bytesRead(), reader.size())) {
            summary.cancelled = true;
            break;
        }
        const int line = reader.recordLine();
        ImportRun::Outcome outcome;
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }) &&
            !reader.recordUnterminated() && reader.recordProblem().isEmpty())
            continue; // a row of empty cells, as spreadsheets leave below the data
        if (!reader.recordProblem().isEmpty()) {
            outcome.action = ImportAction::Rejected;
            outcome.reason = reader.recordProblem();
        } else if (reader.recordUnterminated()) {
            outcome.reason =
                Messages::tr("a quoted field is not closed; it runs to the end of the file");
        } else if (cells.size() != columnCount &&
                   !(cells.size() > columnCount &&
                     std::all_of(cells.cbegin() + columnCount, cells.cend(),
                                 [](const QString &c) { return c.trimmed().isEmpty(); }))) {
            outcome.reason = Messages::tr("the row has %1 cells, the header row has %2")
                                 .arg(cells.size())
                                 .arg(columnCount);
        } else {
            Result<ImportRun::Outcome> applied = importRun.apply(cells);
            if (!applied)
                return R::failure(applied.error());
            outcome = applied.value();
        }
        switch (outcome.action) {
        case ImportAction::New:
            ++summary.imported;
            break;
        case ImportAction::Update:
            ++summary.updated;
            break;
        case ImportAction::Unchanged:
            ++summary.unchanged;
            break;
        case ImportAction::Rejected:
            summary.rejected.append({line, outcome.reason});
            break;
        }
        if (result.records.size() < previewRecords) {
            cells.resize(columnCount);
            result.records.append({line, outcome.action, outcome.reason, outcome.id, cells});
        }
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error());
    if (progress && !summary.cancelled && !progress(reader.size(), reader.size()))
        summary.cancelled = true;

    if (dryRun || summary.cancelled) {
        transaction.rollback();
        return result;
    }
    if (Status s = fullText.resume(); !s)
        return R::failure(
            Messages::tr("%1: the search index could not be updated (%2).").arg(path, s.error()));
    if (Status s = transaction.commit(); !s)
        return R::failure(
            Messages::tr("%1: the import could not be saved (%2).").arg(path, s.error()));
    return result;
}

} // namespace

OrganizationImporter::OrganizationImporter(QSqlDatabase db) : m_db(std::move(db)) {}

Result<ImportSummary> OrganizationImporter::importFile(const QString &path,
                                                       const ImportOptions &options,
                                                       const Progress &progress)
{
    Result<RunResult> result = run(m_db, path, options.encoding, options.dryRun, progress, 0);
    if (!result)
        return Result<ImportSummary>::failure(result.error());
    return std::move(result.value().summary);
}

Result<ImportPreview> OrganizationImporter::preview(const QString &path, TextEncoding encoding,
                                                    int maxRecords, const Progress &progress) const
{
    Result<RunResult> result = run(m_db, path, encoding, true, progress, std::max(0, maxRecords));
    if (!result)
        return Result<ImportPreview>::failure(result.error());
    ImportPreview preview;
    preview.encoding = result->summary.encoding;
    preview.separator = result->summary.separator;
    preview.columns = std::move(result->columns);
    preview.records = std::move(result->records);
    preview.totals = std::move(result->summary);
    return preview;
}

Result<QList<ImportColumn>> OrganizationImporter::readColumns(const QString &path,
                                                              TextEncoding encoding)
{
    CsvReader reader;
    if (Status s = reader.open(path, encoding); !s)
        return Result<QList<ImportColumn>>::failure(s.error());
    return readHeader(reader, path);
}

} // namespace dc

#include "OrganizationImporter.h"

#include "Geography.h"
#include "Organization.h"
#include "OrganizationRows.h"
#include "OrganizationValidation.h"
#include "core/KeyIndex.h"
#include "core/RowPipe.h"
#include "core/Text.h"
#include "files/CsvReader.h"
#include "storage/BulkWrite.h"
#include "storage/ImportLog.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <future>

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

/// One record of the file, read and checked on the reading thread: what the file says of the
/// organization (only its own columns), the keys it is matched by, and the problems found in its
/// cells alone. Whatever needs the database (matching, unique keys) is left to the writing thread.
struct FileRow
{
    enum class Kind : quint8
    {
        Blank,    ///< a row of empty cells, as spreadsheets leave below the data: skipped
        Rejected, ///< unusable as a whole (bad bytes, unclosed quote, wrong cell count)
        Record
    };
    Kind kind = Kind::Record;
    int line = 0;
    QString reason;    ///< for Rejected
    QStringList cells; ///< the first records' cells, for the preview
    Organization file; ///< the file's columns, as written (a column it lacks stays empty)
    /// The record as a new organization: file, normalized, with its own problems.
    Organization checked;
    QList<FieldProblem> checkedProblems;
    QString checkedSort;    ///< the sort key of checked's name
    QString checkedFolded;  ///< its comparison key
    QStringList unreadable; ///< cells that could not be read ("Judet: unknown county 'Xyz'")
    QList<OrganizationField> reported;
    // The keys, in their stored form.
    QString cif;
    QString registryNumber;
    std::optional<int> countyId; ///< empty: no county column, or a county not found
    QString nameFolded;
};

/// Reads the records of the file and checks each: runs on the reading thread, with caches of its
/// own (counties, domains) and nothing of the database's.
class RowChecker
{
public:
    RowChecker(CsvReader &reader, const QList<ImportColumn> &columns, const Geography &geography,
               int previewRecords)
        : m_reader(reader), m_counties(geography), m_columnCount(int(columns.size())),
          m_previewRecords(previewRecords)
    {
        m_column.fill(-1);
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).field) {
                m_column[int(*columns.at(i).field)] = i;
                m_headers[int(*columns.at(i).field)] = columns.at(i).header;
            }
        }
    }

    bool has(ImportField f) const { return m_column[int(f)] >= 0; }
    /// The stored spelling of each domain, by folded name; before the first read().
    void setDomains(QHash<QString, QString> domains) { m_domains = std::move(domains); }

    /// The next record; false at the end of the file or when reading failed.
    bool read(FileRow &row)
    {
        if (!m_reader.readRecord(m_cells))
            return false;
        row.line = m_reader.recordLine();
        if (m_records++ < m_previewRecords) {
            row.cells = m_cells;
            row.cells.resize(m_columnCount);
        }
        const auto blank = [](const QString &c) { return c.trimmed().isEmpty(); };
        if (!m_reader.recordProblem().isEmpty()) {
            reject(row, m_reader.recordProblem());
        } else if (m_reader.recordUnterminated()) {
            reject(row,
                   Messages::tr("a quoted field is not closed; it runs to the end of the file"));
        } else if (std::all_of(m_cells.cbegin(), m_cells.cend(), blank)) {
            row.kind = FileRow::Kind::Blank;
        } else if (m_cells.size() != m_columnCount &&
                   !(m_cells.size() > m_columnCount &&
                     std::all_of(m_cells.cbegin() + m_columnCount, m_cells.cend(), blank))) {
            reject(row, Messages::tr("the row has %1 cells, the header row has %2")
                            .arg(m_cells.size())
                            .arg(m_columnCount));
        } else {
            check(row);
        }
        return true;
    }

private:
    static void reject(FileRow &row, const QString &reason)
    {
        row.kind = FileRow::Kind::Rejected;
        row.reason = reason;
    }
    const QString &cell(ImportField f) const
    {
        static const QString empty;
        const int i = m_column[int(f)];
        return i >= 0 && i < m_cells.size() ? m_cells.at(i) : empty;
    }
    const QString &header(ImportField f) const { return m_headers[int(f)]; }

    void unreadable(FileRow &row, ImportField f, const QString &message)
    {
        row.unreadable << message;
        if (const std::optional<OrganizationField> of = organizationFieldOf(f))
            row.reported << *of;
    }

    QString canonicalDomain(const QString &name)
    {
        // "Educatie" in the file and "Educație" stored are one domain: comparing with the stored
        // spelling keeps a second import from seeing a change that would not be written.
        const QString folded = text::folded(text::normalized(name));
        const auto it = m_domains.constFind(folded);
        if (it != m_domains.cend())
            return *it;
        m_domains.insert(folded, name);
        return name;
    }

    void check(FileRow &row)
    {
        Organization &o = row.file;
        row.cif = validation::cifKey(cell(ImportField::Cif));
        row.registryNumber = text::normalized(cell(ImportField::RegistryNumber));
        if (has(ImportField::County)) {
            const QString &text = cell(ImportField::County);
            if (text.trimmed().isEmpty()) {
                row.countyId = 0;
            } else {
                row.countyId = m_counties.find(text);
                if (!row.countyId)
                    unreadable(row, ImportField::County,
                               Messages::tr("%1: unknown county '%2'")
                                   .arg(header(ImportField::County), text.trimmed()));
            }
        }
        if (has(ImportField::Name) && !cell(ImportField::Name).trimmed().isEmpty())
            row.nameFolded = text::folded(cell(ImportField::Name));

        o.name = cell(ImportField::Name);
        o.acronym = cell(ImportField::Acronym);
        o.cif = cell(ImportField::Cif);
        o.registryNumber = cell(ImportField::RegistryNumber);
        o.locality = cell(ImportField::Locality);
        o.address = cell(ImportField::Address);
        o.email = cell(ImportField::Email);
        o.phone = cell(ImportField::Phone);
        o.website = cell(ImportField::Website);
        o.contactPerson = cell(ImportField::ContactPerson);
        o.countyId = row.countyId.value_or(0);
        if (has(ImportField::LegalForm)) {
            const QString &text = cell(ImportField::LegalForm);
            if (const std::optional<LegalForm> form = parseLegalForm(text))
                o.legalForm = *form;
            else
                unreadable(row, ImportField::LegalForm,
                           Messages::tr("%1: unknown legal form '%2'")
                               .arg(header(ImportField::LegalForm), text.trimmed()));
        }
        if (has(ImportField::VolunteerCount)) {
            const QString text = cell(ImportField::VolunteerCount).trimmed();
            bool ok = true;
            const int count = text.isEmpty() ? 0 : text.toInt(&ok);
            if (!ok)
                unreadable(row, ImportField::VolunteerCount,
                           Messages::tr("%1: '%2' is not a whole number")
                               .arg(header(ImportField::VolunteerCount), text));
            o.volunteerCount = text.isEmpty() || !ok ? std::nullopt : std::optional<int>(count);
        }
        if (has(ImportField::Volunteering)) {
            const QString &text = cell(ImportField::Volunteering);
            if (const std::optional<bool> flag = parseYesNo(text))
                o.volunteering = *flag;
            else
                unreadable(row, ImportField::Volunteering,
                           Messages::tr("%1: '%2' is not da/nu, yes/no or 1/0")
                               .arg(header(ImportField::Volunteering), text.trimmed()));
        }
        if (has(ImportField::Domains)) {
            const QString &text = cell(ImportField::Domains);
            // '|' when the cell has one, so that a domain may hold a comma; else ','.
            const QChar separator =
                text.contains(QLatin1Char('|')) ? QLatin1Char('|') : QLatin1Char(',');
            for (const QString &d : text.split(separator, Qt::SkipEmptyParts))
                o.domains << canonicalDomain(d);
        }
        // As a new organization (most rows of a large file are).
        row.checked = o;
        normalizeOrganization(row.checked);
        row.checkedProblems = validateOrganization(row.checked);
        row.checkedSort = text::sortKey(row.checked.name);
        row.checkedFolded = text::folded(row.checked.name);
    }

    CsvReader &m_reader;
    CountyFinder m_counties;
    QHash<QString, QString> m_domains; // stored spelling by folded name
    std::array<int, fieldCount> m_column{};
    std::array<QString, fieldCount> m_headers;
    int m_columnCount = 0;
    int m_previewRecords = 0;
    qint64 m_records = 0;
    QStringList m_cells;
};

/// The keys of the stored organizations, in memory: read once at the start, kept up as the
/// import writes. A hit is checked against the stored row (keysOf), since an organization whose
/// CIF, registry number or name an import changed keeps its old entries too.
class StoredKeys
{
public:
    struct Keys
    {
        qint64 id = 0;
        QString cif;
        QString registryNumber;
        QString nameFolded;
        int countyId = 0;
    };

    static quint64 hash(const QString &key) { return qHash(key, 0x6463u); }
    static quint64 hash(const QString &nameFolded, int countyId)
    {
        return qHashMulti(0x6463u, nameFolded, countyId);
    }

    Status load(QSqlDatabase &db, qint64 expectedRows)
    {
        if (!m_keys.prepare(db, "SELECT id, cif, registry_number, name_folded, "
                                "coalesce(county_id, 0) FROM organization WHERE id = ?"))
            return Status::failure(m_keys.error());
        m_server = db.driverName() != QLatin1String("QSQLITE");
        if (m_server &&
            !m_keysMany.prepare(db, "SELECT id, cif, registry_number, name_folded, "
                                    "coalesce(county_id, 0) FROM organization "
                                    "WHERE id = ANY (string_to_array(?, ',')::bigint[])"))
            return Status::failure(m_keysMany.error());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM organization")) || !q.next())
            return Status::failure(q.lastError().text());
        const qint64 stored = q.value(0).toLongLong();
        m_byName.reserve(stored + expectedRows);
        m_byCif.reserve((stored + expectedRows) / 2);
        bulk::Statement all;
        if (!all.prepare(db, "SELECT id, cif, registry_number, name_folded, "
                             "coalesce(county_id, 0) FROM organization"))
            return Status::failure(all.error());
        while (all.next())
            add({all.int64(0), all.text(1), all.text(2), all.text(3), int(all.int64(4))});
        if (all.failed())
            return Status::failure(all.error());
        return {};
    }

    /// On a server: the stored organizations that @p rows may match, their keys read in one
    /// statement (instead of a round trip for each), and their ids, for the writer to read them
    /// too. Forgets the keys the previous call read. Nothing on a file.
    Result<QList<qint64>> prefetch(const std::vector<FileRow> &rows)
    {
        using R = Result<QList<qint64>>;
        m_prefetched.clear();
        QList<qint64> ids;
        if (!m_server)
            return ids;
        QSet<qint64> seen;
        const auto collect = [&](const KeyIndex &index, quint64 h) {
            index.find(h, [&](qint64 id) {
                if (!seen.contains(id)) {
                    seen.insert(id);
                    ids << id;
                }
                return false;
            });
        };
        for (const FileRow &row : rows) {
            if (row.kind != FileRow::Kind::Record)
                continue;
            if (!row.cif.isEmpty())
                collect(m_byCif, hash(row.cif));
            if (!row.registryNumber.isEmpty())
                collect(m_byNumber, hash(row.registryNumber));
            if (row.countyId && !row.nameFolded.isEmpty())
                collect(m_byName, hash(row.nameFolded, *row.countyId));
        }
        if (ids.isEmpty())
            return ids;
        m_keysMany.bind(1, bulk::idsParameter(ids));
        m_prefetched.reserve(ids.size());
        while (m_keysMany.next()) {
            const qint64 id = m_keysMany.int64(0);
            m_prefetched.insert(id, {id, m_keysMany.text(1), m_keysMany.text(2), m_keysMany.text(3),
                                     int(m_keysMany.int64(4))});
        }
        const bool failed = m_keysMany.failed();
        const QString error = m_keysMany.error();
        m_keysMany.reset();
        if (failed) {
            m_prefetched.clear();
            return R::failure(error);
        }
        return ids;
    }

    void add(const Keys &k)
    {
        // What is written is what a read would find (the table is locked against other writers).
        if (m_server)
            m_prefetched.insert(k.id, k);
        if (!k.cif.isEmpty())
            m_byCif.insert(hash(k.cif), k.id);
        if (!k.registryNumber.isEmpty())
            m_byNumber.insert(hash(k.registryNumber), k.id);
        m_byName.insert(hash(k.nameFolded, k.countyId), k.id);
    }

    /// The organization stored with this CIF (the lowest id), checked against its row.
    Result<std::optional<Keys>> byCif(const QString &cif)
    {
        return find(m_byCif, hash(cif), [&cif](const Keys &k) { return k.cif == cif; });
    }
    Result<std::optional<Keys>> byNumber(const QString &number)
    {
        return find(m_byNumber, hash(number),
                    [&number](const Keys &k) { return k.registryNumber == number; });
    }
    Result<std::optional<Keys>> byName(const QString &nameFolded, int countyId)
    {
        return find(m_byName, hash(nameFolded, countyId), [&](const Keys &k) {
            return k.nameFolded == nameFolded && k.countyId == countyId;
        });
    }

    /// Called before a stored row is read (the writer flushes what it queued).
    std::function<Status(qint64 id)> beforeRead;

private:
    template <typename Same>
    Result<std::optional<Keys>> find(const KeyIndex &index, quint64 h, Same same)
    {
        using R = Result<std::optional<Keys>>;
        std::optional<Keys> best;
        QString error;
        index.find(h, [&](qint64 id) {
            if (best && best->id < id)
                return false;
            if (const auto it = m_prefetched.constFind(id); it != m_prefetched.cend()) {
                if (same(*it))
                    best = *it;
                return false;
            }
            if (beforeRead) {
                if (Status s = beforeRead(id); !s) {
                    error = s.error();
                    return true;
                }
            }
            m_keys.bind(1, id);
            if (m_keys.next()) {
                Keys k{id, m_keys.text(1), m_keys.text(2), m_keys.text(3), int(m_keys.int64(4))};
                if (same(k))
                    best = std::move(k);
            } else if (m_keys.failed()) {
                error = m_keys.error();
            }
            m_keys.reset();
            return !error.isEmpty();
        });
        if (!error.isEmpty())
            return R::failure(error);
        return best;
    }

    KeyIndex m_byCif;
    KeyIndex m_byNumber;
    KeyIndex m_byName;
    bulk::Statement m_keys;
    bool m_server = false;
    bulk::Statement m_keysMany;
    QHash<qint64, Keys> m_prefetched;
};

/// The writing half of an import: matches each checked record to a stored organization, merges
/// and checks it, and writes it through the bulk writer.
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

    ImportRun(QSqlDatabase db, QString path, const RowChecker &checker, qint64 importId)
        : m_db(std::move(db)), m_path(std::move(path)), m_checker(checker), m_writer(m_db, importId)
    {
    }

    Status prepare(qint64 expectedRows)
    {
        if (Status s = m_writer.prepare(); !s)
            return failure(s);
        m_keys.beforeRead = [this](qint64 id) {
            return m_writer.isQueued(id) ? m_writer.flush() : Status{};
        };
        if (Status s = m_keys.load(m_db, expectedRows); !s)
            return failure(s);
        return {};
    }
    /// On a server: reads the stored organizations that @p rows may match, in a few statements
    /// instead of a few round trips each (see StoredKeys::prefetch).
    Status prefetch(const std::vector<FileRow> &rows)
    {
        Result<QList<qint64>> ids = m_keys.prefetch(rows);
        if (!ids)
            return failure(Status::failure(ids.error()));
        if (Status s = m_writer.prefetch(ids.value()); !s)
            return failure(s);
        return {};
    }
    /// Applies one record; a Status failure is a database failure that ends the whole import.
    Result<Outcome> apply(FileRow &row);
    Status finish() { return m_writer.finish(); }
    const OrganizationBulkWriter &writer() const { return m_writer; }

private:
    Status failure(const Status &s) const
    {
        return Status::failure(
            tr("%1: the database refused the import (%2).").arg(m_path, s.error()));
    }
    template <typename T> Result<Outcome> failed(const Result<T> &r) const
    {
        return Result<Outcome>::failure(failure(Status::failure(r.error())).error());
    }
    bool has(ImportField f) const { return m_checker.has(f); }

    QSqlDatabase m_db;
    QString m_path;
    const RowChecker &m_checker;
    OrganizationBulkWriter m_writer;
    StoredKeys m_keys;
};

Result<ImportRun::Outcome> ImportRun::apply(FileRow &row)
{
    using R = Result<Outcome>;
    Outcome outcome;
    using Keys = std::optional<StoredKeys::Keys>;

    Result<Keys> byCif = row.cif.isEmpty() ? Result<Keys>(Keys{}) : m_keys.byCif(row.cif);
    if (!byCif)
        return failed(byCif);
    Keys byNumber;
    bool numberLooked = false;
    auto lookNumber = [&]() -> Status {
        if (!numberLooked && !row.registryNumber.isEmpty()) {
            Result<Keys> found = m_keys.byNumber(row.registryNumber);
            if (!found)
                return Status::failure(found.error());
            byNumber = found.value();
        }
        numberLooked = true;
        return {};
    };
    Keys match = byCif.value();
    if (!match) {
        if (Status s = lookNumber(); !s)
            return failed(Result<int>::failure(s.error()));
        // A registry number does not override a CIF that says otherwise: such a row is a new
        // organization, and then rejected because its registry number is taken.
        if (byNumber && (row.cif.isEmpty() || byNumber->cif.isEmpty()))
            match = byNumber;
    }
    // An empty county cell is an unknown county: the same name with no county is the same
    // organization, so that importing the file again changes nothing.
    if (!match && row.countyId && !row.nameFolded.isEmpty()) {
        Result<Keys> candidate = m_keys.byName(row.nameFolded, *row.countyId);
        if (!candidate)
            return failed(candidate);
        // The same name in the same county is another organization when its CIF or registry
        // number says so.
        const Keys &c = candidate.value();
        if (c && (row.cif.isEmpty() || c->cif.isEmpty()) &&
            (row.registryNumber.isEmpty() || c->registryNumber.isEmpty()))
            match = c;
    }

    Organization before;
    Organization o;
    QList<FieldProblem> ownProblems;
    QString nameSort;
    QString nameFolded;
    if (match) {
        Result<Organization> stored = m_writer.load(match->id);
        if (!stored)
            return failed(stored);
        before = std::move(stored).value();
        o = before;
        // Merge the columns the file has into the record; a missing column keeps the stored
        // value.
        const Organization &f = row.file;
        const std::pair<ImportField, QString Organization::*> texts[] = {
            {ImportField::Name, &Organization::name},
            {ImportField::Acronym, &Organization::acronym},
            {ImportField::Cif, &Organization::cif},
            {ImportField::RegistryNumber, &Organization::registryNumber},
            {ImportField::Locality, &Organization::locality},
            {ImportField::Address, &Organization::address},
            {ImportField::Email, &Organization::email},
            {ImportField::Phone, &Organization::phone},
            {ImportField::Website, &Organization::website},
            {ImportField::ContactPerson, &Organization::contactPerson}};
        for (const auto &[field, member] : texts) {
            if (has(field))
                o.*member = f.*member;
        }
        if (row.countyId)
            o.countyId = *row.countyId;
        if (has(ImportField::LegalForm) && !row.reported.contains(OrganizationField::LegalForm))
            o.legalForm = f.legalForm; // an unreadable one rejects the row anyway
        if (has(ImportField::VolunteerCount))
            o.volunteerCount = f.volunteerCount;
        if (has(ImportField::Volunteering))
            o.volunteering = f.volunteering;
        if (has(ImportField::Domains)) {
            o.domains.clear();
            for (const QString &d : f.domains)
                o.domains << m_writer.canonicalDomain(d);
        }
        normalizeOrganization(o);
        ownProblems = validateOrganization(o);
        nameFolded = text::folded(o.name);
    } else {
        o = std::move(row.checked);
        ownProblems = std::move(row.checkedProblems);
        nameSort = std::move(row.checkedSort);
        nameFolded = std::move(row.checkedFolded);
    }

    // The record's own checks, leaving out a field already reported as unreadable (an unknown
    // county name is not reported twice).
    QStringList problems = row.unreadable;
    QList<FieldProblem> fieldProblems;
    for (const FieldProblem &p : std::as_const(ownProblems)) {
        if (!row.reported.contains(p.field))
            fieldProblems << p;
    }
    // Unique keys, with the messages of OrganizationRepository::problemsOf.
    if (has(ImportField::Cif) && !o.cif.isEmpty() && o.cif != row.cif) {
        byCif = m_keys.byCif(o.cif); // the two normalizations disagreed: ask again
        if (!byCif)
            return failed(byCif);
    }
    if (has(ImportField::Cif) && !o.cif.isEmpty() && byCif.value() && byCif.value()->id != o.id) {
        fieldProblems.append({OrganizationField::Cif,
                              QCoreApplication::translate(
                                  "OrganizationRepository",
                                  "The CIF %1 is already used by another organization (no. %2).")
                                  .arg(o.cif)
                                  .arg(byCif.value()->id)});
    }
    if (has(ImportField::RegistryNumber) && !o.registryNumber.isEmpty()) {
        if (Status s = lookNumber(); !s)
            return failed(Result<int>::failure(s.error()));
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

    // No savepoint per record: the checks above catch every problem of the data. A write the
    // database still refuses (disk full, a constraint no check knows) ends the import, rolled
    // back whole.
    if (Status s = match ? m_writer.update(before, o) : m_writer.add(o, nameSort, nameFolded); !s)
        return R::failure(failure(s).error());
    m_keys.add({o.id, o.cif, o.registryNumber, nameFolded, o.countyId});
    outcome.action = match ? ImportAction::Update : ImportAction::New;
    outcome.id = o.id;
    return outcome;
}

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
    const auto refused = [&path](const QString &error) {
        return R::failure(
            Messages::tr("%1: the database refused the import (%2).").arg(path, error));
    };
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
    // The file's SHA-256 for the import's record, on a thread of its own while the import runs.
    std::future<Result<QString>> sha256;
    if (!dryRun)
        sha256 = std::async(std::launch::async, [path] { return ImportLog::sha256Of(path); });

    const bulk::LargePageCache cache(db);
    Transaction transaction(db, WriterNote::Activity::Import);
    if (!transaction.isActive())
        return R::failure(Messages::tr("%1: the database cannot start the import (%2).")
                              .arg(path, transaction.error()));
    const Result<qint64> importId =
        ImportLog::begin(db, ImportLog::Kind::Organizations, path, QString());
    if (!importId)
        return refused(importId.error());
    // About 150 bytes a row in the files officials have: a rough count to size the key maps and
    // to choose whether to rebuild the indexes at the end.
    const qint64 expectedRows = reader.size() / 150;
    bulk::SuspendedIndexes indexes(db, QStringLiteral("organization"),
                                   QStringLiteral("organization_fts"));
    const qint64 threshold = indexes.threshold();
    if (!dryRun && threshold > 0 && expectedRows >= threshold) {
        if (Status s = indexes.suspend(); !s)
            return refused(s.error());
    }

    const Geography geography = Geography::load(db);
    RowChecker checker(reader, result.columns, geography, previewRecords);
    ImportRun importRun(db, path, checker, importId.value());
    if (Status s = importRun.prepare(expectedRows); !s)
        return R::failure(s.error());
    checker.setDomains(importRun.writer().domainSpellings());

    ImportSummary &summary = result.summary;
    RowPipe<FileRow> pipe([&checker](FileRow &row) { return checker.read(row); },
                          [&reader] { return reader.bytesRead(); });
    RowPipe<FileRow>::Batch batch;
    qint64 records = 0;
    while (!summary.cancelled && pipe.next(batch)) {
        if (Status s = importRun.prefetch(batch.rows); !s)
            return R::failure(s.error());
        for (FileRow &row : batch.rows) {
            if (progress && ++records % progressEvery == 0 &&
                !progress(batch.position, reader.size())) {
                summary.cancelled = true;
                break;
            }
            if (row.kind == FileRow::Kind::Blank)
                continue;
            ImportRun::Outcome outcome;
            if (row.kind == FileRow::Kind::Rejected) {
                outcome.reason = row.reason;
            } else {
                Result<ImportRun::Outcome> applied = importRun.apply(row);
                if (!applied)
                    return R::failure(applied.error());
                outcome = applied.value();
            }
            summary.count(outcome.action, row.line, outcome.reason);
            if (result.records.size() < previewRecords)
                result.records.append(
                    {row.line, outcome.action, outcome.reason, outcome.id, row.cells});
        }
    }
    pipe.stop();
    if (!summary.cancelled && !reader.error().isEmpty())
        return R::failure(reader.error());
    // The file is read: what is left is saving (done == total says so).
    if (progress && !summary.cancelled && !progress(reader.size(), reader.size()))
        summary.cancelled = true;

    if (dryRun || summary.cancelled) {
        transaction.rollback();
        return result;
    }
    if (Status s = importRun.finish(); !s)
        return refused(s.error());
    if (Status s = indexes.resume(); !s)
        return R::failure(
            Messages::tr("%1: the search index could not be updated (%2).").arg(path, s.error()));
    const Result<QString> hash = sha256.get();
    if (!hash)
        return R::failure(hash.error());
    if (Status s = ImportLog::finish(db, importId.value(), hash.value(), summary.toJson()); !s)
        return refused(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(
            Messages::tr("%1: the import could not be saved (%2).").arg(path, s.error()));
    return result;
}

} // namespace

void ImportSummary::count(ImportAction action, int line, const QString &reason)
{
    switch (action) {
    case ImportAction::New:
        ++imported;
        break;
    case ImportAction::Update:
        ++updated;
        break;
    case ImportAction::Unchanged:
        ++unchanged;
        break;
    case ImportAction::Rejected:
        rejected.append({line, reason});
        break;
    }
}

QJsonObject ImportSummary::toJson() const
{
    return {{QStringLiteral("added"), imported},
            {QStringLiteral("changed"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("rejected"), int(rejected.size())}};
}

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

#include "NationalRegisterImporter.h"

#include "RegisterColumns.h"
#include "core/RowPipe.h"
#include "core/Text.h"
#include "files/XlsxReader.h"
#include "registry/Geography.h"
#include "registry/Organization.h"
#include "registry/OrganizationRows.h"
#include "storage/AuditLog.h"
#include "storage/BulkWrite.h"
#include "storage/ImportLog.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <vector>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(NationalRegisterImporter)
};

constexpr int progressEvery = 512;
using Statement = bulk::Statement;
// How far down the header row may stand (title rows, merged title cells, notes above it).
constexpr int headerSearchRows = 30;
/// The register's fields of one organization, as a group of rows gives them or as stored.
struct RegisterRecord
{
    QString number;
    QString name;
    QString legalForm;
    QString status = QStringLiteral("active");
    int countyId = 0;
    QString locality;
    QString address;
    QString purposes;
    QString publicUtility;
};

/// One row of the sheet, checked: the register's fields normalized, or why the row cannot be used.
struct RegisterRow
{
    int sheetRow = 0;
    QString problem; ///< empty for a row that can be imported
    QString number;
    QString name;
    QString nameSortKey;
    QString nameFolded;
    QString status;
    int countyId = 0;
    QString locality;
    QString address;
    QStringList purposes;
    QString publicUtility;
};

/// Turns a row's cells into a RegisterRow: normalizes the text, finds the county and status.
/// Runs on the reading thread, with caches of its own.
class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(NationalRegisterImporter)

public:
    RowChecker(const Geography &geography,
               const std::array<int, RegisterColumns::fieldCount> &columns)
        : m_counties(geography), m_columns(columns)
    {
    }

    RegisterRow check(int sheetRow, const QStringList &cells)
    {
        const auto cell = [&cells, this](RegisterField f) {
            const int i = m_columns[size_t(f)];
            return i >= 0 && i < cells.size() ? text::normalized(cells.at(i)) : QString();
        };
        const auto header = [](RegisterField f) {
            return RegisterColumns::headerNames(f).constFirst();
        };
        RegisterRow row;
        row.sheetRow = sheetRow;
        QStringList problems;
        row.name = cell(RegisterField::Name);
        row.number = cell(RegisterField::RegistryNumber);
        const QString countyText = cell(RegisterField::County);
        const QString statusText = cell(RegisterField::Status);
        if (row.name.isEmpty())
            problems << tr("%1: the name is missing").arg(header(RegisterField::Name));
        if (row.number.isEmpty())
            problems << tr("%1: the registry number is missing")
                            .arg(header(RegisterField::RegistryNumber));
        else if (!std::any_of(row.number.cbegin(), row.number.cend(),
                              [](QChar c) { return c.isDigit(); }))
            // A number has digits: "NaN", "inf" or a word in the column is a mistake, not an id.
            problems << tr("%1: '%2' is not a registry number")
                            .arg(header(RegisterField::RegistryNumber), row.number);
        const std::optional<int> countyId =
            countyText.isEmpty() ? std::nullopt : m_counties.find(countyText);
        if (countyText.isEmpty())
            problems << tr("%1: the county is missing").arg(header(RegisterField::County));
        else if (!countyId)
            problems
                << tr("%1: unknown county '%2'").arg(header(RegisterField::County), countyText);
        const std::optional<RegistryStatus> status = this->status(statusText);
        if (!status)
            problems
                << tr("%1: unknown status '%2'").arg(header(RegisterField::Status), statusText);
        if (!problems.isEmpty()) {
            row.problem = problems.join(QLatin1String("; "));
            return row;
        }
        row.nameSortKey = text::sortKey(row.name);
        row.nameFolded = text::folded(row.name);
        row.status = registryStatusCode(*status);
        row.countyId = *countyId;
        row.locality = cell(RegisterField::Locality);
        row.address = cell(RegisterField::Address);
        for (const RegisterField f :
             {RegisterField::InitialPurpose, RegisterField::PurposeChange1,
              RegisterField::PurposeChange2, RegisterField::PurposeChange3,
              RegisterField::PurposeChange4, RegisterField::PurposeChange5}) {
            const QString p = cell(f);
            if (!p.isEmpty() && !row.purposes.contains(p))
                row.purposes << p;
        }
        row.publicUtility = cell(RegisterField::PublicUtility);
        return row;
    }

private:
    std::optional<RegistryStatus> status(const QString &text)
    {
        const auto it = m_statuses.constFind(text);
        if (it != m_statuses.cend())
            return *it;
        const std::optional<RegistryStatus> status = parseRegistryStatus(text);
        m_statuses.insert(text, status);
        return status;
    }

    CountyFinder m_counties;
    const std::array<int, RegisterColumns::fieldCount> m_columns;
    QHash<QString, std::optional<RegistryStatus>> m_statuses;
};

/// Adds a row's values to an organization's record: a non-empty value wins (the latest filing),
/// the status and county are always the row's, and purposes not yet there are appended (one a
/// line). Returns whether the record changed.
bool merge(RegisterRecord &r, const RegisterRow &row)
{
    bool changed = false;
    auto set = [&changed](QString &target, const QString &value) {
        if (!value.isEmpty() && target != value) {
            target = value;
            changed = true;
        }
    };
    set(r.name, row.name);
    set(r.status, row.status);
    if (r.countyId != row.countyId) {
        r.countyId = row.countyId;
        changed = true;
    }
    set(r.locality, row.locality);
    set(r.address, row.address);
    if (!row.purposes.isEmpty()) {
        QStringList purposes = r.purposes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype before = purposes.size();
        for (const QString &p : row.purposes) {
            if (!purposes.contains(p))
                purposes << p;
        }
        if (purposes.size() != before) {
            r.purposes = purposes.join(QLatin1Char('\n'));
            changed = true;
        }
    }
    set(r.publicUtility, row.publicUtility);
    return changed;
}

/// The record of an organization the database knew before, merged from this file's rows so far,
/// kept as one UTF-8 string (a quarter of the memory of its QStrings: the weekly file is mostly
/// organizations already known).
QByteArray pack(const RegisterRecord &r)
{
    constexpr QChar separator(u'\x1f');
    return QStringList{r.name,         r.status,  QString::number(r.countyId),
                       r.locality,     r.address, r.purposes,
                       r.publicUtility}
        .join(separator)
        .toUtf8();
}

RegisterRecord unpack(const QByteArray &packed, const QString &number, const QString &legalForm)
{
    const QStringList f = QString::fromUtf8(packed).split(QChar(u'\x1f'));
    RegisterRecord r;
    r.number = number;
    r.legalForm = legalForm;
    if (f.size() == 7) {
        r.name = f.at(0);
        r.status = f.at(1);
        r.countyId = f.at(2).toInt();
        r.locality = f.at(3);
        r.address = f.at(4);
        r.purposes = f.at(5);
        r.publicUtility = f.at(6);
    }
    return r;
}

/// How an organization the database knew came out of a file's rows.
enum class Outcome : quint8
{
    Unchanged,
    Changed,
    StatusChanged
};

/// The register's fields from a row of "SELECT id, name, legal_form, status, county_id, locality,
/// address, purposes, public_utility" on @p statement.
void readRecord(const Statement &statement, RegisterRecord &r)
{
    r.name = statement.text(1);
    r.legalForm = statement.text(2);
    r.status = statement.text(3);
    r.countyId = int(statement.int64(4));
    r.locality = statement.text(5);
    r.address = statement.text(6);
    r.purposes = statement.text(7);
    r.publicUtility = statement.text(8);
}

/// @p base (an organization as stored, or a new one) with the register's fields of @p r.
Organization toOrganization(const RegisterRecord &r, Organization base)
{
    base.registryNumber = r.number;
    base.name = r.name;
    base.legalForm = legalFormFromCode(r.legalForm);
    base.status = registryStatusFromCode(r.status);
    base.countyId = r.countyId;
    base.locality = r.locality;
    base.address = r.address;
    base.purposes = r.purposes;
    base.publicUtility = r.publicUtility;
    return base;
}

/// One pass over the files: the prepared statements and the counts.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(NationalRegisterImporter)

public:
    ImportRun(QSqlDatabase db, const NationalRegisterImporter::Progress &progress)
        : m_db(std::move(db)), m_progress(progress), m_writer(m_db, 0)
    {
    }

    Status prepare();
    /// What is left to write once every file is read (on a server, the identity moved past the
    /// ids given).
    Status finish() { return m_writer.finish(); }
    /// Suspends @p bulk's indexes once @p after organizations were written (never when 0).
    void setBulk(bulk::SuspendedIndexes *bulk, qint64 after)
    {
        m_bulk = after > 0 ? bulk : nullptr;
        m_bulkAfter = after;
    }
    Result<RegisterImportSummary> importFile(const QString &path, RegisterKind kind);
    bool cancelled() const { return m_cancelled; }
    qint64 rowsRead() const { return m_rows; }

private:
    Status failure(const QSqlQuery &q) const
    {
        return Status::failure(
            tr("%1: the database refused the import (%2).").arg(m_path, q.lastError().text()));
    }
    Status failure(const Status &s) const { return failure(s.error()); }
    Status failure(const QString &error) const
    {
        return Status::failure(tr("%1: the database refused the import (%2).").arg(m_path, error));
    }
    Status failure(const Statement &s) const
    {
        return Status::failure(
            tr("%1: the database refused the import (%2).").arg(m_path, s.error()));
    }
    QString countyName(int id) const
    {
        const County *c = m_geography.county(id);
        return c ? c->name : QString();
    }
    Status readRows(XlsxReader &reader, const std::array<int, RegisterColumns::fieldCount> &columns,
                    RegisterImportSummary &summary);
    Status prefetch(const std::vector<RegisterRow> &rows);
    Status take(const RegisterRow &row, RegisterImportSummary &summary);
    Status queueInsert(const RegisterRecord &record, const RegisterRow &row);
    Status flushInserts();
    Status load(qint64 id, RegisterRecord &record);
    Status rewrite(const RegisterRecord &record, qint64 id, bool known);
    Status recordAdded(qint64 firstId);
    Status wrote(qint64 count);
    Status firstKnown(qint64 id, const RegisterRecord &stored, const RegisterRecord &record,
                      RegisterImportSummary &summary);
    Status laterKnown(const RegisterRow &row, qint64 id, RegisterImportSummary &summary);
    Status compareAndWrite(qint64 id, const RegisterRecord &before, const RegisterRecord &record,
                           Outcome &outcome);
    static void count(Outcome outcome, RegisterImportSummary &summary, int delta);
    Status change(qint64 organizationId, const QString &kind, const QString &field,
                  const QString &oldValue, const QString &newValue, const RegisterRecord &record);

    QSqlDatabase m_db;
    const NationalRegisterImporter::Progress &m_progress;
    QString m_path;
    QString m_now;
    QString m_user;
    QString m_legalForm;
    qint64 m_importId = 0;     ///< the register_import row of the current file (its feed)
    qint64 m_dataImportId = 0; ///< the data_import row of the current file (its audit entry)
    qint64 m_rows = 0;
    bool m_cancelled = false;
    Geography m_geography;
    // The registry numbers of the current file and their organizations.
    struct Seen
    {
        enum State : quint8
        {
            Pending,
            Added,
            Known
        };
        qint64 id = 0; ///< 0 while Pending
        State state = Pending;
    };
    QHash<QString, Seen> m_seen;
    // The organizations the database knew that this file changed: as they were before it, and how
    // the change was counted (a later row of the organization may count it again).
    struct Before
    {
        QByteArray packed;
        Outcome counted = Outcome::Unchanged;
    };
    QHash<qint64, Before> m_before;
    // Writes so far, and after how many the indexes and the search index are rebuilt at the end
    // instead of kept up row by row (none in a dry run).
    bulk::SuspendedIndexes *m_bulk = nullptr;
    qint64 m_writes = 0;
    qint64 m_bulkAfter = 0;

    Statement m_exists;
    Statement m_load;
    // On a server, where every statement is a round trip: the registry numbers stored, read once
    // (a first import into a new database then asks nothing per row), and the new organizations
    // written 500 to a statement instead of SQLite's 16.
    bool m_server = false;
    QHash<QByteArray, qint64> m_storedIds;
    // On a server, the stored organizations that a batch of rows names for the first time, read
    // in one statement before the batch is taken (instead of one round trip each); each is taken
    // out when its first row is.
    Statement m_loadMany;
    QHash<qint64, RegisterRecord> m_prefetched;
    qsizetype m_insertsPerFlush = bulk::RowInserter::rowsPerStatement;
    Statement m_forgetChanges;
    Statement m_forgetAudit;
    OrganizationBulkWriter m_writer;
    struct PendingInsert
    {
        RegisterRecord record;
        QString sortKey;
        QString folded;
    };
    std::vector<PendingInsert> m_pending; // new organizations not written yet (m_seen says 0)
    Statement m_change;
    Statement m_changeAdded;
};

Status ImportRun::prepare()
{
    m_geography = Geography::load(m_db);
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_user = AuditLog::osUser();
    const std::pair<Statement *, const char *> statements[] = {
        {&m_exists, "SELECT id, name, legal_form, status, county_id, locality, address, purposes, "
                    "public_utility "
                    "FROM organization WHERE registry_number = ?"},
        {&m_load, "SELECT id, name, legal_form, status, county_id, locality, address, purposes, "
                  "public_utility "
                  "FROM organization WHERE id = ?"},
        // What this import wrote of a known organization, before a later row of it is compared
        // again.
        {&m_forgetChanges,
         "DELETE FROM register_change WHERE organization_id = ?1 AND import_id = ?2"},
        {&m_forgetAudit,
         "DELETE FROM audit_log WHERE table_name = 'organization' AND row_id = ?1 AND import_id = "
         "?2"},
        {&m_change, "INSERT INTO register_change (import_id, organization_id, kind, field, "
                    "old_value, new_value, "
                    "registry_number, name, county_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        // The change rows of the organizations a file added (ids from ?), in one pass.
        {&m_changeAdded,
         "INSERT INTO register_change (import_id, organization_id, kind, field, old_value, "
         "new_value, "
         "registry_number, name, county_id) "
         "SELECT ?2, id, 'added', NULL, NULL, NULL, registry_number, name, county_id "
         "FROM organization WHERE id >= ?1 ORDER BY id"},
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(m_db, sql))
            return failure(*statement);
    }
    if (Status s = m_writer.prepare(); !s)
        return failure(s);
    m_server = m_db.driverName() != QLatin1String("QSQLITE");
    if (m_server) {
        if (!m_loadMany.prepare(
                m_db, "SELECT id, name, legal_form, status, county_id, locality, address, "
                      "purposes, public_utility FROM organization "
                      "WHERE id = ANY (string_to_array(?, ',')::bigint[])"))
            return failure(m_loadMany);
        m_insertsPerFlush = bulk::RowInserter::serverRowsPerStatement;
        QSqlQuery stored(m_db);
        stored.setForwardOnly(true);
        if (!stored.exec(QStringLiteral("SELECT registry_number, id FROM organization WHERE "
                                        "registry_number IS NOT NULL")))
            return failure(stored);
        while (stored.next())
            m_storedIds.insert(stored.value(0).toString().toUtf8(), stored.value(1).toLongLong());
    }
    m_pending.reserve(size_t(m_insertsPerFlush));
    return {};
}

Status ImportRun::readRows(XlsxReader &reader,
                           const std::array<int, RegisterColumns::fieldCount> &columns,
                           RegisterImportSummary &summary)
{
    RowChecker checker(m_geography, columns);
    RowPipe<RegisterRow> pump(
        [&reader, &checker](RegisterRow &row) {
            int sheetRow = 0;
            QStringList cells;
            if (!reader.readRow(sheetRow, cells))
                return false;
            row = checker.check(sheetRow, cells);
            return true;
        },
        [&reader] { return reader.bytesRead(); });
    RowPipe<RegisterRow>::Batch batch;
    while (pump.next(batch)) {
        if (Status s = prefetch(batch.rows); !s)
            return s;
        for (const RegisterRow &row : batch.rows) {
            ++summary.read;
            ++m_rows;
            if (m_progress && m_rows % progressEvery == 0 &&
                !m_progress(m_rows, batch.position, reader.size())) {
                m_cancelled = true;
                return {};
            }
            if (Status s = take(row, summary); !s)
                return s;
        }
    }
    pump.stop();
    if (!reader.error().isEmpty())
        return Status::failure(reader.error());
    if (Status s = flushInserts(); !s)
        return s;
    // The sheet is read: what is left of the file is saving (done == total says so).
    if (m_progress && !m_progress(m_rows, reader.size(), reader.size()))
        m_cancelled = true;
    return {};
}

/// On a server: reads in one statement the stored organizations that @p rows name and this file
/// has not met yet (the table is locked against other writers: they stay as read until taken).
Status ImportRun::prefetch(const std::vector<RegisterRow> &rows)
{
    m_prefetched.clear();
    if (!m_server)
        return {};
    QList<qint64> ids;
    for (const RegisterRow &row : rows) {
        if (!row.problem.isEmpty() || m_seen.contains(row.number))
            continue;
        const auto id = m_storedIds.constFind(row.number.toUtf8());
        if (id != m_storedIds.cend())
            ids << *id;
    }
    if (ids.isEmpty())
        return {};
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m_loadMany.bind(1, bulk::idsParameter(ids));
    while (m_loadMany.next()) {
        RegisterRecord r;
        readRecord(m_loadMany, r);
        m_prefetched.insert(m_loadMany.int64(0), std::move(r));
    }
    if (m_loadMany.failed()) {
        const Status failed = failure(m_loadMany);
        m_loadMany.reset();
        return failed;
    }
    m_loadMany.reset();
    return {};
}

/// Takes one checked row. The first row of an organization the database does not know adds it at
/// once (so that writing keeps pace with reading) and a later row of it rewrites what changed; an
/// organization the database knew is compared once all its rows are in (see importFile).
Status ImportRun::take(const RegisterRow &row, RegisterImportSummary &summary)
{
    if (!row.problem.isEmpty()) {
        summary.rejected.append({m_path, row.sheetRow, row.problem});
        return {};
    }
    const auto seen = m_seen.constFind(row.number);
    if (seen == m_seen.cend()) {
        RegisterRecord r;
        r.number = row.number;
        r.legalForm = m_legalForm;
        merge(r, row);
        // The stored organization of that number: on a server found in the numbers read at the
        // start, then read by its id; on a file looked up by number.
        Statement *found = &m_exists;
        bool stored = false;
        if (m_server) {
            const auto id = m_storedIds.constFind(row.number.toUtf8());
            const auto prefetched =
                id != m_storedIds.cend() ? m_prefetched.find(*id) : m_prefetched.end();
            if (prefetched != m_prefetched.end()) {
                RegisterRecord before = std::move(prefetched.value());
                before.number = row.number;
                m_prefetched.erase(prefetched);
                m_seen.insert(row.number, {*id, Seen::Known});
                return firstKnown(*id, before, r, summary);
            }
            if (id != m_storedIds.cend()) {
                found = &m_load;
                m_load.bind(1, *id);
                stored = m_load.next();
            }
        } else {
            m_exists.bind(1, row.number);
            stored = m_exists.next();
        }
        if (found->failed())
            return failure(*found);
        if (stored) {
            const qint64 id = found->int64(0);
            RegisterRecord before;
            before.number = row.number;
            readRecord(*found, before);
            found->reset();
            m_seen.insert(row.number, {id, Seen::Known});
            return firstKnown(id, before, r, summary);
        }
        found->reset();
        ++summary.added;
        m_seen.insert(row.number, {});
        m_pending.push_back({std::move(r), row.nameSortKey, row.nameFolded});
        return qsizetype(m_pending.size()) == m_insertsPerFlush ? flushInserts() : Status{};
    }
    if (seen->state == Seen::Pending) {
        // A later row of an organization still waiting to be written.
        for (PendingInsert &p : m_pending) {
            if (p.record.number == row.number) {
                const QString name = p.record.name;
                merge(p.record, row);
                if (p.record.name != name) {
                    p.sortKey = row.nameSortKey;
                    p.folded = row.nameFolded;
                }
                break;
            }
        }
        return {};
    }
    if (seen->state == Seen::Known)
        return laterKnown(row, seen->id, summary);
    RegisterRecord r;
    r.number = row.number;
    if (Status s = load(seen->id, r); !s)
        return s;
    if (!merge(r, row))
        return {};
    if (Status s = wrote(1); !s)
        return s;
    return rewrite(r, seen->id, false);
}

/// The first row of organization @p id, which the database knew before this import: @p record
/// (the register's fields as this file's row gives them) is compared with it as @p stored.
Status ImportRun::firstKnown(qint64 id, const RegisterRecord &stored, const RegisterRecord &record,
                             RegisterImportSummary &summary)
{
    Outcome outcome = Outcome::Unchanged;
    if (Status s = compareAndWrite(id, stored, record, outcome); !s)
        return s;
    count(outcome, summary, +1);
    if (outcome != Outcome::Unchanged)
        m_before.insert(id, {pack(stored), outcome});
    return {};
}

/// A later row of a known organization @p id: merged into what the rows before it made (stored by
/// then), the organization is compared again with what it was before the import, and this
/// import's change and audit rows of it are written anew.
Status ImportRun::laterKnown(const RegisterRow &row, qint64 id, RegisterImportSummary &summary)
{
    RegisterRecord current;
    current.number = row.number;
    if (Status s = load(id, current); !s)
        return s;
    RegisterRecord r = current;
    if (!merge(r, row))
        return {};
    // Take back what the earlier rows counted and wrote.
    const auto before = m_before.constFind(id);
    RegisterRecord original = current;
    Outcome previous = Outcome::Unchanged;
    if (before != m_before.cend()) {
        original = unpack(before->packed, row.number, m_legalForm);
        previous = before->counted;
        m_forgetChanges.bind(1, id);
        m_forgetChanges.bind(2, m_importId);
        m_forgetAudit.bind(1, id);
        m_forgetAudit.bind(2, m_dataImportId);
        if (!m_forgetChanges.run())
            return failure(m_forgetChanges);
        if (!m_forgetAudit.run())
            return failure(m_forgetAudit);
    }
    count(previous, summary, -1);
    Outcome outcome = Outcome::Unchanged;
    if (Status s = compareAndWrite(id, original, r, outcome); !s)
        return s;
    count(outcome, summary, +1);
    if (outcome != Outcome::Unchanged) {
        m_before.insert(id, {pack(original), outcome});
    } else if (before != m_before.cend()) {
        // Back to what it was: the stored row still holds the earlier rows' values.
        m_before.remove(id);
        if (Status s = wrote(1); !s)
            return s;
        return rewrite(r, id, true);
    }
    return {};
}

void ImportRun::count(Outcome outcome, RegisterImportSummary &summary, int delta)
{
    switch (outcome) {
    case Outcome::Unchanged:
        summary.unchanged += delta;
        break;
    case Outcome::Changed:
        summary.changed += delta;
        break;
    case Outcome::StatusChanged:
        summary.statusChanged += delta;
        break;
    }
}

/// Counts @p count writes; past the threshold, suspends the indexes and the search index (rebuilt
/// at the end) before the next write.
Status ImportRun::wrote(qint64 count)
{
    m_writes += count;
    if (!m_bulk || m_bulk->isSuspended() || m_writes < m_bulkAfter)
        return {};
    if (Status s = m_bulk->suspend(); !s)
        return Status::failure(
            Messages::tr("%1: the database refused the import (%2).").arg(m_path, s.error()));
    return {};
}

/// The register's fields of organization @p id as stored.
Status ImportRun::load(qint64 id, RegisterRecord &r)
{
    m_load.bind(1, id);
    if (!m_load.next()) {
        m_load.reset();
        return failure(m_load);
    }
    readRecord(m_load, r);
    m_load.reset();
    return {};
}

/// Writes the new organizations waiting in m_pending (through the organization writer, which
/// gives their ids).
Status ImportRun::flushInserts()
{
    if (Status s = wrote(qint64(m_pending.size())); !s)
        return s;
    for (PendingInsert &p : m_pending) {
        Organization o = toOrganization(p.record, Organization());
        if (Status s = m_writer.add(o, p.sortKey, p.folded); !s)
            return failure(s);
        m_seen[p.record.number] = {o.id, Seen::Added};
        if (m_server) // the next file of the same import finds it
            m_storedIds.insert(p.record.number.toUtf8(), o.id);
    }
    m_pending.clear();
    if (Status s = m_writer.flush(); !s)
        return failure(s);
    return {};
}

/// Writes the register's fields of organization @p id: onto what is stored of an organization the
/// database knew (@p known: its office's own fields kept), or as a whole for one this import
/// added.
Status ImportRun::rewrite(const RegisterRecord &r, qint64 id, bool known)
{
    Organization base;
    if (known) {
        Result<Organization> stored = m_writer.load(id);
        if (!stored)
            return failure(Status::failure(stored.error()));
        base = std::move(stored).value();
    }
    Organization o = toOrganization(r, std::move(base));
    o.id = id;
    if (Status s = m_writer.rewrite(o); !s)
        return failure(s);
    return {};
}

/// The change rows of the organizations this file added: those from @p firstId on, since the
/// import's transaction holds the database's write lock. Their audit entry is the import's own
/// record (data_import), whose id they carry.
Status ImportRun::recordAdded(qint64 firstId)
{
    m_changeAdded.bind(1, firstId);
    m_changeAdded.bind(2, m_importId);
    if (!m_changeAdded.run())
        return failure(m_changeAdded);
    return {};
}

Status ImportRun::change(qint64 organizationId, const QString &kind, const QString &field,
                         const QString &oldValue, const QString &newValue,
                         const RegisterRecord &record)
{
    m_change.bind(1, m_importId);
    m_change.bind(2, organizationId);
    m_change.bind(3, kind);
    m_change.bind(4, field);
    m_change.bind(5, oldValue);
    m_change.bind(6, newValue);
    m_change.bind(7, record.number);
    m_change.bind(8, record.name);
    m_change.bind(9, record.countyId);
    if (!m_change.run())
        return failure(m_change);
    return {};
}

/// Compares organization @p id as it was before the import with @p r, what the file's rows make
/// of it, and writes the difference: the row, its audit row and one change row a field.
Status ImportRun::compareAndWrite(qint64 id, const RegisterRecord &before, const RegisterRecord &r,
                                  Outcome &outcome)
{
    QJsonObject oldValues;
    QJsonObject newValues;
    QList<std::array<QString, 4>> changes; // kind, field, old, new
    auto compare = [&](const char *field, const QString &oldValue, const QString &newValue,
                       const QString &kind) {
        if (oldValue == newValue)
            return;
        const QString f = QString::fromLatin1(field);
        oldValues.insert(f, oldValue);
        newValues.insert(f, newValue);
        changes.append({kind, f, oldValue, newValue});
    };
    const QString other = QStringLiteral("other");
    if (before.status != r.status) {
        QString kind = other;
        if (r.status == QLatin1String("struck_off") || r.status == QLatin1String("dissolved") ||
            r.status == QLatin1String("in_liquidation"))
            kind = r.status;
        compare("status", before.status, r.status, kind);
    }
    compare("name", before.name, r.name, QStringLiteral("renamed"));
    if (before.countyId != r.countyId) {
        oldValues.insert(QStringLiteral("county_id"), before.countyId);
        newValues.insert(QStringLiteral("county_id"), r.countyId);
        changes.append({QStringLiteral("moved_county"), QStringLiteral("county"),
                        countyName(before.countyId), countyName(r.countyId)});
    }
    compare("legal_form", before.legalForm, r.legalForm, other);
    compare("locality", before.locality, r.locality, other);
    compare("address", before.address, r.address, other);
    compare("purposes", before.purposes, r.purposes, other);
    compare("public_utility", before.publicUtility, r.publicUtility, other);
    if (changes.isEmpty()) {
        outcome = Outcome::Unchanged;
        return {};
    }
    outcome = before.status != r.status ? Outcome::StatusChanged : Outcome::Changed;
    if (Status s = wrote(1); !s)
        return s;
    if (Status s = rewrite(r, id, true); !s)
        return s;
    if (Status s = m_writer.audit(id, oldValues, newValues); !s)
        return failure(s);
    for (const auto &[kind, field, oldValue, newValue] : std::as_const(changes)) {
        if (Status s = change(id, kind, field, oldValue, newValue, r); !s)
            return s;
    }
    return {};
}

Result<RegisterImportSummary> ImportRun::importFile(const QString &path, RegisterKind kind)
{
    using R = Result<RegisterImportSummary>;
    m_path = path;
    m_legalForm = registerKindCode(kind);
    RegisterImportSummary summary;
    summary.file = path;
    summary.kind = kind;
    Result<QString> sha = ImportLog::sha256Of(path);
    if (!sha)
        return R::failure(sha.error());
    summary.sha256 = sha.value();

    XlsxReader reader;
    if (Status s = reader.open(path); !s)
        return R::failure(s.error());
    // The header row: the first row naming both the name and the registry number columns.
    std::array<int, RegisterColumns::fieldCount> columns{};
    bool found = false;
    QStringList cells;
    int rowNumber = 0;
    for (int n = 0; n < headerSearchRows && !found && reader.readRow(rowNumber, cells); ++n) {
        columns.fill(-1);
        for (int i = 0; i < cells.size(); ++i) {
            const std::optional<RegisterField> f = RegisterColumns::fieldForHeader(cells.at(i));
            if (f && columns[size_t(*f)] < 0)
                columns[size_t(*f)] = i;
        }
        found = columns[size_t(RegisterField::Name)] >= 0 &&
                columns[size_t(RegisterField::RegistryNumber)] >= 0;
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error());
    if (!found) {
        return R::failure(
            Messages::tr("%1: no header row with the columns '%2' and '%3' in the first %4 rows.")
                .arg(path, RegisterColumns::headerNames(RegisterField::Name).constFirst(),
                     RegisterColumns::headerNames(RegisterField::RegistryNumber).constFirst())
                .arg(headerSearchRows));
    }
    for (const RegisterField required : {RegisterField::County}) {
        if (columns[size_t(required)] < 0)
            return R::failure(Messages::tr("%1: the header row has no column '%2'.")
                                  .arg(path, RegisterColumns::headerNames(required).constFirst()));
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT imported_at FROM register_import WHERE sha256 = ? ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, summary.sha256);
    if (!q.exec())
        return R::failure(failure(q).error());
    const QString previous = q.next() ? q.value(0).toString() : QString();
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO register_import (file_name, sha256, kind, imported_at, os_user, rows_read, "
        "added, changed, status_changed, unchanged, rejected) "
        "VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0) RETURNING id"));
    q.bindValue(0, QFileInfo(path).fileName());
    q.bindValue(1, summary.sha256);
    q.bindValue(2, m_legalForm);
    q.bindValue(3, m_now);
    q.bindValue(4, m_user);
    if (!q.exec() || !q.next())
        return R::failure(failure(q).error());
    m_importId = q.value(0).toLongLong();
    q.finish();
    const Result<qint64> dataImport =
        ImportLog::begin(m_db, ImportLog::Kind::NationalRegister, path, summary.sha256);
    if (!dataImport)
        return R::failure(failure(Status::failure(dataImport.error())).error());
    m_dataImportId = dataImport.value();
    m_writer.setImportId(m_dataImportId);
    const qint64 firstAddedId = m_writer.nextId();

    const auto forget = qScopeGuard([this] {
        m_seen = {};
        m_before = {};
        m_pending.clear();
    });
    if (Status s = readRows(reader, columns, summary); !s || m_cancelled)
        return s ? R(summary) : R::failure(s.error());

    if (summary.added > 0) {
        if (Status s = recordAdded(firstAddedId); !s)
            return R::failure(s.error());
    }

    if (!previous.isEmpty() && summary.added == 0 && summary.changed == 0 &&
        summary.statusChanged == 0) {
        // The same file again, and nothing to change: no new import to record.
        summary.alreadyImportedAt = previous;
        q.prepare(QStringLiteral("DELETE FROM register_import WHERE id = ?"));
        q.bindValue(0, m_importId);
        if (!q.exec())
            return R::failure(failure(q).error());
        if (Status s = ImportLog::remove(m_db, m_dataImportId); !s)
            return R::failure(failure(s).error());
        m_importId = 0;
        return summary;
    }
    q.prepare(QStringLiteral(
        "UPDATE register_import SET rows_read = ?, added = ?, changed = ?, status_changed = ?, "
        "unchanged = ?, rejected = ? WHERE id = ?"));
    q.bindValue(0, summary.read);
    q.bindValue(1, summary.added);
    q.bindValue(2, summary.changed);
    q.bindValue(3, summary.statusChanged);
    q.bindValue(4, summary.unchanged);
    q.bindValue(5, int(summary.rejected.size()));
    q.bindValue(6, m_importId);
    if (!q.exec())
        return R::failure(failure(q).error());
    const QJsonObject counts{{QStringLiteral("rows_read"), summary.read},
                             {QStringLiteral("added"), summary.added},
                             {QStringLiteral("changed"), summary.changed},
                             {QStringLiteral("status_changed"), summary.statusChanged},
                             {QStringLiteral("unchanged"), summary.unchanged},
                             {QStringLiteral("rejected"), int(summary.rejected.size())}};
    if (Status s = ImportLog::finish(m_db, m_dataImportId, summary.sha256, counts); !s)
        return R::failure(failure(s).error());
    summary.importId = m_importId;
    return summary;
}

} // namespace

NationalRegisterImporter::NationalRegisterImporter(QSqlDatabase db) : m_db(std::move(db)) {}

QString NationalRegisterImporter::cancelledMessage()
{
    return Messages::tr("The import was cancelled; nothing was changed.");
}

Result<QList<RegisterImportSummary>> NationalRegisterImporter::importFiles(
    const QStringList &paths, const RegisterImportOptions &options, const Progress &progress)
{
    using R = Result<QList<RegisterImportSummary>>;
    QList<std::pair<QString, RegisterKind>> files;
    for (const QString &path : paths) {
        const auto given = options.fileKinds.constFind(path);
        const std::optional<RegisterKind> kind = given != options.fileKinds.cend()
                                                     ? std::optional(*given)
                                                 : options.kind ? options.kind
                                                                : registerKindFromFileName(path);
        if (!kind) {
            return R::failure(
                Messages::tr(
                    "%1: the file's name does not say whether it holds associations, foundations, "
                    "federations or unions; choose the kind.")
                    .arg(path));
        }
        files.append({path, *kind});
    }

    const bulk::LargePageCache cache(m_db);
    Transaction transaction(m_db, WriterNote::Activity::Import);
    if (!transaction.isActive())
        return R::failure(
            Messages::tr("The database cannot start the import (%1).").arg(transaction.error()));
    bulk::SuspendedIndexes searchIndex(m_db, QStringLiteral("organization"),
                                       QStringLiteral("organization_fts"));
    ImportRun run(m_db, progress);
    if (Status s = run.prepare(); !s)
        return R::failure(s.error());
    if (!options.dryRun)
        run.setBulk(&searchIndex, searchIndex.threshold());
    QList<RegisterImportSummary> summaries;
    for (const auto &[path, kind] : std::as_const(files)) {
        Result<RegisterImportSummary> summary = run.importFile(path, kind);
        if (!summary)
            return R::failure(summary.error());
        if (run.cancelled())
            return R::failure(cancelledMessage());
        summaries.append(std::move(summary).value());
    }
    if (progress && !progress(run.rowsRead(), 1, 1))
        return R::failure(cancelledMessage());
    if (options.dryRun) {
        transaction.rollback();
        for (RegisterImportSummary &s : summaries)
            s.importId = 0;
        return summaries;
    }
    if (Status s = run.finish(); !s)
        return R::failure(Messages::tr("The import could not be saved (%1).").arg(s.error()));
    if (Status s = searchIndex.resume(); !s)
        return R::failure(
            Messages::tr("The search index could not be updated (%1).").arg(s.error()));
    if (Status s = transaction.commit(); !s)
        return R::failure(Messages::tr("The import could not be saved (%1).").arg(s.error()));
    return summaries;
}

} // namespace dc

#include "NationalRegisterImporter.h"

#include "RegisterColumns.h"
#include "core/Text.h"
#include "files/XlsxReader.h"
#include "registry/Geography.h"
#include "registry/Organization.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <sqlite3.h>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(NationalRegisterImporter)
};

constexpr int progressEvery = 512;
// How far down the header row may stand (title rows, merged title cells, notes above it).
constexpr int headerSearchRows = 30;
// Rows handed from the reading thread to the writing one at a time, and batches in flight.
constexpr size_t batchRows = 512;
constexpr size_t batchesInFlight = 16;
// New organizations written by one INSERT at a time: sixteen rows a statement take half the time of
// one row a statement (measured on the organization table: 0.45 s against 0.86 s for 113,637).
constexpr int insertRows = 16;

/// A prepared statement on the connection's own SQLite handle, for the statements run once per
/// row: binding a QString's UTF-16 straight to SQLite costs a fraction of QSqlQuery's QVariant
/// round trip, which was most of the import's time (see tests/bench/bench_register.cpp).
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    bool prepare(sqlite3 *db, const char *sql)
    {
        m_db = db;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    /// Text; an empty string is bound as NULL when @p nullIfEmpty.
    void bind(int i, const QString &text, bool nullIfEmpty = true)
    {
        if (text.isEmpty() && nullIfEmpty)
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    void bind(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    void bind(int i, int value) { sqlite3_bind_int(m_stmt, i, value); }
    /// Runs a statement that returns no row.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    /// Steps once: true on a row; false at the end or on an error (then failed() is true).
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    bool failed() const { return m_failed; }
    void reset() { sqlite3_reset(m_stmt); }
    QString text(int column) const
    {
        const auto *data = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column));
        return data ? QString(data, sqlite3_column_bytes16(m_stmt, column) / 2) : QString();
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            Messages::tr("%1: the file cannot be read (%2).").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<QString>::failure(
            Messages::tr("%1: the file cannot be read (%2).").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

/// Rebuilds the search index once instead of through its triggers for a large import (see
/// OrganizationImporter: the triggers cost about 30 times the rebuild per row), and the secondary
/// indexes of the organization table likewise: CREATE INDEX sorts once, where 100,000 inserts in
/// name order scatter over the index pages and spill them to the WAL again and again (measured:
/// most of the import's system time). The unique indexes stay (the registry number is looked
/// up), and so do those of the change feed and the audit log, which grow in id order at their
/// ends (and may be far larger than one import). Runs inside the import's transaction, so a
/// rollback puts everything back.
class BulkSearchIndex
{
public:
    explicit BulkSearchIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    /// After how many written organizations rebuilding beats keeping the indexes up: one in 30 of
    /// the table (the triggers cost about 30 times the rebuild a row), and at least 1,000; 0 when
    /// never (not SQLite).
    static qint64 threshold(const QSqlDatabase &db)
    {
        if (db.driverName() != QLatin1String("QSQLITE"))
            return 0;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM organization")) || !q.next())
            return 0;
        return std::max<qint64>(1000, q.value(0).toLongLong() / 30);
    }

    bool suspended() const { return m_suspended; }

    Status suspend()
    {
        m_suspended = true;
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = 'organization' AND sql LIKE '%organization_fts%'")))
            return Status::failure(q.lastError().text());
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        if (!q.exec(QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND sql NOT LIKE 'CREATE UNIQUE%' "
                "AND tbl_name = 'organization'")))
            return Status::failure(q.lastError().text());
        while (q.next())
            m_indexes.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &[name, sql] : std::as_const(m_indexes)) {
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted)))
                return Status::failure(q.lastError().text());
        }
        for (const auto &[name, sql] : std::as_const(m_triggers)) {
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
        for (const auto &[name, sql] : std::as_const(m_indexes)) {
            if (!q.exec(sql))
                return Status::failure(q.lastError().text());
        }
        m_indexes.clear();
        if (m_triggers.isEmpty())
            return {};
        // Four times FTS5's default buffer of pending terms: fewer segments to merge (0.31 s
        // instead of 0.37 s for 113,637 organizations); the default is put back for the small
        // writes after.
        if (!q.exec(QStringLiteral("INSERT INTO organization_fts(organization_fts, rank) VALUES "
                                   "('hashsize', 4194304)")) ||
            !q.exec(QStringLiteral(
                "INSERT INTO organization_fts(organization_fts) VALUES ('rebuild')")) ||
            !q.exec(QStringLiteral("INSERT INTO organization_fts(organization_fts, rank) VALUES "
                                   "('hashsize', 1048576)")))
            return Status::failure(q.lastError().text());
        for (const auto &[name, sql] : std::as_const(m_triggers)) {
            if (!q.exec(sql))
                return Status::failure(q.lastError().text());
        }
        m_triggers.clear();
        return {};
    }

private:
    QSqlDatabase m_db;
    QList<std::pair<QString, QString>> m_triggers;
    QList<std::pair<QString, QString>> m_indexes;
    bool m_suspended = false;
};

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
        : m_geography(geography), m_columns(columns)
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
            countyText.isEmpty() ? std::nullopt : county(countyText);
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
    std::optional<int> county(const QString &text)
    {
        const auto it = m_counties.constFind(text);
        if (it != m_counties.cend())
            return *it;
        const std::optional<int> id = m_geography.findCounty(text);
        m_counties.insert(text, id);
        return id;
    }
    std::optional<RegistryStatus> status(const QString &text)
    {
        const auto it = m_statuses.constFind(text);
        if (it != m_statuses.cend())
            return *it;
        const std::optional<RegistryStatus> status = parseRegistryStatus(text);
        m_statuses.insert(text, status);
        return status;
    }

    const Geography &m_geography;
    const std::array<int, RegisterColumns::fieldCount> m_columns;
    QHash<QString, std::optional<int>> m_counties;
    QHash<QString, std::optional<RegistryStatus>> m_statuses;
};

/// The sheet's rows, read and checked on a worker thread while the import's thread groups and
/// writes them: on two cores the XML is parsed while SQLite writes. The reader is the worker's
/// alone until stop() has joined it; the rows come in batches through a bounded queue, so memory
/// stays flat whatever the sheet's size.
class RowPump
{
public:
    struct Batch
    {
        std::vector<RegisterRow> rows;
        qint64 bytesRead = 0; ///< uncompressed bytes of the sheet read when the batch was made
    };

    RowPump(XlsxReader &reader, RowChecker checker)
        : m_reader(reader), m_checker(std::move(checker)), m_thread([this] { run(); })
    {
    }
    ~RowPump() { stop(); }
    RowPump(const RowPump &) = delete;
    RowPump &operator=(const RowPump &) = delete;

    /// Waits for the next batch; false at the end of the sheet or when reading failed (the
    /// reader's error() says so once stop() has returned).
    bool next(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return true;
    }

    /// Stops reading (for a cancel) and waits for the worker.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_space.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        Batch batch;
        batch.rows.reserve(batchRows);
        int sheetRow = 0;
        QStringList cells;
        for (bool more = true; more;) {
            more = m_reader.readRow(sheetRow, cells);
            if (more)
                batch.rows.push_back(m_checker.check(sheetRow, cells));
            if (batch.rows.size() < batchRows && more)
                continue;
            batch.bytesRead = m_reader.bytesRead();
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [this] { return m_batches.size() < batchesInFlight || m_stopped; });
            if (m_stopped)
                break;
            m_batches.push_back(std::exchange(batch, Batch{}));
            batch.rows.reserve(batchRows);
            m_ready.notify_one();
        }
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_all();
    }

    XlsxReader &m_reader;
    RowChecker m_checker;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
    std::thread m_thread; // last: it starts running in the constructor
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

/// One pass over the files: the prepared statements and the counts.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(NationalRegisterImporter)

public:
    ImportRun(QSqlDatabase db, const NationalRegisterImporter::Progress &progress)
        : m_db(std::move(db)), m_progress(progress)
    {
    }

    Status prepare();
    /// Suspends @p bulk's indexes once @p after organizations were written (never when 0).
    void setBulk(BulkSearchIndex *bulk, qint64 after)
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
    Status take(const RegisterRow &row, RegisterImportSummary &summary);
    Status queueInsert(const RegisterRecord &record, const RegisterRow &row);
    Status flushInserts();
    Status load(qint64 id, RegisterRecord &record);
    Status rewrite(const RegisterRecord &record, qint64 id);
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
    Status audit(qint64 id, const QString &action, const QJsonObject &oldValues,
                 const QJsonObject &newValues);

    QSqlDatabase m_db;
    const NationalRegisterImporter::Progress &m_progress;
    QString m_path;
    QString m_now;
    QString m_user;
    QString m_legalForm;
    qint64 m_importId = 0;
    qint64 m_firstAuditId = 0; ///< the audit rows of the current file have greater ids
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
    // instead of kept up row by row (BulkSearchIndex; none in a dry run).
    BulkSearchIndex *m_bulk = nullptr;
    qint64 m_writes = 0;
    qint64 m_bulkAfter = 0;

    sqlite3 *m_handle = nullptr;
    Statement m_exists;
    Statement m_load;
    Statement m_forgetChanges;
    Statement m_forgetAudit;
    Statement m_insert;
    Statement m_insertMany; // insertRows rows
    struct PendingInsert
    {
        RegisterRecord record;
        QString sortKey;
        QString folded;
    };
    std::vector<PendingInsert> m_pending; // new organizations not written yet (m_seen says 0)
    Statement m_update;
    Statement m_change;
    Statement m_audit;
    Statement m_auditAdded;
    Statement m_changeAdded;
};

Status ImportRun::prepare()
{
    m_geography = Geography::load(m_db);
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_user = AuditLog::osUser();
    m_handle = handleOf(m_db);
    if (!m_handle)
        return Status::failure(
            Messages::tr("The national register is imported into an SQLite database only."));
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
         "DELETE FROM audit_log WHERE table_name = 'organization' AND row_id = ?1 AND id > ?2"},
        {&m_insert,
         "INSERT INTO organization (name, name_sort, name_folded, kind, legal_form, status, "
         "purposes, "
         "public_utility, registry_number, county_id, locality, address, created_at, updated_at) "
         "VALUES (?, ?, ?, 'ngo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_update, "UPDATE organization SET name = ?, name_sort = ?, name_folded = ?, legal_form "
                    "= ?, status = ?, "
                    "purposes = ?, public_utility = ?, county_id = ?, locality = ?, address = ?, "
                    "updated_at = ? "
                    "WHERE id = ?"},
        {&m_change, "INSERT INTO register_change (import_id, organization_id, kind, field, "
                    "old_value, new_value, "
                    "registry_number, name, county_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_audit, "INSERT INTO audit_log (table_name, row_id, action, old_values, new_values, "
                   "os_user, changed_at) "
                   "VALUES ('organization', ?, ?, ?, ?, ?, ?)"},
        // The audit and change rows of the organizations a file added (ids from ?), in one pass
        // each; the JSON made by SQLite.
        {&m_auditAdded,
         "INSERT INTO audit_log (table_name, row_id, action, old_values, new_values, os_user, "
         "changed_at) "
         "SELECT 'organization', id, 'insert', NULL, json_object('name', name, 'registry_number', "
         "registry_number, 'status', status, 'county_id', county_id), ?2, ?3 "
         "FROM organization WHERE id >= ?1 ORDER BY id"},
        {&m_changeAdded,
         "INSERT INTO register_change (import_id, organization_id, kind, field, old_value, "
         "new_value, "
         "registry_number, name, county_id) "
         "SELECT ?2, id, 'added', NULL, NULL, NULL, registry_number, name, county_id "
         "FROM organization WHERE id >= ?1 ORDER BY id"},
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(m_handle, sql))
            return failure(*statement);
    }
    QByteArray many = "INSERT INTO organization (name, name_sort, name_folded, kind, legal_form, "
                      "status, purposes, "
                      "public_utility, registry_number, county_id, locality, address, created_at, "
                      "updated_at) VALUES ";
    for (int i = 0; i < insertRows; ++i)
        many += QByteArray(i == 0 ? "" : ", ") + "(?, ?, ?, 'ngo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (!m_insertMany.prepare(m_handle, many.constData()))
        return failure(m_insertMany);
    m_pending.reserve(insertRows);
    return {};
}

Status ImportRun::readRows(XlsxReader &reader,
                           const std::array<int, RegisterColumns::fieldCount> &columns,
                           RegisterImportSummary &summary)
{
    RowPump pump(reader, RowChecker(m_geography, columns));
    RowPump::Batch batch;
    while (pump.next(batch)) {
        for (const RegisterRow &row : batch.rows) {
            ++summary.read;
            ++m_rows;
            if (m_progress && m_rows % progressEvery == 0 &&
                !m_progress(m_rows, batch.bytesRead, reader.size())) {
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
        m_exists.bind(1, row.number);
        const bool stored = m_exists.next();
        if (m_exists.failed())
            return failure(m_exists);
        if (stored) {
            const qint64 id = m_exists.int64(0);
            RegisterRecord before;
            before.number = row.number;
            readRecord(m_exists, before);
            m_exists.reset();
            m_seen.insert(row.number, {id, Seen::Known});
            return firstKnown(id, before, r, summary);
        }
        m_exists.reset();
        ++summary.added;
        m_seen.insert(row.number, {});
        m_pending.push_back({std::move(r), row.nameSortKey, row.nameFolded});
        return qsizetype(m_pending.size()) == insertRows ? flushInserts() : Status{};
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
    return rewrite(r, seen->id);
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
        m_forgetAudit.bind(2, m_firstAuditId);
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
        return rewrite(r, id);
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
    if (!m_bulk || m_bulk->suspended() || m_writes < m_bulkAfter)
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

/// Writes the new organizations waiting in m_pending: insertRows at a time with one statement,
/// fewer one by one. Their ids follow each other (the transaction holds the write lock).
Status ImportRun::flushInserts()
{
    if (Status s = wrote(qint64(m_pending.size())); !s)
        return s;
    const bool many = qsizetype(m_pending.size()) == insertRows;
    size_t done = 0;
    while (done < m_pending.size()) {
        Statement &statement = many ? m_insertMany : m_insert;
        const size_t count = many ? size_t(insertRows) : 1;
        int i = 0;
        for (size_t k = done; k < done + count; ++k) {
            const PendingInsert &p = m_pending[k];
            const RegisterRecord &r = p.record;
            auto bind = [&statement, &i](const auto &v) { statement.bind(++i, v); };
            bind(r.name);
            bind(p.sortKey);
            bind(p.folded);
            bind(r.legalForm);
            bind(r.status);
            bind(r.purposes);
            bind(r.publicUtility);
            bind(r.number);
            bind(r.countyId);
            bind(r.locality);
            bind(r.address);
            bind(m_now);
            bind(m_now);
        }
        if (!statement.run())
            return failure(statement);
        qint64 id = sqlite3_last_insert_rowid(m_handle) - qint64(count) + 1;
        for (size_t k = done; k < done + count; ++k)
            m_seen[m_pending[k].record.number] = {id++, Seen::Added};
        done += count;
    }
    m_pending.clear();
    return {};
}

/// Writes the register's fields of organization @p id (an update of every one of them).
Status ImportRun::rewrite(const RegisterRecord &r, qint64 id)
{
    int i = 0;
    auto bind = [this, &i](const auto &v) { m_update.bind(++i, v); };
    bind(r.name);
    bind(text::sortKey(r.name));
    bind(text::folded(r.name));
    bind(r.legalForm);
    bind(r.status);
    bind(r.purposes);
    bind(r.publicUtility);
    bind(r.countyId);
    bind(r.locality);
    bind(r.address);
    bind(m_now);
    bind(id);
    if (!m_update.run())
        return failure(m_update);
    return {};
}

/// The audit and change rows of the organizations this file added: those from @p firstId on,
/// since the import's transaction holds the database's write lock.
Status ImportRun::recordAdded(qint64 firstId)
{
    m_auditAdded.bind(1, firstId);
    m_auditAdded.bind(2, m_user);
    m_auditAdded.bind(3, m_now);
    if (!m_auditAdded.run())
        return failure(m_auditAdded);
    m_changeAdded.bind(1, firstId);
    m_changeAdded.bind(2, m_importId);
    if (!m_changeAdded.run())
        return failure(m_changeAdded);
    return {};
}

Status ImportRun::audit(qint64 id, const QString &action, const QJsonObject &oldValues,
                        const QJsonObject &newValues)
{
    auto json = [](const QJsonObject &o) {
        return o.isEmpty()
                   ? QVariant(QMetaType::fromType<QString>())
                   : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    m_audit.bind(1, id);
    m_audit.bind(2, action);
    m_audit.bind(3, json(oldValues).toString());
    m_audit.bind(4, json(newValues).toString());
    m_audit.bind(5, m_user);
    m_audit.bind(6, m_now);
    if (!m_audit.run())
        return failure(m_audit);
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
    if (Status s = rewrite(r, id); !s)
        return s;
    if (Status s = audit(id, QStringLiteral("update"), oldValues, newValues); !s)
        return s;
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
    Result<QString> sha = sha256Of(path);
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
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM organization")) || !q.next())
        return R::failure(failure(q).error());
    const qint64 firstAddedId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) || !q.next())
        return R::failure(failure(q).error());
    m_firstAuditId = q.value(0).toLongLong();
    q.finish();

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

    // A page cache big enough for the indexes a large import touches (see OrganizationImporter).
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery pragma(m_db);
    qint64 cacheSize = 0;
    if (sqlite && pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next()) {
        cacheSize = pragma.value(0).toLongLong();
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    const auto restoreCache = qScopeGuard([&] {
        if (sqlite && cacheSize != 0)
            pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });

    Transaction transaction(m_db, WriterNote::Activity::Import);
    if (!transaction.isActive())
        return R::failure(
            Messages::tr("The database cannot start the import (%1).").arg(transaction.error()));
    BulkSearchIndex searchIndex(m_db);
    ImportRun run(m_db, progress);
    if (Status s = run.prepare(); !s)
        return R::failure(s.error());
    if (!options.dryRun)
        run.setBulk(&searchIndex, BulkSearchIndex::threshold(m_db));
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
    if (Status s = searchIndex.resume(); !s)
        return R::failure(
            Messages::tr("The search index could not be updated (%1).").arg(s.error()));
    if (Status s = transaction.commit(); !s)
        return R::failure(Messages::tr("The import could not be saved (%1).").arg(s.error()));
    return summaries;
}

} // namespace dc

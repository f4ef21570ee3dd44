#include "NationalRegisterImporter.h"

#include "RegisterColumns.h"
#include "XlsxReader.h"
#include "core/Text.h"
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

#include <array>

#include <sqlite3.h>

namespace dc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NationalRegisterImporter", text);
}

constexpr int progressEvery = 512;
// How far down the header row may stand (title rows, merged title cells, notes above it).
constexpr int headerSearchRows = 30;
// Separates the purposes of one row in the staging table; never in the register's text.
constexpr char16_t purposeSeparator = u'\x1f';

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
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
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
        return Result<QString>::failure(tr("%1: the file cannot be read (%2).").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<QString>::failure(tr("%1: the file cannot be read (%2).").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

/// Rebuilds the search index once instead of through its triggers for a large import (see
/// OrganizationImporter: the triggers cost about 30 times the rebuild per row), and the secondary
/// indexes of the tables the import fills likewise: CREATE INDEX sorts once, where 100,000 inserts
/// in name order scatter over the index pages and spill them to the WAL again and again (measured:
/// most of the import's system time). The unique indexes stay (the registry number is looked
/// up). Runs inside the import's transaction, so a rollback puts everything back.
class BulkSearchIndex
{
public:
    explicit BulkSearchIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    static bool worthIt(const QSqlDatabase &db, qint64 rows)
    {
        if (db.driverName() != QLatin1String("QSQLITE") || rows < 2000)
            return false;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM organization")) || !q.next())
            return false;
        return rows * 30 > q.value(0).toLongLong();
    }

    Status suspend()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND tbl_name = 'organization' AND sql LIKE '%organization_fts%'")))
            return Status::failure(q.lastError().text());
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND sql NOT LIKE 'CREATE UNIQUE%' "
                                   "AND tbl_name IN ('organization', 'register_change', 'audit_log')")))
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
        if (!q.exec(QStringLiteral("INSERT INTO organization_fts(organization_fts) VALUES ('rebuild')")))
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

/// One pass over the files: the prepared statements and the counts.
class ImportRun
{
public:
    ImportRun(QSqlDatabase db, const NationalRegisterImporter::Progress &progress)
        : m_db(std::move(db)), m_progress(progress)
    {
    }

    Status prepare();
    Result<RegisterImportSummary> importFile(const QString &path, RegisterKind kind);
    bool cancelled() const { return m_cancelled; }
    qint64 rowsRead() const { return m_rows; }

private:
    Status failure(const QSqlQuery &q) const
    {
        return Status::failure(tr("%1: the database refused the import (%2).").arg(m_path, q.lastError().text()));
    }
    Status failure(const Statement &s) const
    {
        return Status::failure(tr("%1: the database refused the import (%2).").arg(m_path, s.error()));
    }
    std::optional<int> county(const QString &text);
    QString countyName(int id) const
    {
        const County *c = m_geography.county(id);
        return c ? c->name : QString();
    }
    Status stage(XlsxReader &reader, const std::array<int, RegisterColumns::fieldCount> &columns,
                 RegisterImportSummary &summary);
    Status apply(const RegisterRecord &record, RegisterImportSummary &summary);
    Status change(qint64 organizationId, const QString &kind, const QString &field, const QString &oldValue,
                  const QString &newValue, const RegisterRecord &record);
    Status audit(qint64 id, const QString &action, const QJsonObject &oldValues, const QJsonObject &newValues);

    QSqlDatabase m_db;
    const NationalRegisterImporter::Progress &m_progress;
    QString m_path;
    QString m_now;
    QString m_user;
    QString m_legalForm;
    qint64 m_importId = 0;
    qint64 m_rows = 0;
    bool m_cancelled = false;
    Geography m_geography;
    QHash<QString, std::optional<int>> m_countyCache;

    sqlite3 *m_handle = nullptr;
    Statement m_stage;
    Statement m_find;
    Statement m_insert;
    Statement m_update;
    Statement m_change;
    Statement m_audit;
    Statement m_auditInsert;
    Statement m_staged;
};

Status ImportRun::prepare()
{
    m_geography = Geography::load(m_db);
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_user = AuditLog::osUser();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS register_staging ("
                               "seq INTEGER PRIMARY KEY, number TEXT NOT NULL, name TEXT NOT NULL, "
                               "status TEXT NOT NULL, county_id INTEGER NOT NULL, locality TEXT, address TEXT, "
                               "purposes TEXT, public_utility TEXT)")))
        return failure(q);
    m_handle = handleOf(m_db);
    if (!m_handle)
        return Status::failure(tr("The national register is imported into an SQLite database only."));
    const std::pair<Statement *, const char *> statements[] = {
        {&m_stage, "INSERT INTO temp.register_staging (number, name, status, county_id, locality, address, "
                   "purposes, public_utility) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_find, "SELECT id, name, legal_form, status, county_id, locality, address, purposes, public_utility "
                  "FROM organization WHERE registry_number = ?"},
        {&m_insert, "INSERT INTO organization (name, name_sort, name_folded, kind, legal_form, status, purposes, "
                    "public_utility, registry_number, county_id, locality, address, created_at, updated_at) "
                    "VALUES (?, ?, ?, 'ngo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"},
        {&m_update, "UPDATE organization SET name = ?, name_sort = ?, name_folded = ?, legal_form = ?, status = ?, "
                    "purposes = ?, public_utility = ?, county_id = ?, locality = ?, address = ?, updated_at = ? "
                    "WHERE id = ?"},
        {&m_change, "INSERT INTO register_change (import_id, organization_id, kind, field, old_value, new_value, "
                    "registry_number, name, county_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_audit, "INSERT INTO audit_log (table_name, row_id, action, old_values, new_values, os_user, changed_at) "
                   "VALUES ('organization', ?, ?, ?, ?, ?, ?)"},
        // The audit row of an added organization, its JSON made by SQLite.
        {&m_auditInsert, "INSERT INTO audit_log (table_name, row_id, action, old_values, new_values, os_user, changed_at) "
                         "VALUES ('organization', ?1, 'insert', NULL, json_object('name', ?2, 'registry_number', ?3, "
                         "'status', ?4, 'county_id', ?5), ?6, ?7)"},
        {&m_staged, "SELECT number, name, status, county_id, locality, address, purposes, public_utility "
                  "FROM temp.register_staging ORDER BY number, seq"},
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(m_handle, sql))
            return failure(*statement);
    }
    return {};
}

std::optional<int> ImportRun::county(const QString &text)
{
    const auto it = m_countyCache.constFind(text);
    if (it != m_countyCache.cend())
        return *it;
    const std::optional<int> id = m_geography.findCounty(text);
    m_countyCache.insert(text, id);
    return id;
}

Status ImportRun::stage(XlsxReader &reader, const std::array<int, RegisterColumns::fieldCount> &columns,
                        RegisterImportSummary &summary)
{
    QStringList cells;
    int rowNumber = 0;
    const auto cell = [&cells, &columns](RegisterField f) {
        const int i = columns[size_t(f)];
        return i >= 0 && i < cells.size() ? text::normalized(cells.at(i)) : QString();
    };
    const auto header = [](RegisterField f) { return RegisterColumns::headerNames(f).constFirst(); };
    constexpr RegisterField purposeFields[] = {RegisterField::InitialPurpose, RegisterField::PurposeChange1,
                                               RegisterField::PurposeChange2, RegisterField::PurposeChange3,
                                               RegisterField::PurposeChange4, RegisterField::PurposeChange5};
    while (reader.readRow(rowNumber, cells)) {
        ++summary.read;
        ++m_rows;
        if (m_progress && m_rows % progressEvery == 0 && !m_progress(m_rows, reader.bytesRead(), reader.size())) {
            m_cancelled = true;
            return {};
        }
        QStringList problems;
        const QString name = cell(RegisterField::Name);
        const QString number = cell(RegisterField::RegistryNumber);
        const QString countyText = cell(RegisterField::County);
        const QString statusText = cell(RegisterField::Status);
        if (name.isEmpty())
            problems << tr("%1: the name is missing").arg(header(RegisterField::Name));
        if (number.isEmpty())
            problems << tr("%1: the registry number is missing").arg(header(RegisterField::RegistryNumber));
        const std::optional<int> countyId = countyText.isEmpty() ? std::nullopt : county(countyText);
        if (countyText.isEmpty())
            problems << tr("%1: the county is missing").arg(header(RegisterField::County));
        else if (!countyId)
            problems << tr("%1: unknown county '%2'").arg(header(RegisterField::County), countyText);
        const std::optional<RegistryStatus> status = parseRegistryStatus(statusText);
        if (!status)
            problems << tr("%1: unknown status '%2'").arg(header(RegisterField::Status), statusText);
        if (!problems.isEmpty()) {
            summary.rejected.append({m_path, rowNumber, problems.join(QLatin1String("; "))});
            continue;
        }
        QStringList purposes;
        for (const RegisterField f : purposeFields) {
            const QString p = cell(f);
            if (!p.isEmpty())
                purposes << p;
        }
        m_stage.bind(1, number);
        m_stage.bind(2, name);
        m_stage.bind(3, registryStatusCode(*status));
        m_stage.bind(4, *countyId);
        m_stage.bind(5, cell(RegisterField::Locality));
        m_stage.bind(6, cell(RegisterField::Address));
        m_stage.bind(7, purposes.join(QChar(purposeSeparator)));
        m_stage.bind(8, cell(RegisterField::PublicUtility));
        if (!m_stage.run())
            return failure(m_stage);
    }
    if (!reader.error().isEmpty())
        return Status::failure(reader.error());
    return {};
}

Status ImportRun::audit(qint64 id, const QString &action, const QJsonObject &oldValues, const QJsonObject &newValues)
{
    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant(QMetaType::fromType<QString>())
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

Status ImportRun::change(qint64 organizationId, const QString &kind, const QString &field, const QString &oldValue,
                         const QString &newValue, const RegisterRecord &record)
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

Status ImportRun::apply(const RegisterRecord &r, RegisterImportSummary &summary)
{
    m_find.bind(1, r.number);
    if (!m_find.next()) {
        m_find.reset();
        if (m_find.failed())
            return failure(m_find);
        int i = 0;
        auto bind = [this, &i](const auto &v) { m_insert.bind(++i, v); };
        bind(r.name);
        bind(text::sortKey(r.name));
        bind(text::folded(r.name));
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
        if (!m_insert.next()) {
            m_insert.reset();
            return failure(m_insert);
        }
        const qint64 id = m_insert.int64(0);
        m_insert.reset();
        ++summary.added;
        m_auditInsert.bind(1, id);
        m_auditInsert.bind(2, r.name);
        m_auditInsert.bind(3, r.number);
        m_auditInsert.bind(4, r.status);
        m_auditInsert.bind(5, r.countyId);
        m_auditInsert.bind(6, m_user);
        m_auditInsert.bind(7, m_now);
        if (!m_auditInsert.run())
            return failure(m_auditInsert);
        return change(id, QStringLiteral("added"), {}, {}, r.name, r);
    }
    const qint64 id = m_find.int64(0);
    RegisterRecord before;
    before.number = r.number;
    before.name = m_find.text(1);
    before.legalForm = m_find.text(2);
    before.status = m_find.text(3);
    before.countyId = int(m_find.int64(4));
    before.locality = m_find.text(5);
    before.address = m_find.text(6);
    before.purposes = m_find.text(7);
    before.publicUtility = m_find.text(8);
    m_find.reset();

    QJsonObject oldValues;
    QJsonObject newValues;
    QList<std::array<QString, 4>> changes; // kind, field, old, new
    auto compare = [&](const char *field, const QString &oldValue, const QString &newValue, const QString &kind) {
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
        if (r.status == QLatin1String("struck_off") || r.status == QLatin1String("dissolved")
            || r.status == QLatin1String("in_liquidation"))
            kind = r.status;
        compare("status", before.status, r.status, kind);
    }
    compare("name", before.name, r.name, QStringLiteral("renamed"));
    if (before.countyId != r.countyId) {
        oldValues.insert(QStringLiteral("county_id"), before.countyId);
        newValues.insert(QStringLiteral("county_id"), r.countyId);
        changes.append({QStringLiteral("moved_county"), QStringLiteral("county"), countyName(before.countyId),
                        countyName(r.countyId)});
    }
    compare("legal_form", before.legalForm, r.legalForm, other);
    compare("locality", before.locality, r.locality, other);
    compare("address", before.address, r.address, other);
    compare("purposes", before.purposes, r.purposes, other);
    compare("public_utility", before.publicUtility, r.publicUtility, other);
    if (changes.isEmpty()) {
        ++summary.unchanged;
        return {};
    }
    if (before.status != r.status)
        ++summary.statusChanged;
    else
        ++summary.changed;
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
        found = columns[size_t(RegisterField::Name)] >= 0 && columns[size_t(RegisterField::RegistryNumber)] >= 0;
    }
    if (!reader.error().isEmpty())
        return R::failure(reader.error());
    if (!found) {
        return R::failure(tr("%1: no header row with the columns '%2' and '%3' in the first %4 rows.")
                              .arg(path, RegisterColumns::headerNames(RegisterField::Name).constFirst(),
                                   RegisterColumns::headerNames(RegisterField::RegistryNumber).constFirst())
                              .arg(headerSearchRows));
    }
    for (const RegisterField required : {RegisterField::County}) {
        if (columns[size_t(required)] < 0)
            return R::failure(tr("%1: the header row has no column '%2'.")
                                  .arg(path, RegisterColumns::headerNames(required).constFirst()));
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("DELETE FROM temp.register_staging")))
        return R::failure(failure(q).error());
    if (Status s = stage(reader, columns, summary); !s || m_cancelled)
        return s ? R(summary) : R::failure(s.error());

    q.prepare(QStringLiteral("SELECT imported_at FROM register_import WHERE sha256 = ? ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, summary.sha256);
    if (!q.exec())
        return R::failure(failure(q).error());
    const QString previous = q.next() ? q.value(0).toString() : QString();
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO register_import (file_name, sha256, kind, imported_at, os_user, rows_read, "
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

    // The rows of one organization, together, in the order of the sheet.
    Statement &rows = m_staged;
    const auto resetRows = qScopeGuard([&rows] { rows.reset(); });
    std::optional<RegisterRecord> group;
    QStringList purposes;
    qint64 groups = 0;
    auto flush = [&]() -> Status {
        if (!group)
            return {};
        group->purposes = purposes.join(QLatin1Char('\n'));
        Status s = apply(*group, summary);
        group.reset();
        purposes.clear();
        return s;
    };
    while (rows.next()) {
        const QString number = rows.text(0);
        if (group && group->number != number) {
            if (Status s = flush(); !s)
                return R::failure(s.error());
            if (m_progress && ++groups % progressEvery == 0 && !m_progress(m_rows, reader.size(), reader.size())) {
                m_cancelled = true;
                return R(summary);
            }
        }
        if (!group) {
            group = RegisterRecord{};
            group->number = number;
            group->legalForm = m_legalForm;
        }
        // A later filing's value wins where it has one; the status is always the latest row's.
        auto take = [](QString &target, const QString &value) {
            if (!value.isEmpty())
                target = value;
        };
        take(group->name, rows.text(1));
        group->status = rows.text(2);
        group->countyId = int(rows.int64(3));
        take(group->locality, rows.text(4));
        take(group->address, rows.text(5));
        for (const QString &p : rows.text(6).split(QChar(purposeSeparator), Qt::SkipEmptyParts)) {
            if (!purposes.contains(p))
                purposes << p;
        }
        take(group->publicUtility, rows.text(7));
    }
    if (rows.failed())
        return R::failure(failure(rows).error());
    if (Status s = flush(); !s)
        return R::failure(s.error());

    if (!previous.isEmpty() && summary.added == 0 && summary.changed == 0 && summary.statusChanged == 0) {
        // The same file again, and nothing to change: no new import to record.
        summary.alreadyImportedAt = previous;
        q.prepare(QStringLiteral("DELETE FROM register_import WHERE id = ?"));
        q.bindValue(0, m_importId);
        if (!q.exec())
            return R::failure(failure(q).error());
        m_importId = 0;
        return summary;
    }
    q.prepare(QStringLiteral("UPDATE register_import SET rows_read = ?, added = ?, changed = ?, status_changed = ?, "
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
    return tr("The import was cancelled; nothing was changed.");
}

Result<QList<RegisterImportSummary>> NationalRegisterImporter::importFiles(const QStringList &paths,
                                                                          const RegisterImportOptions &options,
                                                                          const Progress &progress)
{
    using R = Result<QList<RegisterImportSummary>>;
    QList<std::pair<QString, RegisterKind>> files;
    for (const QString &path : paths) {
        const auto given = options.fileKinds.constFind(path);
        const std::optional<RegisterKind> kind = given != options.fileKinds.cend() ? std::optional(*given)
                                                 : options.kind                    ? options.kind
                                                                                   : registerKindFromFileName(path);
        if (!kind) {
            return R::failure(tr("%1: the file's name does not say whether it holds associations, foundations, "
                                 "federations or unions; choose the kind.").arg(path));
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

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(tr("The database cannot start the import (%1).").arg(transaction.error()));
    qint64 estimatedRows = 0;
    for (const auto &file : std::as_const(files))
        estimatedRows += QFileInfo(file.first).size() / 100; // about 100 compressed bytes a row
    BulkSearchIndex searchIndex(m_db);
    if (!options.dryRun && BulkSearchIndex::worthIt(m_db, estimatedRows)) {
        if (Status s = searchIndex.suspend(); !s)
            return R::failure(tr("The database refused the import (%1).").arg(s.error()));
    }
    ImportRun run(m_db, progress);
    if (Status s = run.prepare(); !s)
        return R::failure(s.error());
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
        return R::failure(tr("The search index could not be updated (%1).").arg(s.error()));
    if (Status s = transaction.commit(); !s)
        return R::failure(tr("The import could not be saved (%1).").arg(s.error()));
    return summaries;
}

} // namespace dc

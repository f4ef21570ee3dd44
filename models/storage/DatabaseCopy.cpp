#include "DatabaseCopy.h"

#include "Query.h"
#include "ServerAddress.h"

#include "Database.h"
#include "ServerAddress.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>

namespace dc {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
};

constexpr qint64 progressEvery = 1000;

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString quoted(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

QString columnList(const QSqlDatabase &db, const QStringList &columns)
{
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << quoted(db, column);
    return quotedColumns.join(QStringLiteral(", "));
}

/// What is copied of one table: the columns both sides have and the key that orders its rows.
struct TablePlan
{
    QString table;
    QStringList columns;
    QStringList key; ///< the primary key, or every column when it has none
};

/// A forward-only query of @p sql (no values: names come from the catalogue), positioned before
/// its first row: streamed from the server row by row, never a whole table in memory.
Result<QSqlQuery> stream(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Result<QSqlQuery>::failure(query::errorMessage(q.lastError()));
    return q;
}

/// The rows of @p plan in key order, text keys compared byte by byte on both backends (SQLite's
/// BINARY, PostgreSQL's "C"), so that both sides give them in the same order.
QString orderedSelect(const QSqlDatabase &db, const TablePlan &plan)
{
    const QSqlRecord record = db.record(plan.table);
    QStringList order;
    for (const QString &column : plan.key) {
        QString term = quoted(db, column);
        if (record.field(column).metaType().id() == QMetaType::QString)
            term +=
                isServer(db) ? QStringLiteral(" COLLATE \"C\"") : QStringLiteral(" COLLATE BINARY");
        order << term;
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columnList(db, plan.columns), quoted(db, plan.table),
             order.join(QStringLiteral(", ")));
}

// One value as the checksum reads it, the same on both backends: its kind, then the value.
void addValue(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("N;");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        hash.addData(QByteArray("I" + QByteArray::number(value.toLongLong()) + ';'));
        return;
    case QMetaType::Float:
    case QMetaType::Double:
        hash.addData(QByteArray("R" + QByteArray::number(value.toDouble(), 'g', 17) + ';'));
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        hash.addData(QByteArray("B" + QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        hash.addData(QByteArray("T" + QByteArray::number(text.size()) + ':'));
        hash.addData(text);
        return;
    }
    }
}

Result<TableFigures> figuresOf(const QSqlDatabase &db, const TablePlan &plan)
{
    Result<QSqlQuery> q = stream(db, orderedSelect(db, plan));
    if (!q)
        return Result<TableFigures>::failure(q.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableFigures figures;
    figures.table = plan.table;
    const int columns = int(plan.columns.size());
    while (q->next()) {
        for (int i = 0; i < columns; ++i)
            addValue(hash, q->value(i));
        hash.addData("\n");
        ++figures.rows;
    }
    if (q->lastError().isValid())
        return Result<TableFigures>::failure(query::errorMessage(q->lastError()));
    figures.sha256 = hash.result().toHex();
    return figures;
}

// The columns of @p table that hold data: on a server not those it computes itself (generated
// columns, such as the folded text of the search), which are neither written nor compared.
QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    if (query::isServer(db)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = "
                                 "to_regclass(:table) AND attgenerated <> ''"));
        q.bindValue(QStringLiteral(":table"), table);
        if (q.exec()) {
            while (q.next())
                columns.removeAll(q.value(0).toString());
        }
    }
    return columns;
}

TablePlan planOf(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    TablePlan plan{table, columns, {}};
    const QSqlIndex primary = db.primaryIndex(table);
    for (int i = 0; i < primary.count(); ++i)
        plan.key << primary.fieldName(i);
    if (plan.key.isEmpty())
        plan.key = columns;
    return plan;
}

/// The tables that @p table refers to by a foreign key.
Result<QStringList> parentsOf(const QSqlDatabase &db, const QString &table)
{
    const QString sql =
        isServer(db)
            ? QStringLiteral("SELECT DISTINCT parent.relname FROM pg_constraint c "
                             "JOIN pg_class child ON child.oid = c.conrelid "
                             "JOIN pg_class parent ON parent.oid = c.confrelid "
                             "JOIN pg_namespace n ON n.oid = child.relnamespace "
                             "WHERE c.contype = 'f' AND n.nspname = current_schema() "
                             "AND child.relname = :table")
            : QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(:table)");
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":table"), table);
    if (!q.exec())
        return Result<QStringList>::failure(query::errorMessage(q.lastError()));
    QStringList parents;
    while (q.next())
        parents << q.value(0).toString();
    return parents;
}

/// @p tables parents first, as the foreign keys of @p db order them (by name among equals).
Result<QStringList> parentsFirst(const QSqlDatabase &db, const QStringList &tables)
{
    std::map<QString, std::set<QString>> waitingFor;
    for (const QString &table : tables) {
        const Result<QStringList> parents = parentsOf(db, table);
        if (!parents)
            return Result<QStringList>::failure(parents.error());
        std::set<QString> &waiting = waitingFor[table];
        for (const QString &parent : parents.value())
            if (parent != table && tables.contains(parent))
                waiting.insert(parent);
    }
    QStringList ordered;
    while (!waitingFor.empty()) {
        auto ready = waitingFor.begin();
        while (ready != waitingFor.end() && !ready->second.empty())
            ++ready;
        if (ready == waitingFor.end())
            return Result<QStringList>::failure(
                Messages::tr("the foreign keys form a cycle through the table %1")
                    .arg(waitingFor.begin()->first));
        const QString table = ready->first;
        waitingFor.erase(ready);
        ordered << table;
        for (auto &[child, waiting] : waitingFor)
            waiting.erase(table);
    }
    return ordered;
}

/// How many rows a table holds and its largest integer key (0 for none).
struct Fill
{
    qint64 rows = 0;
    qint64 largestId = 0;
};

Result<Fill> fillOf(const QSqlDatabase &db, const TablePlan &plan)
{
    const bool integerKey =
        plan.key.size() == 1 && plan.key != plan.columns &&
        db.record(plan.table).field(plan.key.first()).metaType().id() != QMetaType::QString;
    const QString sql =
        QStringLiteral("SELECT count(*), %1 FROM %2")
            .arg(integerKey ? QStringLiteral("max(%1)").arg(quoted(db, plan.key.first()))
                            : QStringLiteral("0"),
                 quoted(db, plan.table));
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return Result<Fill>::failure(query::errorMessage(q.lastError()));
    return Fill{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

/// The rows a database of this schema is made with (regions, counties, the four associative
/// structures), per table: those of a new file, made by the migrations in a temporary folder.
Result<std::map<QString, Fill>> seedFill()
{
    using R = Result<std::map<QString, Fill>>;
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(
            Messages::tr("no temporary folder can be made: %1").arg(dir.errorString()));
    std::map<QString, Fill> fill;
    {
        auto fresh = Database::open(dir.filePath(QStringLiteral("seed.dcdb")),
                                    Database::OpenMode::CreateIfMissing);
        if (!fresh)
            return R::failure(fresh.error());
        const QSqlDatabase db = fresh.value()->connection();
        const Result<QStringList> tables = DatabaseCopy::dataTables(db);
        if (!tables)
            return R::failure(tables.error());
        for (const QString &table : tables.value()) {
            const Result<Fill> tableFill = fillOf(db, planOf(db, table, columnsOf(db, table)));
            if (!tableFill)
                return R::failure(tableFill.error());
            fill[table] = tableFill.value();
        }
    }
    return fill;
}

/// Holds the source in one snapshot while it is read, and ends it (nothing to keep) at the end.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_active = q.exec(isServer(m_db)
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"));
        if (!m_active)
            m_error = query::errorMessage(q.lastError());
    }
    ~ReadSnapshot()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

bool sameDatabase(const Database &source, const Database &target)
{
    if (source.connectionName() == target.connectionName())
        return true;
    if (source.isServer() != target.isServer())
        return false;
    if (source.isServer())
        return source.path() == target.path();
    return QFileInfo(source.path()).canonicalFilePath() ==
           QFileInfo(target.path()).canonicalFilePath();
}

/// A text that names a row by its key: "id 12" or "event_id 3, region_id 5".
QString rowName(const QVariantList &values, const TablePlan &plan)
{
    QStringList parts;
    for (const QString &column : plan.key)
        parts << column + QLatin1Char(' ') +
                     values.value(int(plan.columns.indexOf(column))).toString();
    return parts.join(QStringLiteral(", "));
}

/// The rows of one table written into the target: on a server many to a statement (each
/// statement a round trip), each batch from a savepoint, so that a batch the server refuses is
/// written again row by row to name the row it refuses; on a file one to a statement (no round
/// trips there).
class TableWriter final
{
public:
    TableWriter(QSqlDatabase to, const TablePlan &plan) : m_to(std::move(to)), m_plan(plan) {}

    Status prepare()
    {
        m_one = QSqlQuery(m_to);
        if (!m_one.prepare(statement(1)))
            return failure(m_one.lastError());
        // PostgreSQL takes at most 65,535 parameters a statement.
        const int columns = std::max(int(m_plan.columns.size()), 1);
        m_batchRows = isServer(m_to) ? std::clamp(65535 / columns, 1, 500) : 1;
        if (m_batchRows > 1) {
            m_many = QSqlQuery(m_to);
            if (!m_many.prepare(statement(m_batchRows)))
                return failure(m_many.lastError());
        }
        return {};
    }

    /// Adds a row; writes a batch when one is full.
    Status add(QVariantList values)
    {
        m_rows << std::move(values);
        return m_rows.size() == m_batchRows ? flush() : Status();
    }

    /// Writes the rows waiting.
    Status flush()
    {
        if (m_rows.isEmpty())
            return {};
        const QList<QVariantList> rows = std::exchange(m_rows, {});
        if (rows.size() == 1)
            return writeEach(rows);
        if (rows.size() == m_batchRows)
            return writeBatch(m_many, rows);
        // The last rows of the table: one statement of their own.
        QSqlQuery last(m_to);
        if (!last.prepare(statement(int(rows.size()))))
            return failure(last.lastError());
        return writeBatch(last, rows);
    }

private:
    /// The INSERT of @p rows rows.
    QString statement(int rows) const
    {
        QStringList row;
        for (qsizetype i = 0; i < m_plan.columns.size(); ++i)
            row << QStringLiteral("?");
        const QString values = QLatin1Char('(') + row.join(QStringLiteral(", ")) + QLatin1Char(')');
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << values;
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(quoted(m_to, m_plan.table), columnList(m_to, m_plan.columns),
                 all.join(QStringLiteral(", ")));
    }

    /// @p rows through @p insert, from a savepoint: refused, they are written again row by row
    /// to name the row the server refuses.
    Status writeBatch(QSqlQuery &insert, const QList<QVariantList> &rows)
    {
        QSqlQuery savepoint(m_to);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT dc_copy_batch")))
            return failure(savepoint.lastError());
        int i = 0;
        for (const QVariantList &row : rows) {
            for (const QVariant &value : row)
                insert.bindValue(i++, value);
        }
        if (insert.exec())
            return savepoint.exec(QStringLiteral("RELEASE SAVEPOINT dc_copy_batch"))
                       ? Status()
                       : failure(savepoint.lastError());
        const QSqlError refused = insert.lastError();
        if (!savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT dc_copy_batch")))
            return failure(refused);
        if (Status s = writeEach(rows); !s)
            return s;
        return failure(refused);
    }

    Status writeEach(const QList<QVariantList> &rows)
    {
        for (const QVariantList &row : rows) {
            for (int i = 0; i < row.size(); ++i)
                m_one.bindValue(i, row.at(i));
            if (!m_one.exec())
                return Status::failure(Messages::tr("%1, row %2: %3")
                                           .arg(m_plan.table, rowName(row, m_plan),
                                                query::errorMessage(m_one.lastError())));
        }
        return {};
    }

    Status failure(const QSqlError &error) const
    {
        return Status::failure(
            QStringLiteral("%1: %2").arg(m_plan.table, query::errorMessage(error)));
    }

    QSqlDatabase m_to;
    const TablePlan &m_plan;
    QSqlQuery m_one;
    QSqlQuery m_many;
    int m_batchRows = 1;
    QList<QVariantList> m_rows;
};

/// Copies the rows of one table; false in @p cancelled when the progress callback said stop.
Status copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const TablePlan &plan,
                 const DatabaseCopy::Progress &progress, qint64 &copied, bool &cancelled)
{
    TableWriter writer(to, plan);
    if (Status s = writer.prepare(); !s)
        return s;
    Result<QSqlQuery> rows = stream(from, orderedSelect(from, plan));
    if (!rows)
        return Status::failure(QStringLiteral("%1: %2").arg(plan.table, rows.error()));
    const int columns = int(plan.columns.size());
    copied = 0;
    while (rows->next()) {
        QVariantList values;
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values << rows->value(i);
        if (Status s = writer.add(std::move(values)); !s)
            return s;
        ++copied;
        if (progress && copied % progressEvery == 0 && !progress(plan.table, copied)) {
            cancelled = true;
            return {};
        }
    }
    if (rows->lastError().isValid())
        return Status::failure(
            QStringLiteral("%1: %2").arg(plan.table, query::errorMessage(rows->lastError())));
    if (Status s = writer.flush(); !s)
        return s;
    if (progress && !progress(plan.table, copied))
        cancelled = true;
    return {};
}

/// Moves each identity sequence of the server past the largest id copied, so that the next
/// INSERT gets a new one.
Status moveSequences(const QSqlDatabase &db, const QStringList &tables)
{
    QSqlQuery identities(db);
    if (!identities.exec(QStringLiteral(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name")))
        return Status::failure(query::errorMessage(identities.lastError()));
    QList<QPair<QString, QString>> columns;
    while (identities.next())
        columns.append({identities.value(0).toString(), identities.value(1).toString()});
    for (const auto &[table, column] : columns) {
        if (!tables.contains(table))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, :column), "
                                 "COALESCE((SELECT max(%1) FROM %2), 0) + 1, false)")
                      .arg(quoted(db, column), quoted(db, table)));
        q.bindValue(QStringLiteral(":table"), quoted(db, table));
        q.bindValue(QStringLiteral(":column"), column);
        if (!q.exec())
            return Status::failure(
                QStringLiteral("%1: %2").arg(table, query::errorMessage(q.lastError())));
    }
    return {};
}

} // namespace

Result<QStringList> DatabaseCopy::dataTables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (isServer(db)) {
        // schema_version is the server's PRAGMA user_version: each side keeps its own.
        if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                   "WHERE table_schema = current_schema() AND table_type = "
                                   "'BASE TABLE' AND table_name <> 'schema_version' "
                                   "ORDER BY table_name")))
            return Result<QStringList>::failure(query::errorMessage(q.lastError()));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        return tables;
    }
    // SQLite's own tables and the search index (a virtual table and its shadow tables, which
    // its triggers fill as rows are inserted) are not data of the program.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return Result<QStringList>::failure(query::errorMessage(q.lastError()));
    QStringList tables;
    QStringList virtualTables;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                             Qt::CaseInsensitive))
            virtualTables << name;
        else
            tables << name;
    }
    QStringList data;
    for (const QString &table : std::as_const(tables)) {
        const bool shadow =
            std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &index) {
                return table.startsWith(index + QLatin1Char('_'));
            });
        if (!shadow)
            data << table;
    }
    return data;
}

Result<TableFigures> DatabaseCopy::figures(const QSqlDatabase &db, const QString &table)
{
    return figuresOf(db, planOf(db, table, columnsOf(db, table)));
}

Result<CopySummary> DatabaseCopy::copyInto(Database &source, const QString &target,
                                           const Progress &progress)
{
    using R = Result<CopySummary>;
    const bool targetIsServer = ServerAddress::isServerUrl(target);
    if (!targetIsServer && QFileInfo::exists(target))
        return R::failure(Messages::tr("%1 already exists: a copy is written to a new file only; "
                                       "nothing was written.")
                              .arg(QDir::toNativeSeparators(target)));
    Result<std::unique_ptr<Database>> opened =
        Database::open(target, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        if (!targetIsServer)
            Database::removeFiles(target);
        return R::failure(opened.error());
    }
    std::unique_ptr<Database> copied = std::move(opened).value();
    const QString shown =
        targetIsServer ? copied->path() : QDir::toNativeSeparators(copied->path());
    Result<CopySummary> summary = copy(source, *copied, progress);
    copied.reset();
    // A new file that did not receive the copy goes: nothing half-made is left.
    if (!targetIsServer && (!summary || summary->cancelled))
        Database::removeFiles(target);
    if (summary)
        summary->target = shown;
    return summary;
}

Result<CopySummary> DatabaseCopy::copy(Database &source, Database &target, const Progress &progress)
{
    using R = Result<CopySummary>;
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    const QString &shown = target.path();
    if (sameDatabase(source, target))
        return R::failure(Messages::tr("%1: a database cannot be copied onto itself.").arg(shown));

    const Result<QStringList> sourceTables = dataTables(from);
    if (!sourceTables)
        return R::failure(QStringLiteral("%1: %2").arg(source.path(), sourceTables.error()));
    const Result<QStringList> targetTables = dataTables(to);
    if (!targetTables)
        return R::failure(QStringLiteral("%1: %2").arg(shown, targetTables.error()));
    for (const QString &table : sourceTables.value())
        if (!targetTables->contains(table))
            return R::failure(Messages::tr("%1 has no table %2 to copy the rows of %3 into; "
                                           "nothing was written.")
                                  .arg(shown, table, source.path()));
    const Result<QStringList> order = parentsFirst(to, sourceTables.value());
    if (!order)
        return R::failure(QStringLiteral("%1: %2").arg(shown, order.error()));

    QList<TablePlan> plans;
    for (const QString &table : order.value()) {
        const QStringList sourceColumns = columnsOf(from, table);
        QStringList columns;
        for (const QString &column : columnsOf(to, table))
            if (sourceColumns.contains(column))
                columns << column;
        plans << planOf(to, table, columns);
    }

    ReadSnapshot snapshot(from);
    if (!snapshot.isActive())
        return R::failure(QStringLiteral("%1: %2").arg(source.path(), snapshot.error()));
    Transaction transaction(to);
    if (!transaction.isActive())
        return R::failure(transaction.error());

    // Checked inside the transaction, the server's tables locked against other writers first,
    // so that no one's rows can come in between the check and the copy that replaces them.
    if (target.isServer()) {
        QStringList tables;
        for (const TablePlan &plan : std::as_const(plans))
            tables << quoted(to, plan.table);
        QSqlQuery q(to);
        if (!q.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE")
                        .arg(tables.join(QStringLiteral(", ")))))
            return R::failure(
                QStringLiteral("%1: %2").arg(shown, query::errorMessage(q.lastError())));
    }

    // A target that holds more than the rows its schema is made with holds someone's work.
    const Result<std::map<QString, Fill>> seeds = seedFill();
    if (!seeds)
        return R::failure(seeds.error());
    for (const TablePlan &plan : std::as_const(plans)) {
        const Result<Fill> fill = fillOf(to, plan);
        if (!fill)
            return R::failure(QStringLiteral("%1: %2").arg(shown, fill.error()));
        const auto seed = seeds->find(plan.table);
        const Fill made = seed == seeds->end() ? Fill() : seed->second;
        if (fill->rows > made.rows || fill->largestId > made.largestId)
            return R::failure(
                Messages::tr("%1 is not empty: its table %2 holds data beyond the rows a new "
                             "database is made with (%3 rows); nothing was written.")
                    .arg(shown, plan.table)
                    .arg(fill->rows));
    }

    // The seed rows go, children first, and come back from the source with its ids.
    for (auto plan = plans.crbegin(); plan != plans.crend(); ++plan) {
        QSqlQuery q(to);
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(quoted(to, plan->table))))
            return R::failure(
                QStringLiteral("%1: %2").arg(shown, query::errorMessage(q.lastError())));
    }

    CopySummary summary;
    for (const TablePlan &plan : std::as_const(plans)) {
        qint64 copied = 0;
        if (Status s = copyTable(from, to, plan, progress, copied, summary.cancelled); !s)
            return R::failure(
                Messages::tr("%1: the copy failed, nothing was written: %2").arg(shown, s.error()));
        if (summary.cancelled)
            return summary;
        summary.rows += copied;
    }
    if (target.isServer()) {
        if (Status s = moveSequences(to, order.value()); !s)
            return R::failure(
                Messages::tr("%1: the copy failed, nothing was written: %2").arg(shown, s.error()));
    }

    // Both sides compared inside the transaction: a difference leaves the target as it was.
    for (const TablePlan &plan : std::as_const(plans)) {
        const Result<TableFigures> copiedFigures = figuresOf(to, plan);
        if (!copiedFigures)
            return R::failure(QStringLiteral("%1: %2").arg(shown, copiedFigures.error()));
        const Result<TableFigures> sourceFigures = figuresOf(from, plan);
        if (!sourceFigures)
            return R::failure(QStringLiteral("%1: %2").arg(source.path(), sourceFigures.error()));
        if (copiedFigures.value() != sourceFigures.value())
            return R::failure(
                Messages::tr("%1: the copy of the table %2 differs from the source (%3 rows, "
                             "sha256 %4; the source: %5 rows, sha256 %6); nothing was written.")
                    .arg(shown, plan.table)
                    .arg(copiedFigures->rows)
                    .arg(QString::fromLatin1(copiedFigures->sha256))
                    .arg(sourceFigures->rows)
                    .arg(QString::fromLatin1(sourceFigures->sha256)));
        summary.tables << copiedFigures.value();
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(
            Messages::tr("%1: the copy failed, nothing was written: %2").arg(shown, s.error()));
    return summary;
}

} // namespace dc

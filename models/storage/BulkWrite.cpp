#include "BulkWrite.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace dc::bulk {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

/// A name from the schema as an SQL identifier.
QString quoted(QString name)
{
    name.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

Status failure(const QSqlQuery &q)
{
    return Status::failure(q.lastError().text());
}

} // namespace

LargePageCache::LargePageCache(QSqlDatabase db) : m_db(std::move(db))
{
    if (!isSqlite(m_db))
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_saved = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -49152")); // 48 MB
    }
}

LargePageCache::~LargePageCache()
{
    if (m_saved != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_saved));
}

SuspendedIndexes::SuspendedIndexes(QSqlDatabase db, QString table, QString fullText)
    : m_db(std::move(db)), m_table(std::move(table)), m_fullText(std::move(fullText))
{
}

qint64 SuspendedIndexes::threshold() const
{
    if (!isSqlite(m_db))
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(m_table))) || !q.next())
        return 0;
    return std::max<qint64>(1000, q.value(0).toLongLong() / 30);
}

Status SuspendedIndexes::suspend()
{
    if (m_suspended)
        return {};
    m_suspended = true;
    QSqlQuery q(m_db);
    if (!m_fullText.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                 "AND tbl_name = ? AND instr(sql, ?) > 0"));
        q.addBindValue(m_table);
        q.addBindValue(m_fullText);
        if (!q.exec())
            return failure(q);
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
    }
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS "
                             "NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name = ?"));
    q.addBindValue(m_table);
    if (!q.exec())
        return failure(q);
    while (q.next())
        m_indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &[name, sql] : std::as_const(m_indexes)) {
        if (!q.exec(QStringLiteral("DROP INDEX %1").arg(quoted(name))))
            return failure(q);
    }
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        if (!q.exec(QStringLiteral("DROP TRIGGER %1").arg(quoted(name))))
            return failure(q);
    }
    return {};
}

Status SuspendedIndexes::resume()
{
    if (!m_suspended)
        return {};
    QSqlQuery q(m_db);
    // CREATE INDEX sorts in memory up to the page cache's size: a smaller cache for the sorts
    // keeps a million-row import's memory bounded (LargePageCache puts the size back).
    if (!m_indexes.isEmpty() && !q.exec(QStringLiteral("PRAGMA cache_size = -8192")))
        return failure(q);
    for (const auto &[name, sql] : std::as_const(m_indexes)) {
        if (!q.exec(sql))
            return failure(q);
    }
    m_indexes.clear();
    if (!m_triggers.isEmpty()) {
        // Four times FTS5's default buffer of pending terms: fewer segments to merge (0.31 s
        // instead of 0.37 s for 113,637 organizations); the default is put back for the small
        // writes after.
        const QString fts = quoted(m_fullText);
        if (!q.exec(
                QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', 4194304)").arg(fts)) ||
            !q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts)) ||
            !q.exec(
                QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', 1048576)").arg(fts)))
            return failure(q);
        for (const auto &[name, sql] : std::as_const(m_triggers)) {
            if (!q.exec(sql))
                return failure(q);
        }
        m_triggers.clear();
    }
    m_suspended = false;
    return {};
}

bool Statement::prepare(const QSqlDatabase &db, const QByteArray &sql)
{
    m_executed = m_failed = false;
    if (sqlite3 *handle = sqlite::handle(db)) {
        m_query.reset();
        return m_lite.prepare(handle, sql);
    }
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    // SQLite's numbered parameters (?1) are PostgreSQL's $1; a plain ? the driver numbers itself.
    QString text = QString::fromUtf8(sql);
    static const QRegularExpression numbered(QStringLiteral("\\?(\\d+)"));
    text.replace(numbered, QStringLiteral("$\\1"));
    m_failed = !m_query->prepare(text);
    return !m_failed;
}

void Statement::bind(int i, const QVariant &value)
{
    if (m_query)
        m_query->bindValue(i - 1, value);
    else
        m_lite.bind(i, value);
}

void Statement::bind(int i, const QString &text, bool nullIfEmpty)
{
    if (!m_query)
        m_lite.bind(i, text, nullIfEmpty);
    else if (text.isNull() || (text.isEmpty() && nullIfEmpty))
        m_query->bindValue(i - 1, QVariant(QMetaType::fromType<QString>()));
    else
        m_query->bindValue(i - 1, text);
}

void Statement::bind(int i, qint64 value)
{
    if (m_query)
        m_query->bindValue(i - 1, value);
    else
        m_lite.bind(i, value);
}

bool Statement::run()
{
    if (!m_query)
        return m_lite.run();
    m_failed = !m_query->exec();
    m_query->finish();
    return !m_failed;
}

bool Statement::next()
{
    if (!m_query)
        return m_lite.next();
    if (!m_executed) {
        m_executed = true;
        m_failed = !m_query->exec();
        if (m_failed)
            return false;
    }
    return m_query->next();
}

bool Statement::failed() const
{
    return m_query ? m_failed : m_lite.failed();
}

void Statement::reset()
{
    if (!m_query) {
        m_lite.reset();
        return;
    }
    m_query->finish();
    m_executed = false;
}

QString Statement::text(int column) const
{
    return m_query ? m_query->value(column).toString() : m_lite.text(column);
}

qint64 Statement::int64(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : m_lite.int64(column);
}

QString Statement::error() const
{
    return m_query ? m_query->lastError().text() : m_lite.error();
}

RowInserter::RowInserter(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{
}

Status RowInserter::prepare(const QSqlDatabase &db)
{
    QByteArray row = "(";
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row += i == 0 ? "?" : ", ?";
    row += ')';
    const QByteArray head = "INSERT INTO " + quoted(m_table).toUtf8() + " (" +
                            m_columns.join(QLatin1String(", ")).toUtf8() + ") VALUES ";
    m_statementRows = sqlite::handle(db) ? rowsPerStatement : serverRowsPerStatement;
    QByteArray many = head;
    for (int i = 0; i < m_statementRows; ++i)
        many += (i == 0 ? QByteArray() : QByteArray(", ")) + row;
    if (!m_one.prepare(db, head + row))
        return Status::failure(m_one.error());
    if (!m_many.prepare(db, many))
        return Status::failure(m_many.error());
    m_rows.reserve(m_columns.size() * m_statementRows);
    return {};
}

Status RowInserter::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_rows += values;
    return waiting() == m_statementRows ? flush() : Status{};
}

Status RowInserter::flush()
{
    const qsizetype count = waiting();
    const bool many = count == m_statementRows;
    const qsizetype columns = m_columns.size();
    for (qsizetype done = 0; done < count; done += many ? count : 1) {
        Statement &statement = many ? m_many : m_one;
        const qsizetype rows = many ? count : 1;
        for (qsizetype i = 0; i < rows * columns; ++i)
            statement.bind(int(i + 1), m_rows.at(done * columns + i));
        if (!statement.run()) {
            m_rows.clear();
            return Status::failure(statement.error());
        }
    }
    m_rows.clear();
    return {};
}

QString idsParameter(const QList<qint64> &ids)
{
    QString text;
    text.reserve(ids.size() * 8);
    for (qint64 id : ids) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(id);
    }
    return text;
}

} // namespace dc::bulk

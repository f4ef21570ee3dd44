#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace dc::sqlite {

sqlite3 *handle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

bool Statement::prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    return db && sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                    &m_stmt, nullptr) == SQLITE_OK;
}

void Statement::bind(int i, const QString &text, bool nullIfEmpty)
{
    if (text.isNull() || (text.isEmpty() && nullIfEmpty))
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bind(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i, value);
}

void Statement::bind(int i, int value)
{
    sqlite3_bind_int(m_stmt, i, value);
}

void Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

void Statement::bind(int i, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        sqlite3_bind_int64(m_stmt, i, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, i, value.toDouble());
        return;
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(value.constData());
        sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    default:
        bind(i, value.toString(), false);
    }
}

bool Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    sqlite3_reset(m_stmt);
    return !m_failed;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column));
    return data ? QString(data, sqlite3_column_bytes16(m_stmt, column) / 2) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QStringLiteral("not an SQLite database");
}

} // namespace dc::sqlite

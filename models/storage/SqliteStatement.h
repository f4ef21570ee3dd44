#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace dc::sqlite {

/// The SQLite handle under a QSQLITE connection; nullptr for any other driver.
sqlite3 *handle(const QSqlDatabase &db);

/// A statement prepared on a connection's own SQLite handle, for the statements a bulk import runs
/// once per row: binding a QString's UTF-16 straight to SQLite costs a fraction of QSqlQuery's
/// QVariant round trip, which was most of an import's time (see tests/bench). Parameters are
/// numbered from 1, as in SQLite.
class Statement final
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool prepare(sqlite3 *db, const QByteArray &sql);
    /// Text; an empty string is bound as NULL when @p nullIfEmpty.
    void bind(int i, const QString &text, bool nullIfEmpty = true);
    void bind(int i, qint64 value);
    void bind(int i, int value);
    /// A value as QSqlQuery would bind it: null, integer, real or text.
    void bind(int i, const QVariant &value);
    void bindNull(int i);
    /// Runs a statement that returns no row.
    bool run();
    /// Steps once: true on a row; false at the end or on an error (then failed() is true).
    bool next();
    bool failed() const { return m_failed; }
    void reset();
    QString text(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QString error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace dc::sqlite

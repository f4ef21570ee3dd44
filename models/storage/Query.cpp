#include "Query.h"

#include <QSqlError>

namespace dc::query {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString databaseWords(const QSqlError &error)
{
    QString words = error.databaseText().trimmed();
    if (words.endsWith(QLatin1String("()"))) {
        words.chop(2);
        words = words.trimmed();
    }
    return words;
}

QString errorMessage(const QSqlError &error)
{
    const QString words = databaseWords(error);
    return words.isEmpty() ? error.text() : words;
}

QString joinedTexts(const QSqlDatabase &db, const QString &column, const QString &separator,
                    const QString &from, const QString &orderBy)
{
    if (isServer(db))
        return QStringLiteral("(SELECT string_agg(%1, %2 ORDER BY %4) %3)")
            .arg(column, separator, from, orderBy);
    return QStringLiteral(
               "(SELECT group_concat(joined, %2) FROM (SELECT %1 AS joined %3 ORDER BY %4))")
        .arg(column, separator, from, orderBy);
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const Binds &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(!isServer(db));
    // A statement without parameters runs as it is: QPSQL prepares with PREPARE, which takes no
    // CREATE, ALTER or other statement of the schema.
    if (binds.empty()) {
        if (!q.exec(sql))
            return Result<QSqlQuery>::failure(q.lastError().text());
        return q;
    }
    q.prepare(sql);
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return Result<QSqlQuery>::failure(q.lastError().text());
    return q;
}

Status exec(const QSqlDatabase &db, const QString &sql, const Binds &binds)
{
    const Result<QSqlQuery> q = run(db, sql, binds);
    return q ? Status() : Status::failure(q.error());
}

bool exists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    Result<QSqlQuery> q = run(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table),
                              {{QStringLiteral(":id"), id}});
    return q && q->next();
}

std::optional<qint64> selectId(const QSqlDatabase &db, const QString &sql, const Binds &binds)
{
    return selectOne(db, sql, binds, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

QList<qint64> selectIds(const QSqlDatabase &db, const QString &sql, const Binds &binds)
{
    return selectAll(db, sql, binds, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

QStringList selectTexts(const QSqlDatabase &db, const QString &sql, const Binds &binds)
{
    return selectAll(db, sql, binds, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace dc::query

#include "PostgresSchema.h"

#include "DerivedKeys.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <map>

namespace dc::postgres {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::postgres)
};

// The scripts of @p folder by version ("0014_schema.sql" is version 14).
std::map<int, QString> scriptsIn(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(folder);
    std::map<int, QString> scripts;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        if (const QRegularExpressionMatch m = name.match(fileName); m.hasMatch())
            scripts[m.captured(1).toInt()] = dir.filePath(fileName);
    }
    return scripts;
}

// The version of the whole schema the scripts of @p scripts start from: the highest
// NNNN_schema.sql; the scripts after it are upgrades. 0 when there is none.
int baseVersion(const std::map<int, QString> &scripts)
{
    int base = 0;
    for (const auto &[version, path] : scripts) {
        if (path.endsWith(QLatin1String("_schema.sql")))
            base = version;
    }
    return base;
}

// The statements of an SQL script, each without its ';'. A ';' ends a statement only outside
// quotes ('text', "name", $tag$ body $tag$) and comments (-- line, /* block */). QPSQL cannot run a
// script in one exec(): it reads the first statement's result only and drops the others, errors
// included.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype length = script.size();
    qsizetype i = 0;
    auto copyUntil = [&](const QString &end) {
        const qsizetype found = script.indexOf(end, i);
        const qsizetype stop = found < 0 ? length : found + end.size();
        current += script.mid(i, stop - i);
        i = stop;
    };
    static const QRegularExpression dollarTag(QStringLiteral("\\$[A-Za-z_]*\\$"));
    while (i < length) {
        const QChar c = script.at(i);
        if (c == u'\'' || c == u'"') {
            // A doubled quote inside is two quoted runs in a row: the same text.
            current += c;
            ++i;
            copyUntil(QString(c));
        } else if (c == u'-' && script.mid(i, 2) == QLatin1String("--")) {
            copyUntil(QStringLiteral("\n"));
        } else if (c == u'/' && script.mid(i, 2) == QLatin1String("/*")) {
            copyUntil(QStringLiteral("*/"));
        } else if (const QRegularExpressionMatch tag =
                       dollarTag.match(script, i, QRegularExpression::NormalMatch,
                                       QRegularExpression::AnchorAtOffsetMatchOption);
                   c == u'$' && tag.hasMatch()) {
            current += tag.captured();
            i += tag.capturedLength();
            copyUntil(tag.captured());
        } else if (c == u';') {
            statements << current;
            current.clear();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    statements << current;
    // What is left of a piece without a statement: white space and comments.
    static const QRegularExpression nothing(QStringLiteral("^(\\s|--[^\\n]*(\\n|$))*$"));
    statements.erase(std::remove_if(statements.begin(), statements.end(),
                                    [](const QString &s) { return nothing.match(s).hasMatch(); }),
                     statements.end());
    return statements;
}

// The first line of @p statement that is not a comment, to name it in a message.
QString firstLineOf(const QString &statement)
{
    for (const QString &line : statement.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--")))
            return trimmed;
    }
    return {};
}

// Runs the statements of the script at @p path on @p db, in the caller's transaction; a failure
// is told by @p failure from the statement's first line and the server's reason.
Status
runScript(QSqlDatabase &db, const QString &path,
          const std::function<QString(const QString &statement, const QString &reason)> &failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Messages::tr("The PostgreSQL schema script %1 cannot be read.")
                                   .arg(QDir::toNativeSeparators(path)));
    QSqlQuery q(db);
    for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
        if (!q.exec(statement))
            return Status::failure(failure(firstLineOf(statement), q.lastError().databaseText()));
    }
    return {};
}

// Runs the upgrade scripts of @p scripts after version @p from, in order, each setting the
// version it brings, in the caller's transaction.
Status runUpgrades(QSqlDatabase &db, const std::map<int, QString> &scripts, int from)
{
    for (auto it = scripts.upper_bound(from); it != scripts.end(); ++it) {
        const auto failure = [version = it->first](const QString &statement,
                                                   const QString &reason) {
            //: %1 is the version the update brings; %2 the statement that failed, %3 the reason
            return Messages::tr("The update of the schema to version %1 failed: %2: %3")
                .arg(QString::number(version), statement, reason);
        };
        if (Status s = runScript(db, it->second, failure); !s)
            return s;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
        q.addBindValue(it->first);
        if (!q.exec())
            return Status::failure(
                failure(QStringLiteral("UPDATE schema_version"), q.lastError().databaseText()));
    }
    return {};
}

} // namespace

QString defaultScriptsFolder()
{
    return QStringLiteral(":/migrations/postgresql");
}

Status createSchema(QSqlDatabase db, const QString &scriptsFolder)
{
    const std::map<int, QString> scripts = scriptsIn(scriptsFolder);
    const int base = baseVersion(scripts);
    if (base == 0)
        return Status::failure(Messages::tr("The PostgreSQL schema script cannot be read in %1.")
                                   .arg(QDir::toNativeSeparators(scriptsFolder)));

    return inTransaction(db, [&]() -> Status {
        // Checked inside the transaction, so that a second program creating the schema at the
        // same time fails on its CREATE TABLE instead of mixing two schemas.
        const Result<QString> found = firstTable(db);
        if (!found)
            return Status::failure(found.error());
        if (const QString &table = found.value(); !table.isEmpty())
            return Status::failure(
                Messages::tr("The database is not empty (it holds the table %1): the schema of "
                             "Dialog Civic is only created in an empty database.")
                    .arg(table));
        const auto failure = [](const QString &statement, const QString &reason) {
            return Messages::tr("The schema could not be created: %1: %2").arg(statement, reason);
        };
        if (Status s = runScript(db, scripts.at(base), failure); !s)
            return s;
        if (Status s = fillDerivedKeys(db); !s)
            return s;
        return runUpgrades(db, scripts, base);
    });
}

Result<int> upgradeSchema(QSqlDatabase db, const QString &scriptsFolder)
{
    using R = Result<int>;
    const std::map<int, QString> scripts = scriptsIn(scriptsFolder);
    int from = 0;
    const Status done = inTransaction(db, [&]() -> Status {
        // One upgrade at a time: a second program waits here, then finds the work done.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("LOCK TABLE schema_version IN ACCESS EXCLUSIVE MODE")))
            return Status::failure(
                Messages::tr("The schema cannot be updated: %1").arg(q.lastError().databaseText()));
        from = schemaVersion(db);
        if (from <= 0)
            return Status::failure(Messages::tr("The schema version cannot be read."));
        if (from < baseVersion(scripts))
            return Status::failure(
                Messages::tr("The schema is at version %1, older than any this version of Dialog "
                             "Civic can update on a server (%2).")
                    .arg(from)
                    .arg(baseVersion(scripts)));
        return runUpgrades(db, scripts, from);
    });
    if (!done)
        return R::failure(done.error());
    return from;
}

Result<QString> firstTable(const QSqlDatabase &db)
{
    // The tables of the database's current schema (search_path); the extensions' own objects are
    // not tables there.
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables "
                           "WHERE table_schema = current_schema() ORDER BY table_name LIMIT 1")))
        return Result<QString>::failure(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<QStringList> check(const QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                               "WHERE NOT convalidated AND connamespace = "
                               "current_schema()::regnamespace ORDER BY 1, 2")))
        return Result<QStringList>::failure(q.lastError().text());
    while (q.next()) {
        problems << Messages::tr("constraint %1 of table %2 is not validated")
                        .arg(q.value(1).toString(), q.value(0).toString());
    }
    if (!q.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")))
        return Result<QStringList>::failure(q.lastError().text());
    if (!q.next())
        return problems;
    // bt_index_check reports the first inconsistency of an index as an error: one query an index.
    QSqlQuery indexes(db);
    if (!indexes.exec(QStringLiteral(
            "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'btree' AND c.relnamespace = "
            "current_schema()::regnamespace ORDER BY c.relname")))
        return Result<QStringList>::failure(indexes.lastError().text());
    while (indexes.next()) {
        q.prepare(QStringLiteral("SELECT bt_index_check(:index, true)"));
        q.bindValue(QStringLiteral(":index"), indexes.value(0));
        if (!q.exec())
            problems << Messages::tr("index %1: %2")
                            .arg(indexes.value(1).toString(), q.lastError().databaseText());
    }
    return problems;
}

} // namespace dc::postgres

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

namespace dc::postgres {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(dc::postgres)
};

// The path of the script with the highest number in @p folder ("0014_schema.sql" is version 14);
// empty when there is none.
QString latestScript(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(folder);
    QString latest;
    int latestVersion = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch m = name.match(fileName);
        if (m.hasMatch() && m.captured(1).toInt() > latestVersion) {
            latestVersion = m.captured(1).toInt();
            latest = dir.filePath(fileName);
        }
    }
    return latest;
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

} // namespace

QString defaultScriptsFolder()
{
    return QStringLiteral(":/migrations/postgresql");
}

Status createSchema(QSqlDatabase db, const QString &scriptsFolder)
{
    const QString path = latestScript(scriptsFolder);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Status::failure(Messages::tr("The PostgreSQL schema script cannot be read in %1.")
                                   .arg(QDir::toNativeSeparators(scriptsFolder)));
    const QString script = QString::fromUtf8(file.readAll());

    return inTransaction(db, [&db, &script]() -> Status {
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
        QSqlQuery q(db);
        for (const QString &statement : statementsOf(script)) {
            if (!q.exec(statement))
                return Status::failure(
                    Messages::tr("The schema could not be created: %1: %2")
                        .arg(firstLineOf(statement), q.lastError().databaseText()));
        }
        return fillDerivedKeys(db);
    });
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

#include "ImportLog.h"

#include "AuditLog.h"
#include "Query.h"
#include "SqlValues.h"
#include "core/CodeTable.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>

namespace dc {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ImportLog)
};

QString json(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const struct
{
    ImportLog::Kind value;
    const char *code;
} kinds[] = {{ImportLog::Kind::Organizations, "organizations"},
             {ImportLog::Kind::NationalRegister, "national_register"},
             {ImportLog::Kind::FundingAwards, "funding_awards"},
             {ImportLog::Kind::AnnualReports, "annual_reports"}};

} // namespace

QString ImportLog::kindCode(Kind kind)
{
    return QLatin1String(codetable::byValue(kinds, kind).code);
}

Result<QString> ImportLog::sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Result<QString>::failure(
            Messages::tr("%1: the file cannot be read (%2).").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

Result<qint64> ImportLog::begin(QSqlDatabase &db, Kind kind, const QString &path,
                                const QString &sha256)
{
    Result<QSqlQuery> q = query::run(
        db,
        QStringLiteral("INSERT INTO data_import (kind, file_name, sha256, os_user, imported_at) "
                       "VALUES (:kind, :file, :sha, :user, :at) RETURNING id"),
        {{QStringLiteral(":kind"), kindCode(kind)},
         {QStringLiteral(":file"), QFileInfo(path).fileName()},
         {QStringLiteral(":sha"), sha256.isNull() ? QStringLiteral("") : sha256},
         {QStringLiteral(":user"), AuditLog::osUser()},
         {QStringLiteral(":at"), sqlvalues::nowIso()}});
    if (!q)
        return Result<qint64>::failure(q.error());
    if (!q->next())
        return Result<qint64>::failure(q->lastError().text());
    return q->value(0).toLongLong();
}

Status ImportLog::finish(QSqlDatabase &db, qint64 id, const QString &sha256,
                         const QJsonObject &counts)
{
    return query::exec(
        db, QStringLiteral("UPDATE data_import SET sha256 = :sha, counts = :counts WHERE id = :id"),
        {{QStringLiteral(":sha"), sha256},
         {QStringLiteral(":counts"),
          QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))},
         {QStringLiteral(":id"), id}});
}

Status ImportLog::remove(QSqlDatabase &db, qint64 id)
{
    return query::exec(db, QStringLiteral("DELETE FROM data_import WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
}

ImportAuditRows::ImportAuditRows(QString table, qint64 importId)
    : m_table(std::move(table)), m_importId(importId), m_user(AuditLog::osUser()),
      m_now(sqlvalues::nowIso())
{
}

Status ImportAuditRows::prepare(const QSqlDatabase &db)
{
    if (!m_insert.prepare(db, "INSERT INTO audit_log (table_name, row_id, action, old_values, "
                              "new_values, os_user, changed_at, import_id) "
                              "VALUES (?, ?, 'update', ?, ?, ?, ?, ?)"))
        return Status::failure(m_insert.error());
    return {};
}

Status ImportAuditRows::changed(qint64 rowId, const QJsonObject &oldValues,
                                const QJsonObject &newValues)
{
    m_insert.bind(1, m_table);
    m_insert.bind(2, rowId);
    m_insert.bind(3, json(oldValues));
    m_insert.bind(4, json(newValues));
    m_insert.bind(5, m_user);
    m_insert.bind(6, m_now);
    m_insert.bind(7, m_importId);
    if (!m_insert.run())
        return Status::failure(m_insert.error());
    return {};
}

} // namespace dc

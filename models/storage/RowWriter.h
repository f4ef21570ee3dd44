#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace dc::rowwriter {

/// Column name -> value, bound by name when a row is written.
using Values = QList<QPair<QString, QVariant>>;

QVariant date(const QDate &d);
QVariant text(const QString &s);
QVariant id(qint64 value);
QVariant flag(bool value);
QDate toDate(const QVariant &v);

/// INSERT ... RETURNING id with bound values, created_at/updated_at set, and the audit row; inside
/// the caller's transaction.
Result<qint64> insertRow(QSqlDatabase &db, const QString &table, const Values &values,
                         const QJsonObject &audit, bool stamped = true);
/// UPDATE ... WHERE id with bound values, updated_at set, and the audit row.
Status updateRow(QSqlDatabase &db, const QString &table, qint64 id, const Values &values,
                 const QJsonObject &before, const QJsonObject &after, bool stamped = true);
Status deleteRow(QSqlDatabase &db, const QString &table, qint64 id, const QJsonObject &before);
/// The problems as one failure, one per line.
Status problems(const QStringList &messages);

} // namespace dc::rowwriter

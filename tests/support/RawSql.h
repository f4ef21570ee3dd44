#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace dc::test {

// Statements a test runs on a database behind the repositories' back: the rows an older version
// left, a constraint put to the test.

/// Runs @p sql on @p db; false (the statement in a warning) when it fails.
inline bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning("%s", qPrintable(sql));
    return ok;
}

/// True when `PRAGMA foreign_key_check` runs on @p db and finds no row that refers to a missing
/// one; the first it finds goes to a warning.
inline bool foreignKeysHold(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return false;
    if (!check.next())
        return true;
    qWarning("foreign key broken in %s", qPrintable(check.value(0).toString()));
    return false;
}

} // namespace dc::test

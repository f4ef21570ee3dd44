#include "DerivedKeys.h"

#include "core/Text.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dc {

Status fillDerivedKeys(QSqlDatabase &db)
{
    QSqlQuery select(db);
    QSqlQuery update(db);
    for (const QString &table :
         {QStringLiteral("region"), QStringLiteral("county"), QStringLiteral("domain")}) {
        if (!select.exec(QStringLiteral("SELECT id, name FROM %1 WHERE sort_key = ''").arg(table)))
            return Status::failure(select.lastError().text());
        update.prepare(QStringLiteral("UPDATE %1 SET sort_key = :key WHERE id = :id").arg(table));
        while (select.next()) {
            update.bindValue(QStringLiteral(":key"), text::sortKey(select.value(1).toString()));
            update.bindValue(QStringLiteral(":id"), select.value(0));
            if (!update.exec())
                return Status::failure(update.lastError().text());
        }
    }
    if (!select.exec(QStringLiteral("SELECT id, name FROM organization WHERE name_sort = ''")))
        return Status::failure(select.lastError().text());
    update.prepare(QStringLiteral(
        "UPDATE organization SET name_sort = :sort, name_folded = :folded WHERE id = :id"));
    while (select.next()) {
        const QString name = select.value(1).toString();
        update.bindValue(QStringLiteral(":sort"), text::sortKey(name));
        update.bindValue(QStringLiteral(":folded"), text::folded(name));
        update.bindValue(QStringLiteral(":id"), select.value(0));
        if (!update.exec())
            return Status::failure(update.lastError().text());
    }
    return {};
}

} // namespace dc

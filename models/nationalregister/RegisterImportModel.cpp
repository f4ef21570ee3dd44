#include "RegisterImportModel.h"

#include "RegisterKind.h"

#include <QDateTime>
#include <QLocale>

namespace dc {

namespace {

QString localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// A count of rows of the import, in the user's locale.
RecordListModel<RegisterImport>::ColumnSpec count(const char *title, int RegisterImport::*field)
{
    return {title, [field](const RegisterImport &i) { return QVariant(i.*field); },
            [field](const RegisterImport &i) { return QVariant(QLocale().toString(i.*field)); },
            true};
}

} // namespace

RegisterImportModel::RegisterImportModel(QSqlDatabase db, QObject *parent)
    : RecordListModel(std::move(db), columns(), parent)
{
    refresh();
}

QList<RegisterImportModel::ColumnSpec> RegisterImportModel::columns()
{
    return {{QT_TR_NOOP("File"), [](const RegisterImport &i) { return QVariant(i.fileName); }},
            {QT_TR_NOOP("Kind"), [](const RegisterImport &i) { return QVariant(i.kind); },
             [](const RegisterImport &i) {
                 const std::optional<RegisterKind> kind = parseRegisterKind(i.kind);
                 return QVariant(kind ? registerKindName(*kind) : i.kind);
             }},
            {QT_TR_NOOP("Imported"), [](const RegisterImport &i) { return QVariant(i.importedAt); },
             [](const RegisterImport &i) { return QVariant(localTime(i.importedAt)); }},
            count(QT_TR_NOOP("Rows read"), &RegisterImport::read),
            count(QT_TR_NOOP("Added"), &RegisterImport::added),
            count(QT_TR_NOOP("Changed"), &RegisterImport::changed),
            count(QT_TR_NOOP("Status changed"), &RegisterImport::statusChanged),
            count(QT_TR_NOOP("Unchanged"), &RegisterImport::unchanged),
            count(QT_TR_NOOP("Rejected"), &RegisterImport::rejected),
            {QT_TR_NOOP("SHA-256"), [](const RegisterImport &i) { return QVariant(i.sha256); },
             [](const RegisterImport &i) { return QVariant(i.sha256.left(12) + QChar(0x2026)); },
             false, [](const RegisterImport &i) { return QVariant(i.sha256); }}};
}

QList<RegisterImport> RegisterImportModel::load() const
{
    const RegisterChangeRepository repository(db());
    QList<RegisterImport> imports = repository.imports();
    m_lastError = repository.lastError();
    return imports;
}

qint64 RegisterImportModel::recordId(const RegisterImport &import) const
{
    return import.id;
}

QString RegisterImportModel::columnTitle(Column column)
{
    return column >= 0 && column < ColumnCount ? tr(columns().at(column).title) : QString();
}

QString RegisterImportModel::label(const RegisterImport &import)
{
    return tr("%1, %2").arg(localTime(import.importedAt), import.fileName);
}

} // namespace dc

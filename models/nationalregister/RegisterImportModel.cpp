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

} // namespace

RegisterImportModel::RegisterImportModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    reload();
}

void RegisterImportModel::reload()
{
    beginResetModel();
    const RegisterChangeRepository repository(m_db);
    m_imports = repository.imports();
    m_lastError = repository.lastError();
    endResetModel();
}

int RegisterImportModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_imports.size(); ++row) {
        if (m_imports.at(row).id == id)
            return row;
    }
    return -1;
}

int RegisterImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int RegisterImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterImport &i = m_imports.at(index.row());
    if (role == IdRole)
        return i.id;
    const auto count = [role](int n) {
        return role == RawValueRole ? QVariant(n) : QVariant(QLocale().toString(n));
    };
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (Column(index.column())) {
        case File:
            return i.fileName;
        case Kind: {
            if (raw)
                return i.kind;
            const std::optional<RegisterKind> kind = parseRegisterKind(i.kind);
            return kind ? registerKindName(*kind) : i.kind;
        }
        case ImportedAt:
            return raw ? i.importedAt : localTime(i.importedAt);
        case Read:
            return count(i.read);
        case Added:
            return count(i.added);
        case Changed:
            return count(i.changed);
        case StatusChanged:
            return count(i.statusChanged);
        case Unchanged:
            return count(i.unchanged);
        case Rejected:
            return count(i.rejected);
        case Sha256:
            return raw ? i.sha256 : i.sha256.left(12) + QChar(0x2026);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Sha256)
        return i.sha256;
    if (role == Qt::TextAlignmentRole && index.column() >= Read && index.column() <= Rejected)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RegisterImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section));
}

QString RegisterImportModel::columnTitle(Column column)
{
    switch (column) {
    case File:
        return tr("File");
    case Kind:
        return tr("Kind");
    case ImportedAt:
        return tr("Imported");
    case Read:
        return tr("Rows read");
    case Added:
        return tr("Added");
    case Changed:
        return tr("Changed");
    case StatusChanged:
        return tr("Status changed");
    case Unchanged:
        return tr("Unchanged");
    case Rejected:
        return tr("Rejected");
    case Sha256:
        return tr("SHA-256");
    case ColumnCount:
        break;
    }
    return {};
}

QString RegisterImportModel::label(const RegisterImport &import)
{
    return tr("%1, %2").arg(localTime(import.importedAt), import.fileName);
}

} // namespace dc

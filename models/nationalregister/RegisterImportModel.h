#pragma once

#include "RegisterChangeRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace dc {

/// The recorded register imports, the newest first: file, kind, date, counts and SHA-256.
class RegisterImportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterImportModel)

public:
    enum Column
    {
        File,
        Kind,
        ImportedAt,
        Read,
        Added,
        Changed,
        StatusChanged,
        Unchanged,
        Rejected,
        Sha256,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the register_import id (qint64)
        RawValueRole               ///< the stored value (kind code, ISO date, count) for sorting
    };

    explicit RegisterImportModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Reads the imports again.
    void reload();
    /// Empty unless the last load failed.
    const QString &lastError() const { return m_lastError; }
    const RegisterImport &import(int row) const { return m_imports.at(row); }
    const QList<RegisterImport> &imports() const { return m_imports; }
    /// The row of the import @p id, -1 when it is not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);
    /// "2026-11-20 14:05, asociatii.xlsx": an import as a choice in a list.
    static QString label(const RegisterImport &import);

private:
    QSqlDatabase m_db;
    QList<RegisterImport> m_imports;
    QString m_lastError;
};

} // namespace dc

#pragma once

#include "RegisterChangeRepository.h"
#include "storage/RecordListModel.h"

namespace dc {

/// The recorded register imports, the newest first: file, kind, date, counts and SHA-256.
class RegisterImportModel final : public RecordListModel<RegisterImport>
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
    // IdRole: the register_import id; RawValueRole: the stored value (kind code, ISO date, count)
    // for sorting.

    explicit RegisterImportModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Reads the imports again.
    void reload() { refresh(); }
    /// Empty unless the last load failed.
    const QString &lastError() const { return m_lastError; }
    const RegisterImport &import(int row) const { return records().at(row); }
    const QList<RegisterImport> &imports() const { return records(); }
    /// The row of the import @p id, -1 when it is not listed.
    int rowOf(qint64 id) const { return rowOfId(id); }

    static QString columnTitle(Column column);
    /// "2026-11-20 14:05, asociatii.xlsx": an import as a choice in a list.
    static QString label(const RegisterImport &import);

protected:
    QList<RegisterImport> load() const override;
    qint64 recordId(const RegisterImport &import) const override;

private:
    static QList<ColumnSpec> columns();

    mutable QString m_lastError; ///< of the last load()
};

} // namespace dc

#pragma once

#include "RegisterChange.h"
#include "RegisterKind.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dc {

/// One recorded import of a register workbook (a row of register_import).
struct RegisterImport
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString kind;
    QString importedAt; ///< ISO UTC
    int read = 0;
    int added = 0;
    int changed = 0;
    int statusChanged = 0;
    int unchanged = 0;
    int rejected = 0;
};

/// Reads the history of the register imports and their changes (the "What changed" feed).
class RegisterChangeRepository final
{
public:
    explicit RegisterChangeRepository(QSqlDatabase db);

    /// Every import, the newest first.
    QList<RegisterImport> imports() const;
    /// The newest import's id, 0 when there is none.
    qint64 lastImportId() const;
    /// The changes @p query selects, by import then as they were recorded.
    QList<RegisterChange> changes(const RegisterChangeQuery &query) const;
    /// The changes of the last import (none when nothing was imported).
    QList<RegisterChange> lastImportChanges(std::optional<int> countyId = std::nullopt) const;

    /// Empty unless the last call failed.
    const QString &lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace dc

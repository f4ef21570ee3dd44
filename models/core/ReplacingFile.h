#pragma once

#include "core/Result.h"

#include <QString>

namespace dc {

/// A file that replaces @p target only when it is complete: written under a temporary name in
/// the target's folder and renamed over the target by commit(), so that a failed or
/// interrupted write (a full disk, a crash) leaves the previous file whole. For writers that
/// open a file by name (libxlsxwriter); a QIODevice writer uses QSaveFile.
class ReplacingFile final
{
public:
    explicit ReplacingFile(const QString &target);
    /// Removes the temporary file unless commit() succeeded.
    ~ReplacingFile();
    ReplacingFile(const ReplacingFile &) = delete;
    ReplacingFile &operator=(const ReplacingFile &) = delete;

    /// False when no temporary file could be made beside the target (see error()).
    bool isValid() const { return !m_temporaryPath.isEmpty(); }
    const QString &error() const { return m_error; }
    /// The name the writer writes to.
    const QString &temporaryPath() const { return m_temporaryPath; }
    /// Renames the temporary file over the target (atomic on one file system).
    Status commit();

private:
    QString m_target;
    QString m_temporaryPath;
    QString m_error;
    bool m_committed = false;
};

} // namespace dc

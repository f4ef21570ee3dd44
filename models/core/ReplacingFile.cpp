#include "ReplacingFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace dc {

ReplacingFile::ReplacingFile(const QString &target) : m_target(target)
{
    const QFileInfo info(target);
    if (info.isDir()) {
        m_error = QCoreApplication::translate("ReplacingFile", "this is a folder");
        return;
    }
    // A hidden name in the same folder: the rename stays on one file system.
    QTemporaryFile temporary(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    temporary.setAutoRemove(false);
    if (!temporary.open()) {
        m_error = temporary.errorString();
        return;
    }
    m_temporaryPath = temporary.fileName();
    // The writer replaces the file by name; give it the permissions the target has, or those of a
    // new file (QTemporaryFile makes it private to its owner).
    const QFile::Permissions permissions = info.exists() ? QFile::permissions(target)
                                                         : QFile::ReadOwner | QFile::WriteOwner |
                                                               QFile::ReadUser | QFile::WriteUser |
                                                               QFile::ReadGroup | QFile::ReadOther;
    temporary.setPermissions(permissions);
    temporary.close();
}

ReplacingFile::~ReplacingFile()
{
    if (!m_committed && !m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
}

Status ReplacingFile::commit()
{
    if (m_temporaryPath.isEmpty())
        return Status::failure(m_error);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_temporaryPath).toStdString(),
                            QFile::encodeName(m_target).toStdString(), error);
    if (error)
        return Status::failure(QString::fromLocal8Bit(error.message()));
    m_committed = true;
    return {};
}

} // namespace dc

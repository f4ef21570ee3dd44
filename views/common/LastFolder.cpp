#include "common/LastFolder.h"

#include "app/SettingsKeys.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace dc {

QString lastFolder()
{
    const QString folder = QSettings().value(SettingsKeys::lastFolder).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString &folder)
{
    QSettings().setValue(SettingsKeys::lastFolder, folder);
}

void rememberFolderOf(const QString &filePath)
{
    rememberFolder(QFileInfo(filePath).absolutePath());
}

} // namespace dc

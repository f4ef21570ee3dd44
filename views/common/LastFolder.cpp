#include "common/LastFolder.h"

#include "app/SettingsKeys.h"
#include "common/Dialogs.h"

#include <QDir>
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

QString saveFileNameInLastFolder(QWidget *parent, const QString &caption, const QString &fileName,
                                 const QString &filter)
{
    QString path =
        Dialogs::saveFileName(parent, caption, QDir(lastFolder()).filePath(fileName), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QFileInfo(fileName).suffix();
    return path;
}

} // namespace dc

#pragma once

class QString;
class QWidget;

// The folder the file dialogs of imports and exports start in: the last one the user chose,
// remembered in the settings (SettingsKeys::lastFolder), the same for every page and dialog.

namespace dc {

/// The last folder used, or the Documents folder when there is none (or it is gone).
QString lastFolder();
/// Remembers @p folder as the last folder.
void rememberFolder(const QString &folder);
/// Remembers the folder of the file @p filePath as the last folder.
void rememberFolderOf(const QString &filePath);
/// Asks (through Dialogs) where to save, suggesting @p fileName in the last folder; a name typed
/// without a suffix gets the suffix of @p fileName. Empty when the user cancelled.
QString saveFileNameInLastFolder(QWidget *parent, const QString &caption, const QString &fileName,
                                 const QString &filter);

} // namespace dc

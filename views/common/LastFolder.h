#pragma once

class QString;

// The folder the file dialogs of imports and exports start in: the last one the user chose,
// remembered in the settings (SettingsKeys::lastFolder), the same for every page and dialog.

namespace dc {

/// The last folder used, or the Documents folder when there is none (or it is gone).
QString lastFolder();
/// Remembers @p folder as the last folder.
void rememberFolder(const QString &folder);
/// Remembers the folder of the file @p filePath as the last folder.
void rememberFolderOf(const QString &filePath);

} // namespace dc

#pragma once

#include <QString>

namespace dc {

/// Runs the window: opens @p databasePath (else the last database used, else the default file),
/// offers another file or a new one when that fails, shows the main window and returns the
/// application's exit code. The QApplication exists and the translators are installed.
int runGui(const QString &databasePath);

} // namespace dc

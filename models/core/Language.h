#pragma once

#include <QString>
#include <QStringList>

namespace dc {

/// The user-interface languages: Romanian (default), English (the source language), Serbian
/// (Latin script).
class Language final
{
public:
    /// "ro", "en", "sr".
    static QStringList available();
    /// The language for @p requested ("ro", "en", "sr", or empty for the system locale's language
    /// when we have it, else Romanian).
    static QString resolve(const QString &requested);
    /// Installs the program's and Qt's translators for @p language on the running application,
    /// replacing those of an earlier call, and sets the default QLocale. False when the program's
    /// translation for that language could not be loaded (English needs none).
    static bool install(const QString &language);
    static QString current();
};

} // namespace dc

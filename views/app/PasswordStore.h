#pragma once

#include "core/Result.h"

#include <QString>

/// The passwords of server connections, kept in the desktop's keyring (the Secret Service of
/// GNOME or KDE, KWallet; Windows' credential store) through QtKeychain, never in the settings
/// file. Each is stored under the connection's URL without its password. Where there is no
/// keyring (no desktop session, a locked one refused), every call fails with QtKeychain's reason
/// and the program asks for the password instead.
namespace dc::passwords {

/// The password kept for @p key; an empty string when none is kept.
Result<QString> read(const QString &key);
/// Keeps @p password for @p key (replacing the one kept).
Status write(const QString &key, const QString &password);
/// Forgets the password of @p key (nothing kept is not an error).
Status forget(const QString &key);

/// The key of the server address @p url: the URL without its password, as Database::path()
/// names an open server database. Empty for a file or a URL that cannot be read.
QString keyOf(const QString &url);
/// @p url with the password kept for it, when it has none and one is kept; else @p url as it is
/// (a file, no keyring: libpq then looks in ~/.pgpass).
QString withKeptPassword(const QString &url);

} // namespace dc::passwords

#include "WriteError.h"

#include <QCoreApplication>
#include <QDir>

namespace dc::files {

QString writeError(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("dc::files", "%1: the file cannot be written (%2).")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace dc::files

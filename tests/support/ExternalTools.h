#pragma once

#include <QByteArray>
#include <QString>

namespace dc::test {

// Reading what the program wrote with the tools a user's other programs would use.

/// A python3 that has openpyxl (to read a workbook as Excel does), or empty.
QString pythonWithOpenpyxl();

/// One part of the zip file @p path (an XML file of a workbook) through `unzip -p`; empty when
/// unzip is missing or the part is not there.
QByteArray zipPart(const QString &path, const QString &name);

} // namespace dc::test

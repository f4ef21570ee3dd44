#pragma once

#include <QString>

namespace dc::csv {

/// Appends @p value to @p line as one field of a ';'-separated CSV file: quoted when it holds a
/// separator, a quote or a line break, and with a leading apostrophe when it starts with '=',
/// '+', '-', '@', a tab or a carriage return, so that a spreadsheet shows it instead of running
/// it as a formula (the OWASP rule against CSV injection).
void appendField(QString &line, const QString &value);

/// appendField() without the apostrophe, for values the program made itself (the figures of a
/// document), where "-3" is a number and must stay one.
void appendPlainField(QString &line, const QString &value);

/// The reverse of the apostrophe of appendField(), for the import: "'=SUM(A1)" is "=SUM(A1)"
/// again. Other values are returned as they are.
QString restoredField(const QString &value);

} // namespace dc::csv

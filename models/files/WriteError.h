#pragma once

#include <QString>

namespace dc::files {

/// The one message of the file writers (CsvWriter, XlsxWorkbook) when a file cannot be written:
/// "/path/out.csv: the file cannot be written (No space left on device)." - the file first, so
/// that a message of a batch names the file it is about.
QString writeError(const QString &path, const QString &reason);

} // namespace dc::files
